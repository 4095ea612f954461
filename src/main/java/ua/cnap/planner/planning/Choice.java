package ua.cnap.planner.planning;

import ua.cnap.planner.network.AccessPointKind;

/** A candidate opened as a kind: what a solver decides. */
public record Choice(String candidateId, AccessPointKind kind) {
}
