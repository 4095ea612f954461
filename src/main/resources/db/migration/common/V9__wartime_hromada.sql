-- How many settlements (cities, selyshches, villages) the KATOTTG codifier gives each hromada, kept
-- with the Order 376 list: a hromada all of whose codifier settlements are listed counts as listed
-- whole, whichever settlements the store holds.

CREATE TABLE wartime_hromada (
    hromada_code         VARCHAR(19) PRIMARY KEY,
    codifier_settlements INTEGER     NOT NULL
);
