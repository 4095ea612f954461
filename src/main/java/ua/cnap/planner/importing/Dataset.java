package ua.cnap.planner.importing;

import ua.cnap.planner.wartime.WartimeList;
import java.util.List;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.population.PopulationCell;
import ua.cnap.planner.population.Settlement;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.Raion;

/** Everything one import produces (the Order 376 list included, empty when its file is absent), validated in memory before a single row is written. */
public record Dataset(
        List<Oblast> oblasts,
        List<Raion> raions,
        List<Hromada> hromadas,
        List<Settlement> settlements,
        List<Register> registers,
        List<AccessPoint> accessPoints,
        List<PopulationCell> populationCells,
        WartimeList wartimeList) {

    public Dataset {
        wartimeList = wartimeList == null ? WartimeList.EMPTY : wartimeList;
    }

    public Dataset(List<Oblast> oblasts, List<Raion> raions, List<Hromada> hromadas, List<Settlement> settlements,
            List<Register> registers, List<AccessPoint> accessPoints, List<PopulationCell> populationCells) {
        this(oblasts, raions, hromadas, settlements, registers, accessPoints, populationCells, WartimeList.EMPTY);
    }
}
