package ua.cnap.planner.planning.domain;

import ua.cnap.planner.network.AccessPointKind;

/**
 * What opening a site as one kind costs and serves.
 *
 * @param kind                 the kind
 * @param costUah              one-off plus yearly costs over the horizon
 * @param capacityVisitsPerDay visits a day it can serve
 */
public record SiteOption(AccessPointKind kind, long costUah, int capacityVisitsPerDay) {
}
