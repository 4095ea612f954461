package ua.cnap.planner.coverage;

import java.util.List;

/**
 * How a per-service figure was made: which points met the requirement, how many said nothing about it
 * (they do not count), and which registers say nothing about it at all (their oblasts are unknown).
 *
 * @param service                the group's name, null when only step-free access was asked
 * @param serviceLabel           the group in Ukrainian words
 * @param barrierFree            step-free access was required
 * @param accessPointsMeeting    open points that meet the requirement (by their register's word)
 * @param accessPointsNotTelling points whose register says nothing about it: not counted
 * @param registersNotTelling    registers that say nothing about it for any point: their oblasts' coverage
 *                               for it is unknown
 * @param note                   the above in Ukrainian words
 */
public record ServiceCoverageNote(
        String service,
        String serviceLabel,
        boolean barrierFree,
        int accessPointsMeeting,
        int accessPointsNotTelling,
        List<String> registersNotTelling,
        String note) {

    public ServiceCoverageNote {
        registersNotTelling = List.copyOf(registersNotTelling);
    }

    static ServiceCoverageNote of(ServiceRequirement requirement, int meeting, int notTelling,
            List<String> registersNotTelling) {
        StringBuilder note = new StringBuilder("Враховано лише пункти, де за реєстром є: ")
                .append(requirement.describeUk()).append(" (").append(meeting).append(')');
        if (notTelling > 0) {
            note.append("; не враховано пунктів, про які реєстр цього не каже: ").append(notTelling);
        }
        if (!registersNotTelling.isEmpty()) {
            note.append("; реєстри без цих відомостей (").append(String.join(", ", registersNotTelling))
                    .append("): охоплення там невідоме");
        }
        return new ServiceCoverageNote(requirement.service() == null ? null : requirement.service().name(),
                requirement.service() == null ? null : requirement.service().labelUk(), requirement.barrierFree(),
                meeting, notTelling, registersNotTelling, note.toString());
    }
}
