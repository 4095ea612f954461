package ua.cnap.planner.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import ua.cnap.planner.account.Account;
import ua.cnap.planner.account.Role;
import ua.cnap.planner.importing.ImportService;
import ua.cnap.planner.importing.ImportSources;
import ua.cnap.planner.run.Run;
import ua.cnap.planner.run.RunKind;
import ua.cnap.planner.run.RunStatus;
import ua.cnap.planner.scenario.ScenarioFixtures;
import ua.cnap.planner.scenario.ScenarioStatus;

/**
 * A write that a kill -9 may interrupt, as {@link KillDuringWriteTest} drives it: what the store holds
 * before ({@link #seed}), the write a child JVM repeats ({@link #write}, alternating two versions),
 * the signature that tells which version a reopened store holds, and the rows no such write may touch
 * (accounts, scenarios).
 */
enum CrashCase {

    /** The import's write: the whole dataset replaced in one transaction. */
    IMPORT {
        @Override
        void write(PlannerStore store, int round, Path dataDir) {
            new JdbcDatasetStore(store).replaceAll(CrashFixtures.grid(round % 2 == 1 ? SIDE_B : SIDE_A), "crash",
                    "{}");
        }

        @Override
        String signature(PlannerStore store) {
            return importSignature(store);
        }

        @Override
        Set<String> expectedSignatures() {
            return Set.of(SIDE_A, SIDE_B).stream()
                    .map(side -> territory(side) + ", access_register=1, access_point=" + side * side)
                    .collect(Collectors.toSet());
        }
    },

    /** A confirmed register upload: one register's offices replaced in one transaction. */
    REGISTER_UPLOAD {
        @Override
        void seedData(PlannerStore store) {
            super.seedData(store);
            new JdbcDatasetStore(store).replaceRegister(CrashFixtures.register(CrashFixtures.UPLOADED_REGISTER),
                    CrashFixtures.uploadedOffices(UPLOAD_A, SIDE_A));
        }

        @Override
        void write(PlannerStore store, int round, Path dataDir) {
            new JdbcDatasetStore(store).replaceRegister(CrashFixtures.register(CrashFixtures.UPLOADED_REGISTER),
                    CrashFixtures.uploadedOffices(round % 2 == 1 ? UPLOAD_B : UPLOAD_A, SIDE_A));
        }

        @Override
        String signature(PlannerStore store) {
            return new JdbcTemplate(store.dataSource()).queryForList("SELECT r.id, COUNT(p.id) AS offices FROM"
                    + " access_register r LEFT JOIN access_point p ON p.register_id = r.id GROUP BY r.id ORDER BY r.id")
                    .stream().map(row -> row.get("ID") + "=" + row.get("OFFICES")).collect(Collectors.joining(", "))
                    + "; " + territorySignature(store);
        }

        @Override
        Set<String> expectedSignatures() {
            return Set.of(UPLOAD_A, UPLOAD_B).stream()
                    .map(n -> CrashFixtures.GRID_REGISTER + "=" + SIDE_A * SIDE_A + ", " + CrashFixtures.UPLOADED_REGISTER
                            + "=" + n + "; " + territory(SIDE_A))
                    .collect(Collectors.toSet());
        }
    },

    /**
     * A run's result written: today the scenario table (ScenarioRepository.save). When runs get their
     * own table, a constant like this one writes and reads that table instead.
     */
    RESULT_WRITE {
        @Override
        void seedData(PlannerStore store) {
            super.seedData(store);
            new JdbcScenarioRepository(store).save(CrashFixtures.scenarioWithResult(TARGET_SCENARIO, RESULT_A));
        }

        @Override
        void write(PlannerStore store, int round, Path dataDir) {
            new JdbcScenarioRepository(store).save(CrashFixtures.scenarioWithResult(TARGET_SCENARIO,
                    round % 2 == 1 ? RESULT_B : RESULT_A));
        }

        @Override
        String signature(PlannerStore store) {
            // find() parses every JSON column: half a result would fail here
            return "result hromadas=" + new JdbcScenarioRepository(store).find(TARGET_SCENARIO).orElseThrow()
                    .result().hromadas().size() + "; " + territorySignature(store);
        }

        @Override
        Set<String> expectedSignatures() {
            return Set.of("result hromadas=" + RESULT_A + "; " + territory(SIDE_A),
                    "result hromadas=" + RESULT_B + "; " + territory(SIDE_A));
        }
    },

    /**
     * A plan run's result written to the run table (planner_run): each round a new run is queued,
     * started and finished with a large result. A kill leaves a run without a result (not finished) or
     * finished with its whole result, never half a result.
     */
    RUN_RESULT_WRITE {
        @Override
        void write(PlannerStore store, int round, Path dataDir) {
            JdbcRunRepository runs = new JdbcRunRepository(store);
            String id = "crash-run-" + round + "-" + System.nanoTime();
            Instant now = Instant.now();
            runs.insert(new Run(id, RunKind.PLAN, "olena", "{}", RunStatus.QUEUED, null, null, null, null, null, 0,
                    false, now, null, null));
            runs.markRunning(id, now);
            runs.finish(id, RunStatus.DONE, runResult(round % 2 == 1 ? RESULT_B : RESULT_A), null, "crash", now);
        }

        @Override
        String signature(PlannerStore store) {
            JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
            List<String> broken = new java.util.ArrayList<>();
            for (var row : jdbc.queryForList("SELECT id, status, result_json FROM planner_run")) {
                Object json = row.get("RESULT_JSON") != null ? row.get("RESULT_JSON") : row.get("result_json");
                Object status = row.get("STATUS") != null ? row.get("STATUS") : row.get("status");
                boolean done = RunStatus.DONE.name().equals(String.valueOf(status));
                if (done != (json != null) || done && !wholeResult(String.valueOf(json))) {
                    broken.add(row.get("ID") + " " + status);
                }
            }
            return (broken.isEmpty() ? "runs whole" : "runs broken " + broken) + "; " + territorySignature(store);
        }

        @Override
        Set<String> expectedSignatures() {
            return Set.of("runs whole; " + territory(SIDE_A));
        }
    },

