package ua.cnap.planner.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.cnap.planner.importing.DatasetStore;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.network.Register;

/** Read-only API for registers, their access points, and the last import's report. */
@RestController
@RequestMapping("/api")
class NetworkController {

    private final AccessPointRepository network;
    private final DatasetStore datasetStore;

    NetworkController(AccessPointRepository network, DatasetStore datasetStore) {
        this.network = network;
        this.datasetStore = datasetStore;
    }

    @GetMapping("/registers")
    List<Register> registers() {
        return network.listRegisters();
    }

    @GetMapping("/registers/{id}/access-points")
    List<AccessPointView> accessPoints(@PathVariable String id) {
        network.findRegister(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no register " + id));
        return network.listAccessPoints(id).stream().map(AccessPointView::of).toList();
    }

    @GetMapping(value = "/import/last", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> lastImport() {
        return datasetStore.findLastReportJson()
                .map(ResponseEntity::ok)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "nothing imported yet: run `cnap-planner import`"));
    }

    /** An access point with its location as lon/lat numbers. */
    record AccessPointView(String id, String registerId, String name, String kind, boolean diaCentre,
            List<String> services, Integer serviceCount, String status, double lon, double lat, String hromadaCode,
            String declaredHromadaName, String address, boolean hasMobileCase, boolean hasMobileOffice) {

        static AccessPointView of(AccessPoint a) {
            return new AccessPointView(a.id(), a.registerId(), a.name(), a.kind().name(), a.diaCentre(),
                    a.services().stream().map(Enum::name).sorted().toList(), a.serviceCount(), a.status().name(),
                    a.location().getX(), a.location().getY(), a.hromadaCode(), a.declaredHromadaName(), a.address(),
                    a.hasMobileCase(), a.hasMobileOffice());
        }
    }
}
