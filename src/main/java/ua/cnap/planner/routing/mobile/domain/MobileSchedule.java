package ua.cnap.planner.routing.mobile.domain;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * OptaPlanner's view of a mobile routing problem. Score: hard = shifts and one visit per settlement
 * a day; medium = required visits not scheduled (weighted by the settlement's residents + 1);
 * soft = money in kopecks (vehicles used, driving, spacing shortfall).
 */
@PlanningSolution
public class MobileSchedule {

    @ProblemFactCollectionProperty
    private List<RouteVehicle> vehicles;

    @PlanningEntityCollectionProperty
    private List<VehicleDay> vehicleDays;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "visits")
    private List<Visit> visits;

    @PlanningScore
    private HardMediumSoftLongScore score;

    public MobileSchedule() {
    }

    public MobileSchedule(List<RouteVehicle> vehicles, List<VehicleDay> vehicleDays, List<Visit> visits) {
        this.vehicles = vehicles;
        this.vehicleDays = vehicleDays;
        this.visits = visits;
    }

    public List<RouteVehicle> getVehicles() {
        return vehicles;
    }

    public void setVehicles(List<RouteVehicle> vehicles) {
        this.vehicles = vehicles;
    }

    public List<VehicleDay> getVehicleDays() {
        return vehicleDays;
    }

    public void setVehicleDays(List<VehicleDay> vehicleDays) {
        this.vehicleDays = vehicleDays;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public void setVisits(List<Visit> visits) {
        this.visits = visits;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }
}
