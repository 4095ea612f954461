package ua.cnap.planner.scenario;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The proposals of a scenario as a table a donor can put in a funding proposal: UTF-8 (no byte-order
 * mark, so notebooks read the header cleanly), comma-separated, one header row, one row per new
 * access point, cheapest per newly covered resident first across oblasts, with what the rows up to
 * each one cost and cover together (see {@link RankedProposal}). Money in whole UAH, shares 0..1.
 */
public final class DonorReportCsv {

    static final String[] HEADER = {"rank", "oblastCode", "oblast", "hromadaCode", "hromada", "kind", "site",
        "settlementId", "lon", "lat", "costUah", "newlyCovered", "costPerNewlyCoveredUah", "cumulativeCostUah",
        "cumulativeNewlyCovered", "cumulativePopulationCovered", "cumulativeCoveredShare"};

    private DonorReportCsv() {
    }

    public static void write(Scenario scenario, Writer out) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader(HEADER).setRecordSeparator("\n").get();
        CSVPrinter csv = new CSVPrinter(out, format);
        for (RankedProposal p : ScenarioService.withResult(scenario).result().proposals()) {
            csv.printRecord(p.rank(), p.oblastCode(), p.oblastName(), p.hromadaCode(), p.hromadaName(), p.kind(),
                    p.site(), p.settlementId(), String.format(java.util.Locale.ROOT, "%.6f", p.lon()),
                    String.format(java.util.Locale.ROOT, "%.6f", p.lat()), p.costUah(), p.newlyCoveredPopulation(),
                    p.costPerNewlyCoveredResidentUah() == null ? ""
                            : String.format(java.util.Locale.ROOT, "%.2f", p.costPerNewlyCoveredResidentUah()),
                    p.cumulativeCostUah(), p.cumulativeNewlyCovered(), p.cumulativePopulationCovered(),
                    p.cumulativeCoveredShare() == null ? ""
                            : String.format(java.util.Locale.ROOT, "%.6f", p.cumulativeCoveredShare()));
        }
        csv.flush();
    }
}