    /** The real import of the open data folder over the invented grid (run with -Dcrash.realData=true). */
    REAL_IMPORT {
        @Override
        void write(PlannerStore store, int round, Path dataDir) {
            new ImportService(new JdbcDatasetStore(store), store.description())
                    .importAll(ImportSources.standard(dataDir));
        }

        @Override
        String signature(PlannerStore store) {
            return importSignature(store);
        }

        @Override
        Set<String> expectedSignatures() {
            return Set.of(); // the old grid, or what the child reported after its import
        }
    };

    /** A result of {@code rows} entries (large enough for a commit to take a while). */
    static String runResult(int rows) {
        StringBuilder json = new StringBuilder("{\"rows\":[");
        for (int i = 0; i < rows; i++) {
            json.append(i == 0 ? "" : ",").append("{\"hromada\":\"UA").append(1_000_000 + i)
                    .append("\",\"covered\":").append(i).append('}');
        }
        return json.append("],\"count\":").append(rows).append('}').toString();
    }

    /** A result that parses and holds as many rows as it says. */
    static boolean wholeResult(String json) {
        try {
            var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
            int count = node.path("count").asInt(-1);
            return (count == RESULT_A || count == RESULT_B) && node.path("rows").size() == count;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** Hromadas per side of the invented grid before (A) and after (B) an import. */
    static final int SIDE_A = 11;
    static final int SIDE_B = 14;
    static final int UPLOAD_A = 900;
    static final int UPLOAD_B = 600;
    static final int RESULT_A = 3000;
    static final int RESULT_B = 1800;
    static final String TARGET_SCENARIO = "crash-target";

    /** Fills an empty store: the version-A data, an account and two scenarios no write may touch. */
    void seed(PlannerStore store) {
        seedData(store);
        new JdbcAccountRepository(store).saveAccount(new Account("olena", "{bcrypt}$2a$10$invented.hash.for.tests",
                Role.PLANNER, Instant.parse("2025-05-01T09:00:00Z"), 3, false));
        JdbcScenarioRepository scenarios = new JdbcScenarioRepository(store);
        scenarios.save(ScenarioFixtures.done("kept-done", "Збережений сценарій", Instant.parse("2025-05-02T10:00:00Z")));
        scenarios.save(ScenarioFixtures.fresh("kept-new", "Новий сценарій", ScenarioStatus.NEW,
                Instant.parse("2025-05-03T11:00:00Z")));
    }

    void seedData(PlannerStore store) {
        new JdbcDatasetStore(store).replaceAll(CrashFixtures.grid(SIDE_A), "crash", "{}");
    }

    abstract void write(PlannerStore store, int round, Path dataDir);

    /** Which version the store holds, as text (counts). */
    abstract String signature(PlannerStore store);

    /** The signatures of the old and the new version, known beforehand; empty: learnt from the child. */
    abstract Set<String> expectedSignatures();

    /** Accounts, tokens and every scenario but the one a result write targets, as text. */
    static List<String> untouchableRows(PlannerStore store) {
        JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
        List<String> rows = new java.util.ArrayList<>();
        jdbc.queryForList("SELECT * FROM account ORDER BY username")
                .forEach(r -> rows.add("account " + r));
        jdbc.queryForList("SELECT id, username, token_hash FROM api_token ORDER BY id")
                .forEach(r -> rows.add("token " + r));
        jdbc.queryForList("SELECT id, name, status, parameters_json, result_json, updated_at FROM scenario"
                + " WHERE id <> ? ORDER BY id", TARGET_SCENARIO).forEach(r -> rows.add("scenario " + r));
        return rows;
    }

    /** Rows of the territory tables, which only an import writes. */
    static String territorySignature(PlannerStore store) {
        return counts(store, "oblast", "raion", "hromada", "settlement", "population_cell");
    }

    static String importSignature(PlannerStore store) {
        return territorySignature(store) + ", " + counts(store, "access_register", "access_point");
    }

    private static String counts(PlannerStore store, String... tables) {
        JdbcTemplate jdbc = new JdbcTemplate(store.dataSource());
        return java.util.Arrays.stream(tables)
                .map(t -> t + "=" + jdbc.queryForObject("SELECT COUNT(*) FROM " + t, Long.class))
                .collect(Collectors.joining(", "));
    }

    private static String territory(int side) {
        int hromadas = side * side;
        return "oblast=1, raion=1, hromada=" + hromadas + ", settlement="
                + hromadas * CrashFixtures.SETTLEMENTS_PER_HROMADA + ", population_cell=0";
    }
}
