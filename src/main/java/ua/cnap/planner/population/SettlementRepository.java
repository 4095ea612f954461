package ua.cnap.planner.population;

import java.util.List;

/** Read access to settlements (the demand points). */
public interface SettlementRepository {

    List<Settlement> listSettlements();

    List<Settlement> listSettlementsInOblast(String oblastCode);

    List<Settlement> listSettlementsInHromada(String hromadaCode);
}
