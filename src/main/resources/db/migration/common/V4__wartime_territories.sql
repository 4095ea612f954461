-- The list of territories of hostilities and temporary occupation (Order 376 of the Ministry for
-- Communities and Territories Development, as amended), imported as published: one row per territory
-- and period. Coverage and plans read it to leave those territories out as of a date.

CREATE TABLE wartime_list (
    id     INTEGER       PRIMARY KEY,
    source VARCHAR(2000) NOT NULL
);

CREATE TABLE wartime_territory (
    id              INTEGER       PRIMARY KEY,
    code            VARCHAR(19)   NOT NULL,
    name            VARCHAR(4000) NOT NULL,
    category        VARCHAR(60)   NOT NULL,
    started_on      DATE          NOT NULL,
    ended_on        DATE,
    item            VARCHAR(100)  NOT NULL,
    hromada_code    VARCHAR(19),
    settlement_name VARCHAR(200)
);
CREATE INDEX wartime_territory_code_idx ON wartime_territory (code);
