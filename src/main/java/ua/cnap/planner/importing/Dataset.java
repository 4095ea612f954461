package ua.cnap.planner.importing;

import java.util.List;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.population.PopulationCell;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;

/** Everything one import produces, validated in memory before a single row is written. */
public record Dataset(
        List<Oblast> oblasts,
        List<Raion> raions,
        List<Hromada> hromadas,
        List<Settlement> settlements,
        List<Register> registers,
        List<AccessPoint> accessPoints,
        List<PopulationCell> populationCells) {
}
