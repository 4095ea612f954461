-- Saved scenarios (issue 7). JSON travels as text (TEXT in both H2 and PostgreSQL), written and read
-- by Jackson in scenario.ScenarioJson; the columns beside it are what lists and start-up need without
-- parsing it.
CREATE TABLE scenario (
    id              VARCHAR(60)   PRIMARY KEY,
    name            VARCHAR(300)  NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    parameters_json TEXT          NOT NULL,
    -- the data vintage: the import run the last run read, and the registers it used (JSON)
    import_run_id   BIGINT,
    vintage_json    TEXT,
    -- headline figures (for lists) and the whole result of the last finished run
    kpis_json       TEXT,
    result_json     TEXT,
    -- mobile-office routes, filled by the routing feature
    routes_json     TEXT,
    error           VARCHAR(4000),
    created_at      TIMESTAMP     NOT NULL,
    updated_at      TIMESTAMP     NOT NULL
);
CREATE INDEX scenario_status_idx ON scenario (status);
