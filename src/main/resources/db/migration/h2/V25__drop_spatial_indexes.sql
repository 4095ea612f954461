-- H2GIS: no R-tree spatial indexes any more (they were made by V2).
-- Why: H2 2.4.240 cannot reopen a database that was killed while committing a transaction that wrote to
-- an R-tree. On open it finishes the commit from the undo log and opens every map the log names as a plain
-- transactional map; an R-tree map has no key type stored, so it gets H2's default (ValueDataType) and the
-- spatial index then fails with "ValueDataType cannot be cast to SpatialDataType": the store never opens.
-- No query of the planner filters by geometry in SQL (geometries are read as WKB and searched in memory with
-- JTS STR-trees), so the indexes only cost write time.
DROP INDEX IF EXISTS hromada_boundary_sidx;
DROP INDEX IF EXISTS settlement_location_sidx;
DROP INDEX IF EXISTS access_point_location_sidx;
