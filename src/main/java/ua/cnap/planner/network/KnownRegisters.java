package ua.cnap.planner.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The registers of access points the planner knows how to read out of the box, with their
 * identity. {@code source} is the file's path inside the shared open-data folder.
 */
public final class KnownRegisters {

    /**
     * Official register of administrative service points of Chernivtsi oblast, October 2025
     * (Chernivtsi regional administration, via {@code ilievaartem/Second_map_of_the_Chernivtsi}).
     * The file carries no date of its own; 1 Oct 2025 stands for "October 2025". Read it with
     * {@link ChernivtsiRegisterReader}.
     */
    public static final Register CHERNIVETSKA_2025 = new Register(
            "chernivetska-2025",
            "Реєстр центрів надання адміністративних послуг Чернівецької області (жовтень 2025)",
            LocalDate.of(2025, 10, 1),
            false,
            "UA73000000000044923",
            "offices/chernivetska-2025/cnap_chernivetska.csv");

    /**
     * The national map of ЦНАП as of 2017 ({@code tdukr/cnap}), before the 2020 reform moved ЦНАП
     * to hromadas: historical, useful to compare, never today's network. Only the year is known;
     * 1 Jan 2017 stands for it. Read it with {@link Ukraine2017RegisterReader}.
     */
    public static final Register UKRAINE_2017 = new Register(
            "ukraine-2017",
            "Карта ЦНАП України (2017)",
            LocalDate.of(2017, 1, 1),
            true,
            null,
            "offices/ukraine-2017/cnap_20.geojson");

    private KnownRegisters() {
    }

    public static List<Register> listAll() {
        return List.of(CHERNIVETSKA_2025, UKRAINE_2017);
    }

    public static Optional<Register> find(String id) {
        return listAll().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
