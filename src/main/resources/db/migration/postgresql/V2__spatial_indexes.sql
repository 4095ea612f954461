-- PostGIS: GiST spatial indexes.
CREATE INDEX hromada_boundary_sidx ON hromada USING GIST (boundary);
CREATE INDEX settlement_location_sidx ON settlement USING GIST (location);
CREATE INDEX access_point_location_sidx ON access_point USING GIST (location);
