-- Where each settlement's point comes from (population.PointSource): the hromada centre, a GeoNames
-- place matched by name, or a stand-in position (FALLBACK_...) for a settlement without a point of its
-- own. Null for rows of imports made before this column existed. Same SQL for H2GIS and PostGIS.
ALTER TABLE settlement ADD COLUMN point_source VARCHAR(40);
