package ua.cnap.planner.web;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.TerritoryRepository;

/** Read-only territory API: oblasts and hromadas with their official population. */
@RestController
@RequestMapping("/api")
class TerritoryController {

    private final TerritoryRepository territory;

    TerritoryController(TerritoryRepository territory) {
        this.territory = territory;
    }

    @GetMapping("/oblasts")
    List<Oblast> oblasts() {
        return territory.listOblasts();
    }

    @GetMapping("/hromadas")
    List<HromadaSummary> hromadas(@RequestParam(required = false) String oblast) {
        List<Hromada> hromadas = oblast == null ? territory.listHromadas() : territory.listHromadasInOblast(oblast);
        return hromadas.stream().map(HromadaSummary::of).toList();
    }

    @GetMapping("/hromadas/{code}")
    HromadaSummary hromada(@PathVariable String code) {
        return territory.findHromada(code).map(HromadaSummary::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no hromada " + code));
    }

    /** A hromada without its polygon (the map layers serve geometry). */
    record HromadaSummary(String code, String nameUk, String raionCode, String oblastCode, long population2022,
            double centreLon, double centreLat, boolean hasBoundary) {

        static HromadaSummary of(Hromada h) {
            return new HromadaSummary(h.code(), h.nameUk(), h.raionCode(), h.oblastCode(), h.population2022(),
                    h.centre().getX(), h.centre().getY(), h.boundary() != null);
        }
    }
}
