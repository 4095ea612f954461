package ua.cnap.planner.network;

import java.time.LocalDate;

/**
 * A register of access points: where a set of access points comes from.
 *
 * @param id         short stable id, e.g. {@code chernivetska-2025}
 * @param name       human name
 * @param date       the date the register describes
 * @param historical true for registers that no longer describe today's network (the 2017 map)
 * @param oblastCode KATOTTG code of the oblast it covers, or null for a national register
 * @param source     file or URL it was read from
 */
public record Register(String id, String name, LocalDate date, boolean historical, String oblastCode, String source) {
}
