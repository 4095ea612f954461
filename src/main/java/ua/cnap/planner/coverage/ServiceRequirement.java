package ua.cnap.planner.coverage;

import java.util.Arrays;
import java.util.stream.Collectors;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.ServiceKind;

/**
 * What an access point must offer to count: any point (the national standard), one that offers a
 * service group (passports, say), and/or one with step-free access. Parsed once here for the CLI
 * ({@code --service}, {@code --barrier-free}), the web API ({@code service=}, {@code barrierFree=}) and
 * scenario files.
 *
 * <p>A point counts when its register says it meets the requirement; a point whose register says
 * nothing about the group does not count, and is reported ({@link ServiceCoverageNote}). An area whose
 * registers say nothing about the group at all has unknown coverage for it, never 0 %.
 *
 * @param service     the group a point must offer, or null for any
 * @param barrierFree true when a point must have step-free access
 */
public record ServiceRequirement(ServiceKind service, boolean barrierFree) {

    /** Any open access point counts: the national standard. */
    public static final ServiceRequirement ANY = new ServiceRequirement(null, false);

    public boolean isAny() {
        return service == null && !barrierFree;
    }

    /** The register says this point meets the requirement. */
    public boolean metBy(AccessPoint point) {
        return (service == null || point.offers(service))
                && (!barrierFree || Boolean.TRUE.equals(point.barrierFree()));
    }

    /** The register says yes or no about every part of the requirement for this point. */
    public boolean toldBy(AccessPoint point) {
        return (service == null || point.tells(service)) && (!barrierFree || point.barrierFree() != null);
    }

    /** In words, Ukrainian: "паспортні послуги, безбар'єрний доступ". */
    public String describeUk() {
        if (isAny()) {
            return "будь-який пункт доступу";
        }
        String group = service == null ? "" : service.labelUk();
        String access = barrierFree ? "безбар'єрний доступ" : "";
        return group.isEmpty() ? access : access.isEmpty() ? group : group + ", " + access;
    }

    /**
     * @param service     a group's name, Ukrainian label or short name ({@link ServiceKind#find}); null or
     *                    blank for any
     * @param barrierFree null for false
     * @param field       the parameter's name as the caller's user knows it, for the error
     */
    public static ServiceRequirement parse(String service, Boolean barrierFree, String field) {
        ServiceKind kind = null;
        if (service != null && !service.isBlank() && !"any".equalsIgnoreCase(service.strip())) {
            kind = ServiceKind.find(service).orElseThrow(() -> new BadInputException(field, service,
                    "unknown service group; one of " + Arrays.stream(ServiceKind.values()).map(Enum::name)
                            .collect(Collectors.joining(", ")) + " (or its Ukrainian name: "
                            + Arrays.stream(ServiceKind.values()).map(ServiceKind::labelUk)
                                    .collect(Collectors.joining(", ")) + ")"));
        }
        return new ServiceRequirement(kind, Boolean.TRUE.equals(barrierFree));
    }
}
