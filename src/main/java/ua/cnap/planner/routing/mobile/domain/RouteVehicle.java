package ua.cnap.planner.routing.mobile.domain;

import ua.cnap.planner.network.AccessPointKind;

/**
 * A vehicle of the fleet, a problem fact: every working day of the cycle it leaves its depot and
 * returns there.
 *
 * @param index             position in the problem's fleet
 * @param id                shown to users
 * @param kind              mobile office or mobile case
 * @param depotNode         node number of its depot
 * @param costPerCycleKopecks what using it for a cycle costs
 */
public record RouteVehicle(int index, String id, AccessPointKind kind, int depotNode, long costPerCycleKopecks) {
}
