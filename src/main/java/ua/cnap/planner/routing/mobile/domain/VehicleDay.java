package ua.cnap.planner.routing.mobile.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningListVariable;

/**
 * One vehicle on one working day of the cycle: its visits in order, from the depot and back. One
 * extra list without a vehicle holds the visits that are not scheduled (OptaPlanner 10.1's list
 * variable must place every value somewhere); the constraints count them as missed.
 *
 * <p>No shadow variables: arrival times are derived from the list when needed (a day has a handful
 * of stops), which keeps the model on plain Bavet streams.
 */
@PlanningEntity
public class VehicleDay {

    @PlanningId
    private int id;
    private RouteVehicle vehicle;
    private int day;
    private ScheduleRules rules;

    @PlanningListVariable(valueRangeProviderRefs = "visits")
    private List<Visit> visits = new ArrayList<>();

    public VehicleDay() {
    }

    public VehicleDay(int id, RouteVehicle vehicle, int day, ScheduleRules rules) {
        this.id = id;
        this.vehicle = vehicle;
        this.day = day;
        this.rules = rules;
    }

    /** The list of visits nobody makes. */
    public static VehicleDay unscheduled(int id, ScheduleRules rules) {
        return new VehicleDay(id, null, -1, rules);
    }

    public int getId() {
        return id;
    }

    /** Null for the unscheduled list. */
    public RouteVehicle getVehicle() {
        return vehicle;
    }

    public int getDay() {
        return day;
    }

    public ScheduleRules getRules() {
        return rules;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    public boolean isScheduled() {
        return vehicle != null;
    }

    public boolean isUsed() {
        return vehicle != null && !visits.isEmpty();
    }

    /** Depot → visits in order → depot; zero for an idle day. */
    public long driveSeconds() {
        if (vehicle == null || visits.isEmpty()) {
            return 0;
        }
        long[][] drive = rules.driveSeconds();
        int previous = vehicle.depotNode();
        long total = 0;
        for (Visit visit : visits) {
            total += drive[previous][visit.getNode()];
            previous = visit.getNode();
        }
        return total + drive[previous][vehicle.depotNode()];
    }

    public long serviceSeconds() {
        long total = 0;
        for (Visit visit : visits) {
            total += visit.getServiceSeconds();
        }
        return total;
    }

    /** Driving plus service, depot to depot. */
    public long workSeconds() {
        return vehicle == null ? 0 : driveSeconds() + serviceSeconds();
    }

    public long overtimeSeconds() {
        return Math.max(0, workSeconds() - rules.shiftSeconds());
    }

    public long drivingKopecks() {
        return Math.round(driveSeconds() * (double) rules.drivingKopecksPerHour() / 3600.0);
    }

    /** Visits on this vehicle-day that their settlement's pattern puts on another day. */
    public int visitsOffPattern() {
        if (vehicle == null) {
            return 0;
        }
        int off = 0;
        for (Visit visit : visits) {
            off += visit.getDay() == day ? 0 : 1;
        }
        return off;
    }

    /** Times a settlement is visited twice within this day (0 normally). */
    public int repeatedPlacesWithin() {
        int repeats = 0;
        for (int i = 0; i < visits.size(); i++) {
            for (int j = i + 1; j < visits.size(); j++) {
                if (visits.get(i).getPlaceIndex() == visits.get(j).getPlaceIndex()) {
                    repeats++;
                }
            }
        }
        return repeats;
    }

    /** Settlements this day and {@code other} both visit, counted per pair of visits. */
    public int sharedPlaces(VehicleDay other) {
        int shared = 0;
        for (Visit mine : visits) {
            for (Visit theirs : other.visits) {
                if (mine.getPlaceIndex() == theirs.getPlaceIndex()) {
                    shared++;
                }
            }
        }
        return shared;
    }

    @Override
    public String toString() {
        return vehicle == null ? "unscheduled" : vehicle.id() + " day " + (day + 1);
    }
}
