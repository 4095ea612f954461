package ua.cnap.planner.territory;

import java.util.List;
import java.util.Optional;

/** Read access to oblasts, raions and hromadas, whichever store holds them. */
public interface TerritoryRepository {

    List<Oblast> listOblasts();

    List<Raion> listRaions();

    List<Hromada> listHromadas();

    List<Hromada> listHromadasInOblast(String oblastCode);

    Optional<Hromada> findHromada(String code);
}
