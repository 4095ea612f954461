package ua.cnap.planner.network;

import java.util.List;
import java.util.Optional;

/** Read access to registers and their access points. */
public interface AccessPointRepository {

    List<Register> listRegisters();

    Optional<Register> findRegister(String id);

    List<AccessPoint> listAccessPoints(String registerId);
}
