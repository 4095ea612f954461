package ua.cnap.planner.coverage;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import ua.cnap.planner.network.Register;

/**
 * Whether the registers of a computation can tell which hromada has a main office (ЦНАП).
 *
 * <p>A register that describes the network before the 2020 reform cannot: the hromadas of today (the
 * Cabinet's orders of June 2020 defined the 1,469 hromadas) did not exist, so its offices stood in
 * the raion and city councils of the time, and the one such register in the open data (the 2017 map)
 * has no office type at all, so every point is read as a main office. Figures that rest on office
 * types, "hromadas without a main office" and the main-office rules of plans, are then unknown or
 * switched off, with {@link #unknownReason} as the reason given.
 */
public final class MainOfficeEvidence {

    /** The Cabinet's orders on the territories of the new hromadas (12 June 2020). */
    public static final LocalDate HROMADA_REFORM = LocalDate.of(2020, 6, 12);

    private MainOfficeEvidence() {
    }

    /** Why main offices cannot be told apart with these registers, or empty when they can. */
    public static Optional<String> unknownReason(List<Register> registers) {
        List<Register> old = registers.stream()
                .filter(r -> r.date() != null && r.date().isBefore(HROMADA_REFORM))
                .toList();
        if (old.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("register " + old.stream().map(r -> r.id() + " (" + r.date().getYear() + ")")
                .collect(Collectors.joining(", "))
                + " predates the 2020 hromadas and gives no office type (every point is read as a main office): "
                + "which hromada has a main office is unknown");
    }
}
