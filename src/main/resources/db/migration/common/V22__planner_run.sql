-- Runs of plans, mobile routes and scenarios (issue 13): one persisted queue for every kind, shared by
-- the instances of one store. JSON travels as text (parameters, progress, result), as for scenarios.
CREATE TABLE planner_run (
    id              VARCHAR(60)   PRIMARY KEY,
    kind            VARCHAR(20)   NOT NULL,
    owner           VARCHAR(40),
    parameters_json TEXT          NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    progress_json   TEXT,
    step            VARCHAR(300),
    result_json     TEXT,
    error           VARCHAR(4000),
    data_vintage    VARCHAR(100),
    executions      INT           NOT NULL,
    stop_requested  BOOLEAN       NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    started_at      TIMESTAMP,
    finished_at     TIMESTAMP
);
CREATE INDEX planner_run_status_idx ON planner_run (status);
CREATE INDEX planner_run_created_idx ON planner_run (created_at);
