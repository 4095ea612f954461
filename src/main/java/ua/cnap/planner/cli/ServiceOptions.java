package ua.cnap.planner.cli;

import picocli.CommandLine.Option;
import ua.cnap.planner.coverage.ServiceRequirement;

/**
 * What an access point must offer to count ({@code --service}, {@code --barrier-free}); parsed by
 * {@link ServiceRequirement#parse}, as the web API and scenario files parse theirs.
 */
class ServiceOptions {

    @Option(names = "--service", paramLabel = "GROUP",
            description = "Count only access points that offer this service group: PASSPORT, DRIVERS, "
                    + "CIVIL_REGISTRY, SOCIAL, RESIDENCE, PROPERTY_AND_LAND, BUSINESS, WAR_DAMAGE, VETERANS "
                    + "(or the Ukrainian name, e.g. паспорт). Where the register says nothing about it, "
                    + "coverage is unknown.")
    String service;

    @Option(names = "--barrier-free",
            description = "Count only access points with step-free access (the register's flag).")
    boolean barrierFree;

    ServiceRequirement requirement() {
        return ServiceRequirement.parse(service, barrierFree, "--service");
    }
}
