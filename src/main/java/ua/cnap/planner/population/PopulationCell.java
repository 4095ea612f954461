package ua.cnap.planner.population;

import org.locationtech.jts.geom.Geometry;

/**
 * One cell of a population grid (Kontur H3 hexagon, raster pixel): an alternative demand layer to
 * settlements.
 *
 * @param id         stable id within its layer (H3 index, or row/column of a raster)
 * @param layer      name of the grid layer, e.g. the file it came from
 * @param cell       cell polygon, WGS84
 * @param population people in the cell (may be fractional in rasters)
 */
public record PopulationCell(String id, String layer, Geometry cell, double population) {
}
