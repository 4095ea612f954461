package ua.cnap.planner.network;

/**
 * The five kinds of access point (точка доступу), see shared/docs/DOMAIN.md, and the passport station,
 * equipment a plan may add to an existing office (never a register row).
 */
public enum AccessPointKind {
    /** ЦНАП, the main office founded by the hromada council (Дія.Центр is a flag on it). */
    MAIN_OFFICE,
    /** Територіальний підрозділ (ТП), a full-time office of the same ЦНАП elsewhere. */
    BRANCH,
    /** Віддалене робоче місце адміністратора (ВРМ). */
    REMOTE_WORKPLACE,
    /** Мобільний ЦНАП: a van visiting villages on a schedule. */
    MOBILE_OFFICE,
    /** Мобільна валіза: a kit carried to homes and remote villages. */
    MOBILE_CASE,
    /**
     * Паспортна станція: the biometric workstation that lets an existing office take passport and
     * ID-card applications. Donor equipment, a plan option only: no register lists it as a point.
     */
    PASSPORT_STATION;

    /** Mobile kinds and equipment do not count as fixed coverage. */
    public boolean isFixed() {
        return this != MOBILE_OFFICE && this != MOBILE_CASE && this != PASSPORT_STATION;
    }

    /**
     * Given to an existing office rather than opened in a settlement (plan options): a passport
     * station or a mobile case. One new access point per settlement does not limit them.
     */
    public boolean isEquipment() {
        return this == PASSPORT_STATION || this == MOBILE_CASE;
    }

    /** What a register row may say a point is: every kind but equipment that only plans add. */
    public boolean isRegisterKind() {
        return this != PASSPORT_STATION;
    }
}
