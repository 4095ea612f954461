package ua.cnap.planner.network;

/** Groups of administrative services that matter for planning (DOMAIN.md "Services that matter"). */
public enum ServiceKind {
    /** Biometric passport and ID-card services. */
    PASSPORT,
    /** Driver licences and vehicle registration. */
    DRIVERS,
    /** Civil registry (ДРАЦС). */
    CIVIL_REGISTRY,
    /** Social services and pensions. */
    SOCIAL,
    /** Residence registration. */
    RESIDENCE,
    /** Property and land. */
    PROPERTY_AND_LAND,
    /** Business registration. */
    BUSINESS,
    /** War-damage compensation (єВідновлення). */
    WAR_DAMAGE,
    /** Veterans' services. */
    VETERANS
}
