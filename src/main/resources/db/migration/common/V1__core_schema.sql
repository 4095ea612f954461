-- The core schema, shared by the embedded store (H2GIS) and PostGIS: only types and syntax both
-- accept. Geometries are WGS84 lon/lat (SRID 4326). Vendor-specific parts (spatial indexes) live
-- in the h2/ and postgresql/ folders beside this one.

CREATE TABLE oblast (
    code        VARCHAR(19)  PRIMARY KEY,
    name_uk     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200)
);

CREATE TABLE raion (
    code        VARCHAR(19)  PRIMARY KEY,
    oblast_code VARCHAR(19)  NOT NULL,
    name_uk     VARCHAR(200) NOT NULL
);

CREATE TABLE hromada (
    code                   VARCHAR(19)  PRIMARY KEY,
    raion_code             VARCHAR(19),
    oblast_code            VARCHAR(19)  NOT NULL,
    name_uk                VARCHAR(200) NOT NULL,
    name_en                VARCHAR(200),
    hromada_type           VARCHAR(40),
    population_2022        BIGINT       NOT NULL,
    urban_population_2022  BIGINT       NOT NULL,
    centre                 GEOMETRY(POINT, 4326) NOT NULL,
    centre_settlement_code VARCHAR(19),
    centre_name            VARCHAR(200),
    boundary               GEOMETRY(MULTIPOLYGON, 4326)
);
CREATE INDEX hromada_oblast_idx ON hromada (oblast_code);

CREATE TABLE settlement (
    id                VARCHAR(60)  PRIMARY KEY,
    katottg_code      VARCHAR(19),
    name_uk           VARCHAR(200),
    name_en           VARCHAR(200),
    location          GEOMETRY(POINT, 4326) NOT NULL,
    hromada_code      VARCHAR(19)  NOT NULL,
    source_population BIGINT       NOT NULL,
    population        BIGINT       NOT NULL,
    population_rule   VARCHAR(40)  NOT NULL
);
CREATE INDEX settlement_hromada_idx ON settlement (hromada_code);

CREATE TABLE access_register (
    id            VARCHAR(60)   PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    register_date DATE          NOT NULL,
    historical    BOOLEAN       NOT NULL,
    oblast_code   VARCHAR(19),
    source        VARCHAR(1000)
);

CREATE TABLE access_point (
    id                    VARCHAR(120)  PRIMARY KEY,
    register_id           VARCHAR(60)   NOT NULL REFERENCES access_register (id),
    name                  VARCHAR(1000),
    kind                  VARCHAR(20)   NOT NULL,
    dia_centre            BOOLEAN       NOT NULL,
    services              VARCHAR(400)  NOT NULL,
    service_count         INTEGER,
    status                VARCHAR(20)   NOT NULL,
    location              GEOMETRY(POINT, 4326) NOT NULL,
    hromada_code          VARCHAR(19),
    declared_hromada_name VARCHAR(200),
    address               VARCHAR(1000),
    has_mobile_case       BOOLEAN       NOT NULL,
    has_mobile_office     BOOLEAN       NOT NULL
);
CREATE INDEX access_point_register_idx ON access_point (register_id);
CREATE INDEX access_point_hromada_idx ON access_point (hromada_code);

CREATE TABLE population_cell (
    layer      VARCHAR(200) NOT NULL,
    id         VARCHAR(60)  NOT NULL,
    cell       GEOMETRY(GEOMETRY, 4326) NOT NULL,
    population DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (layer, id)
);

-- One row per successful import: when, from where, and the report as JSON.
CREATE TABLE import_run (
    id          BIGINT        PRIMARY KEY,
    finished_at TIMESTAMP     NOT NULL,
    data_dir    VARCHAR(1000) NOT NULL,
    report_json VARCHAR(1000000) NOT NULL
);
