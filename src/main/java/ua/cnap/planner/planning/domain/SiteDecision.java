package ua.cnap.planner.planning.domain;

import java.util.List;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.CapacityRule;

/**
 * Whether, and as what, to open one candidate site: the planning entity. {@code kind == null} means
 * "do not open"; constraint streams' {@code forEach} then skips it, so every rule sees opened sites
 * only.
 *
 * <p>Which demand points a site covers and reaches are {@link Reach} facts, the same for every kind.
 */
@PlanningEntity
public class SiteDecision {

    @PlanningId
    private String id;
    private String settlementId;
    private String hromadaCode;
    private List<SiteOption> options;
    private boolean branchNeedsMainOffice;
    private CapacityRule capacityRule;
    private double visitsPerResidentPerDay;

    @PlanningVariable(valueRangeProviderRefs = "kinds", nullable = true)
    private AccessPointKind kind;

    public SiteDecision() {
        // for OptaPlanner's cloning
    }

    /**
     * @param branchNeedsMainOffice the branch rule applies here: the rule is on and the hromada has no
     *                              main office yet
     */
    public SiteDecision(String id, String settlementId, String hromadaCode, List<SiteOption> options,
            boolean branchNeedsMainOffice, CapacityRule capacityRule, double visitsPerResidentPerDay) {
        this.id = id;
        this.settlementId = settlementId;
        this.hromadaCode = hromadaCode;
        this.options = List.copyOf(options);
        this.branchNeedsMainOffice = branchNeedsMainOffice;
        this.capacityRule = capacityRule;
        this.visitsPerResidentPerDay = visitsPerResidentPerDay;
    }

    @ValueRangeProvider(id = "kinds")
    public List<AccessPointKind> listKinds() {
        return options.stream().map(SiteOption::kind).toList();
    }

    public SiteOption option() {
        for (SiteOption option : options) {
            if (option.kind() == kind) {
                return option;
            }
        }
        throw new IllegalStateException(id + " has no option " + kind);
    }

    public long costUah() {
        return kind == null ? 0 : option().costUah();
    }

    public boolean isMainOffice() {
        return kind == AccessPointKind.MAIN_OFFICE;
    }

    public String getId() {
        return id;
    }

    public String getSettlementId() {
        return settlementId;
    }

    public String getHromadaCode() {
        return hromadaCode;
    }

    public List<SiteOption> getOptions() {
        return options;
    }

    public boolean branchNeedsMainOffice() {
        return branchNeedsMainOffice;
    }

    public CapacityRule capacityRule() {
        return capacityRule;
    }

    public double visitsPerResidentPerDay() {
        return visitsPerResidentPerDay;
    }

    public AccessPointKind getKind() {
        return kind;
    }

    public void setKind(AccessPointKind kind) {
        this.kind = kind;
    }

    @Override
    public String toString() {
        return id + (kind == null ? " (closed)" : " " + kind);
    }
}
