package ua.cnap.planner.planning.domain;

import ua.cnap.planner.network.AccessPointKind;

/**
 * The most proposals of one kind a plan may make (problem fact), e.g. the donor's 3 passport stations.
 *
 * @param kind     the kind limited
 * @param maxCount the most proposals of it
 */
public record KindLimit(AccessPointKind kind, int maxCount) {
}
