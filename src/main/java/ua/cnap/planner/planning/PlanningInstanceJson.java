package ua.cnap.planner.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.planning.PlanningInstance.CapacityRule;
import ua.cnap.planner.planning.PlanningInstance.Candidate;
import ua.cnap.planner.planning.PlanningInstance.Demand;
import ua.cnap.planner.planning.PlanningInstance.KindAssumptions;
import ua.cnap.planner.planning.PlanningInstance.Option;
import ua.cnap.planner.planning.PlanningInstance.Rules;

/**
 * A {@link PlanningInstance} as JSON that anyone can solve independently ({@code plan
 * --export-instance}): the shape the issue names,
 * {@code {"budgetUah", "demand": [{"id", "population"}], "coveredByExisting", "candidates": [{"id",
 * "settlementId", "options": [{"kind", "costUah", "covers"}]}]}}, plus what the other rules need
 * (hromadas, rules, assumptions, {@code kindLimits}: the most proposals of a kind) and travel times
 * ({@code reaches}, seconds). An infinite baseline
 * travel time is written as null: JSON has no Infinity.
 */
public final class PlanningInstanceJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanningInstanceJson() {
    }

    public static void write(PlanningInstance instance, Path file) {
        try {
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toTree(instance));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + file, e);
        }
    }

    static ObjectNode toTree(PlanningInstance instance) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", instance.name());
        root.put("budgetUah", instance.budgetUah());
        root.put("horizonYears", instance.horizonYears());
        ArrayNode demand = root.putArray("demand");
        for (Demand d : instance.demand()) {
            ObjectNode node = demand.addObject();
            node.put("id", d.id());
            node.put("population", d.population());
            node.put("hromadaCode", d.hromadaCode());
            if (Double.isFinite(d.baselineTravelSeconds())) {
                node.put("baselineTravelSeconds", d.baselineTravelSeconds());
            } else {
                node.putNull("baselineTravelSeconds");
            }
        }
        ArrayNode covered = root.putArray("coveredByExisting");
        instance.coveredByExisting().stream().sorted().forEach(covered::add);
        ArrayNode candidates = root.putArray("candidates");
        for (Candidate c : instance.candidates()) {
            ObjectNode node = candidates.addObject();
            node.put("id", c.id());
            node.put("settlementId", c.settlementId());
            node.put("name", c.name());
            node.put("lon", c.lon());
            node.put("lat", c.lat());
            node.put("hromadaCode", c.hromadaCode());
            ArrayNode options = node.putArray("options");
            for (Option o : c.options()) {
                ObjectNode option = options.addObject();
                option.put("kind", o.kind().name());
                option.put("costUah", o.costUah());
                ArrayNode covers = option.putArray("covers");
                o.covers().forEach(covers::add);
                ObjectNode reaches = option.putObject("reaches");
                o.reaches().forEach(reaches::put);
            }
        }
        ArrayNode hromadas = root.putArray("hromadaCodes");
        instance.hromadaCodes().stream().sorted().forEach(hromadas::add);
        ArrayNode withMain = root.putArray("hromadasWithMainOffice");
        instance.hromadasWithMainOffice().stream().sorted().forEach(withMain::add);
        root.set("kinds", JSON.valueToTree(new LinkedHashMap<>(instance.kinds())));
        root.set("rules", JSON.valueToTree(instance.rules()));
        // the most proposals of a kind (the donor's passport stations and mobile cases): Σ x[c,kind] ≤ limit
        root.set("kindLimits", JSON.valueToTree(new java.util.TreeMap<>(instance.kindLimits())));
        return root;
    }

    /** Reads an exported instance back; anything malformed is refused naming the file and the item. */
    public static PlanningInstance read(Path file) {
        String source = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            throw new BadInputException(source, null, "malformed JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(source, null, "cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BadInputException(source, null, "not a planning instance (expected a JSON object)");
        }
        List<Demand> demand = new ArrayList<>();
        Set<String> demandIds = new HashSet<>();
        for (JsonNode d : required(root, "demand", source)) {
            String id = text(d, "id", source, "demand");
            JsonNode baseline = d.get("baselineTravelSeconds");
            demand.add(new Demand(id, number(d, "population", source, "demand " + id),
                    d.path("hromadaCode").asText(null),
                    baseline == null || baseline.isNull() ? Double.POSITIVE_INFINITY : baseline.asDouble()));
            demandIds.add(id);
        }
        Set<String> covered = new HashSet<>();
        required(root, "coveredByExisting", source).forEach(n -> covered.add(known(n.asText(), demandIds, source,
                "coveredByExisting")));
        List<Candidate> candidates = new ArrayList<>();
        for (JsonNode c : required(root, "candidates", source)) {
            String id = text(c, "id", source, "candidate");
            List<Option> options = new ArrayList<>();
            for (JsonNode o : required(c, "options", source)) {
                AccessPointKind kind;
                try {
                    kind = AccessPointKind.valueOf(text(o, "kind", source, "candidate " + id));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(source, "candidate " + id, "unknown kind " + o.get("kind"));
                }
                long cost = number(o, "costUah", source, "candidate " + id);
                if (cost < 0) {
                    throw new BadInputException(source, "candidate " + id, "negative cost " + cost);
                }
                List<String> covers = new ArrayList<>();
                required(o, "covers", source).forEach(n -> covers.add(known(n.asText(), demandIds, source,
                        "candidate " + id)));
                Map<String, Double> reaches = new LinkedHashMap<>();
                o.path("reaches").fields().forEachRemaining(e -> reaches.put(known(e.getKey(), demandIds, source,
                        "candidate " + id), e.getValue().asDouble()));
                options.add(new Option(kind, cost, covers, reaches));
            }
            candidates.add(new Candidate(id, text(c, "settlementId", source, "candidate " + id),
                    c.path("name").asText(null), c.path("lon").asDouble(), c.path("lat").asDouble(),
                    c.path("hromadaCode").asText(null), options));
        }
        Set<String> hromadas = new HashSet<>();
        root.path("hromadaCodes").forEach(n -> hromadas.add(n.asText()));
        Set<String> withMain = new HashSet<>();
        root.path("hromadasWithMainOffice").forEach(n -> withMain.add(n.asText()));
        Map<AccessPointKind, KindAssumptions> kinds = new EnumMap<>(AccessPointKind.class);
        root.path("kinds").fields().forEachRemaining(e -> kinds.put(AccessPointKind.valueOf(e.getKey()),
                JSON.convertValue(e.getValue(), KindAssumptions.class)));
        Map<AccessPointKind, Integer> kindLimits = new EnumMap<>(AccessPointKind.class);
        root.path("kindLimits").fields().forEachRemaining(e -> kindLimits.put(AccessPointKind.valueOf(e.getKey()),
                e.getValue().asInt()));
        JsonNode rulesNode = root.get("rules");
        Rules rules = rulesNode == null || rulesNode.isNull() ? Rules.none()
                : new Rules(rulesNode.path("mainOfficeInEveryHromada").asBoolean(),
                        rulesNode.path("branchNeedsMainOffice").asBoolean(),
                        CapacityRule.valueOf(rulesNode.path("capacity").asText("OFF")),
                        rulesNode.path("visitsPerResidentPerYear").asDouble(),
                        rulesNode.path("workingDaysPerYear").asInt(250));
        return new PlanningInstance(root.path("name").asText(file.getFileName().toString()),
                number(root, "budgetUah", source, "budgetUah"), root.path("horizonYears").asInt(1), demand, covered,
                candidates, hromadas, withMain, kinds, rules, kindLimits);
    }

    private static JsonNode required(JsonNode node, String field, String source) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new BadInputException(source, field, "missing or not a list");
        }
        return value;
    }

    private static String text(JsonNode node, String field, String source, String item) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || value.asText().isBlank()) {
            throw new BadInputException(source, item, "missing '" + field + "'");
        }
        return value.asText();
    }

    private static long number(JsonNode node, String field, String source, String item) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new BadInputException(source, item, "'" + field + "' is missing or not a number");
        }
        return value.asLong();
    }

    private static String known(String id, Set<String> demandIds, String source, String item) {
        if (!demandIds.contains(id)) {
            throw new BadInputException(source, item, "names demand point '" + id + "', which is not in 'demand'");
        }
        return id;
    }
}
