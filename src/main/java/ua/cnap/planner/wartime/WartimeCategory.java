package ua.cnap.planner.wartime;

/** The sections of the Order 376 list (Перелік територій, на яких ведуться (велися) бойові дії або тимчасово окупованих). */
public enum WartimeCategory {
    /** І.1 Території можливих бойових дій. */
    POSSIBLE_HOSTILITIES,
    /** І.2 Території активних бойових дій. */
    ACTIVE_HOSTILITIES,
    /** І.3 Території активних бойових дій, на яких функціонують державні електронні інформаційні ресурси. */
    ACTIVE_HOSTILITIES_WITH_STATE_E_RESOURCES,
    /** ІІ Тимчасово окуповані Російською Федерацією території України. */
    OCCUPIED
}
