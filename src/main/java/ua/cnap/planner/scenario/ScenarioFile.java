package ua.cnap.planner.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ua.cnap.planner.coverage.AccessStandard;
import ua.cnap.planner.coverage.ExclusionChoice;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.network.AccessPointKind;

/**
 * A scenario written by hand: YAML for {@code scenario run FILE.yaml}, the same fields as JSON for
 * {@code POST /api/scenarios}. docs/scenario-example.yaml documents every key. Jackson parses; this
 * class checks every key and value, so a mistake is reported as a {@link BadInputException} naming
 * the file and the key ({@code oblasts[1].share}); unknown keys are refused rather than ignored, as a
 * misspelt {@code budgetUah} would silently change the plan.
 *
 * @param name       the scenario's name
 * @param parameters what it asks
 */
public record ScenarioFile(String name, ScenarioParameters parameters) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> KEYS = Set.of("name", "oblasts", "register", "budgetMode", "budgetUah",
            "standard", "rules", "horizonYears", "minCandidatePopulation", "kinds", "solver", "mobileRoutes",
            "service", "barrierFree", "passportStations", "mobileCases",
            "excludeOccupied", "asOf");
    private static final Set<String> OBLAST_KEYS = Set.of("oblast", "register", "budgetUah", "share");
    private static final Set<String> STANDARD_KEYS = Set.of("minutes", "km", "rule");
    private static final Set<String> SOLVER_KEYS = Set.of("timeLimitSeconds", "exactTimeLimitSeconds", "stepLimit");

    /** Defaults of the solver keys. */
    public static final int DEFAULT_TIME_LIMIT_SECONDS = 30;
    public static final int DEFAULT_EXACT_TIME_LIMIT_SECONDS = 20;
    public static final long DEFAULT_MIN_CANDIDATE_POPULATION = 300;

    /**
     * Reads and checks a YAML file.
     *
     * @param defaultStandard the access standard where the file gives none (the configured one)
     */
    public static ScenarioFile read(Path file, AccessStandard defaultStandard) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(source, null, "file not found");
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? null : "line " + e.getLocation().getLineNr();
            throw new BadInputException(source, where, "not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(source, null, "cannot read: " + e.getMessage(), e);
        }
        return parse(root, source, defaultStandard);
    }

    /** Checks a parsed document (a YAML file or a JSON request body). */
    public static ScenarioFile parse(JsonNode root, String source, AccessStandard defaultStandard) {
        if (root == null || !root.isObject()) {
            throw new BadInputException(source, null, "expected a mapping with name, oblasts, budgetUah, ...");
        }
        onlyKeys(root, KEYS, source, "");
        String name = text(root, "name", source, "name", true);
        String defaultRegister = text(root, "register", source, "register", false);

        JsonNode oblastsNode = root.get("oblasts");
        if (oblastsNode == null || !oblastsNode.isArray() || oblastsNode.isEmpty()) {
            throw new BadInputException(source, "oblasts", "list at least one oblast (a name, a KATOTTG code, or "
                    + "a mapping with oblast, register, budgetUah or share)");
        }
        List<ScenarioParameters.OblastPart> oblasts = new ArrayList<>();
        for (int i = 0; i < oblastsNode.size(); i++) {
            JsonNode item = oblastsNode.get(i);
            String key = "oblasts[" + i + "]";
            if (item.isTextual()) {
                oblasts.add(new ScenarioParameters.OblastPart(item.asText().strip(), defaultRegister, null, null));
                continue;
            }
            if (!item.isObject()) {
                throw new BadInputException(source, key, "expected an oblast name or a mapping");
            }
            onlyKeys(item, OBLAST_KEYS, source, key + ".");
            String register = text(item, "register", source, key + ".register", false);
            oblasts.add(new ScenarioParameters.OblastPart(text(item, "oblast", source, key + ".oblast", true),
                    register == null ? defaultRegister : register, whole(item, "budgetUah", source,
                    key + ".budgetUah"), decimal(item, "share", source, key + ".share")));
        }

        ScenarioParameters.BudgetMode mode = ScenarioParameters.BudgetMode.POOL;
        String modeText = text(root, "budgetMode", source, "budgetMode", false);
        if (modeText != null) {
            mode = switch (modeText.toLowerCase(Locale.ROOT)) {
                case "pool" -> ScenarioParameters.BudgetMode.POOL;
                case "split" -> ScenarioParameters.BudgetMode.SPLIT;
                default -> throw new BadInputException(source, "budgetMode", "must be pool or split, not " + modeText);
            };
        }

        AccessStandard standard = defaultStandard;
        JsonNode standardNode = root.get("standard");
        if (standardNode != null) {
            if (!standardNode.isObject()) {
                throw new BadInputException(source, "standard", "expected a mapping with minutes, km, rule");
            }
            onlyKeys(standardNode, STANDARD_KEYS, source, "standard.");
            Double minutes = decimal(standardNode, "minutes", source, "standard.minutes");
            Double km = decimal(standardNode, "km", source, "standard.km");
            String rule = text(standardNode, "rule", source, "standard.rule", false);
            AccessStandard.Rule parsedRule;
            try {
                parsedRule = AccessStandard.Rule.parse(rule, "standard.rule");
            } catch (BadInputException e) {
                throw new BadInputException(source, "standard.rule", e.reason());
            }
            for (var entry : java.util.Map.of("standard.minutes", minutes == null ? 1.0 : minutes, "standard.km",
                    km == null ? 1.0 : km).entrySet()) {
                if (!(entry.getValue() > 0) || !Double.isFinite(entry.getValue())) {
                    throw new BadInputException(source, entry.getKey(), "must be a positive number, not "
                            + entry.getValue());
                }
            }
            standard = new AccessStandard(minutes == null ? defaultStandard.maxMinutes() : minutes,
                    km == null ? defaultStandard.maxKilometres() : km,
                    parsedRule == null ? defaultStandard.rule() : parsedRule);
        }

        Set<AccessPointKind> kinds = EnumSet.noneOf(AccessPointKind.class);
        JsonNode kindsNode = root.get("kinds");
        if (kindsNode != null) {
            if (!kindsNode.isArray()) {
                throw new BadInputException(source, "kinds", "expected a list such as [MAIN_OFFICE, BRANCH, "
                        + "REMOTE_WORKPLACE]");
            }
            for (int i = 0; i < kindsNode.size(); i++) {
                String kind = kindsNode.get(i).asText().strip().toUpperCase(Locale.ROOT).replace('-', '_');
                try {
                    AccessPointKind parsed = AccessPointKind.valueOf(kind);
                    if (!parsed.isFixed()) {
                        throw new IllegalArgumentException();
                    }
                    kinds.add(parsed);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(source, "kinds[" + i + "]", "must be MAIN_OFFICE, BRANCH or "
                            + "REMOTE_WORKPLACE, not " + kindsNode.get(i).asText());
                }
            }
        }

        Integer timeLimit = null;
        Integer exactTimeLimit = null;
        Integer stepLimit = null;
        JsonNode solver = root.get("solver");
        if (solver != null) {
            if (!solver.isObject()) {
                throw new BadInputException(source, "solver", "expected a mapping with timeLimitSeconds, "
                        + "exactTimeLimitSeconds, stepLimit");
            }
            onlyKeys(solver, SOLVER_KEYS, source, "solver.");
            timeLimit = integer(solver, "timeLimitSeconds", source, "solver.timeLimitSeconds");
            exactTimeLimit = integer(solver, "exactTimeLimitSeconds", source, "solver.exactTimeLimitSeconds");
            stepLimit = integer(solver, "stepLimit", source, "solver.stepLimit");
        }
        ScenarioParameters.MobileRoutes mobileRoutes = null;
        JsonNode routes = root.get("mobileRoutes");
        if (routes != null && !routes.isNull()) {
            if (!routes.isObject()) {
                throw new BadInputException(source, "mobileRoutes", "expected a mapping with kind and vehicles");
            }
            onlyKeys(routes, Set.of("kind", "vehicles"), source, "mobileRoutes.");
            Integer vehicles = integer(routes, "vehicles", source, "mobileRoutes.vehicles");
            if (vehicles == null || vehicles < 1) {
                throw new BadInputException(source, "mobileRoutes.vehicles", "give at least one vehicle");
            }
            String kindText = text(routes, "kind", source, "mobileRoutes.kind", false);
            AccessPointKind kind;
            try {
                kind = kindText == null ? AccessPointKind.MOBILE_OFFICE
                        : AccessPointKind.valueOf(kindText.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                kind = null;
            }
            if (kind == null || kind.isFixed()) {
                throw new BadInputException(source, "mobileRoutes.kind", "MOBILE_OFFICE or MOBILE_CASE, not " + kindText);
            }
            mobileRoutes = new ScenarioParameters.MobileRoutes(kind, vehicles);
        }
        Long minPopulation = whole(root, "minCandidatePopulation", source, "minCandidatePopulation");
        Boolean excludeOccupied = null;
        JsonNode excludeNode = root.get("excludeOccupied");
        if (excludeNode != null && !excludeNode.isNull()) {
            if (!excludeNode.isBoolean()) {
                throw new BadInputException(source, "excludeOccupied", "expected true or false, got " + excludeNode);
            }
            excludeOccupied = excludeNode.asBoolean();
        }
        // parsed as for the command line and the web API: one default, one set of errors
        ExclusionChoice exclusionChoice = ExclusionChoice.parse(excludeOccupied,
                text(root, "asOf", source, "asOf", false), source, "excludeOccupied", "asOf");
        Boolean barrierFree = null;
        JsonNode barrierFreeNode = root.get("barrierFree");
        if (barrierFreeNode != null && !barrierFreeNode.isNull()) {
            if (!barrierFreeNode.isBoolean()) {
                throw new BadInputException(source, "barrierFree", "expected true or false, got " + barrierFreeNode);
            }
            barrierFree = barrierFreeNode.asBoolean();
        }
        ScenarioParameters parameters = new ScenarioParameters(oblasts, mode, whole(root, "budgetUah", source,
                "budgetUah"), standard.maxMinutes(), standard.maxKilometres(), standard.rule(),
                text(root, "rules", source, "rules", false), integer(root, "horizonYears", source, "horizonYears"),
                minPopulation == null ? DEFAULT_MIN_CANDIDATE_POPULATION : minPopulation, kinds,
                timeLimit == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimit,
                exactTimeLimit == null ? DEFAULT_EXACT_TIME_LIMIT_SECONDS : exactTimeLimit, stepLimit, mobileRoutes,
                excludeOccupied, exclusionChoice.asOf(), text(root, "service", source, "service", false), barrierFree,
                integer(root, "passportStations", source, "passportStations"),
                integer(root, "mobileCases", source, "mobileCases"));
        parameters.validate(source);
        return new ScenarioFile(name, parameters);
    }

    private static void onlyKeys(JsonNode node, Set<String> allowed, String source, String prefix) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String key = names.next();
            if (!allowed.contains(key)) {
                throw new BadInputException(source, prefix + key, "unknown key; expected one of "
                        + allowed.stream().sorted().toList());
            }
        }
    }

    private static String text(JsonNode node, String field, String source, String key, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new BadInputException(source, key, "missing");
            }
            return null;
        }
        if (!value.isValueNode() || value.asText().isBlank()) {
            throw new BadInputException(source, key, "expected text");
        }
        return value.asText().strip();
    }

    private static Long whole(JsonNode node, String field, String source, String key) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.asLong();
        }
        throw new BadInputException(source, key, "expected a whole number, got " + value);
    }

    private static Integer integer(JsonNode node, String field, String source, String key) {
        Long value = whole(node, field, source, key);
        if (value != null && (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE)) {
            throw new BadInputException(source, key, "too large: " + value);
        }
        return value == null ? null : value.intValue();
    }

    private static Double decimal(JsonNode node, String field, String source, String key) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        throw new BadInputException(source, key, "expected a number, got " + value);
    }
}
