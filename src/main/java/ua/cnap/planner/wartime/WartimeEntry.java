package ua.cnap.planner.wartime;

import java.time.LocalDate;

/**
 * One period of one territory in the Order 376 list, as published: a row with two start dates is two
 * entries.
 *
 * @param code          KATOTTG code as published (oblast, raion, hromada or settlement level)
 * @param name          name as published, with any "за винятком …" (except …) clause
 * @param category      the list's section
 * @param startedOn     start date (виникнення / початку)
 * @param endedOn       end date (припинення / завершення), null while ongoing
 * @param item          where it was read: "table 3, row 17"
 * @param hromadaCode   for a settlement-level code, its hromada from the KATOTTG codifier; for a
 *                      hromada-level code the code itself; null above hromada level or when unknown
 * @param settlementName for a settlement-level code, the settlement's name in the codifier, else null
 */
public record WartimeEntry(
        String code,
        String name,
        WartimeCategory category,
        LocalDate startedOn,
        LocalDate endedOn,
        String item,
        String hromadaCode,
        String settlementName) {

    /** In force on the date: started on or before it and not ended before it. */
    public boolean isInForceOn(LocalDate date) {
        return !startedOn.isAfter(date) && (endedOn == null || !endedOn.isBefore(date));
    }

    public WartimeEntry withCodifier(String newHromadaCode, String newSettlementName) {
        return new WartimeEntry(code, name, category, startedOn, endedOn, item, newHromadaCode, newSettlementName);
    }
}
