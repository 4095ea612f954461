package ua.cnap.planner.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The data a scenario ran on, so that a result can be told apart from one on newer data.
 *
 * @param importRunId the last import run's number; null if the store has no record of one
 * @param importedAt  when that import finished
 * @param dataDir     the data folder it read
 * @param registers   the registers of today's offices used, per oblast
 */
public record DataVintage(Long importRunId, Instant importedAt, String dataDir, List<RegisterUsed> registers) {

    public DataVintage {
        registers = List.copyOf(registers);
    }

    /**
     * A register that gave today's offices of an oblast.
     *
     * @param oblastCode the oblast
     * @param id         register id
     * @param name       its name
     * @param date       the date it describes
     * @param historical true for a past network (the 2017 map)
     */
    public record RegisterUsed(String oblastCode, String id, String name, LocalDate date, boolean historical) {
    }
}
