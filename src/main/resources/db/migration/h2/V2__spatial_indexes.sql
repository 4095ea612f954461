-- H2GIS: R-tree spatial indexes.
CREATE SPATIAL INDEX hromada_boundary_sidx ON hromada (boundary);
CREATE SPATIAL INDEX settlement_location_sidx ON settlement (location);
CREATE SPATIAL INDEX access_point_location_sidx ON access_point (location);
