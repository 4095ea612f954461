package ua.cnap.planner.network;

/** The five kinds of access point (точка доступу), see shared/docs/DOMAIN.md. */
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
    MOBILE_CASE;

    /** Mobile kinds do not count as fixed coverage. */
    public boolean isFixed() {
        return this != MOBILE_OFFICE && this != MOBILE_CASE;
    }
}
