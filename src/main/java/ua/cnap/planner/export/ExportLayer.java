package ua.cnap.planner.export;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A layer to export: a name, its attribute schema, its geometry kind and its features. The writers
 * know nothing else, so a new layer (mobile routes, say) is a new {@code ExportLayer} and no writer
 * changes.
 *
 * @param name       layer name, lower case with hyphens ({@code access-points}); file suffix and,
 *                   with underscores, GeoPackage table name
 * @param geometry   geometry kind of every feature
 * @param attributes columns, in order
 * @param features   the features; each value must match its attribute's type
 */
public record ExportLayer(String name, GeometryKind geometry, List<Attribute> attributes, List<ExportFeature> features) {

    public ExportLayer {
        if (name == null || !name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("layer names are lower-case ASCII with hyphens: " + name);
        }
        attributes = List.copyOf(attributes);
        features = List.copyOf(features);
        Set<String> seen = new HashSet<>();
        for (Attribute attribute : attributes) {
            if (!seen.add(attribute.name()) || attribute.name().equalsIgnoreCase("fid")
                    || attribute.name().equalsIgnoreCase("geom") || attribute.name().equals("lon")
                    || attribute.name().equals("lat")) {
                throw new IllegalArgumentException("layer " + name + ": attribute name " + attribute.name()
                        + " is repeated or reserved (fid, geom, lon, lat)");
            }
        }
        for (ExportFeature feature : features) {
            if (!geometry.accepts(feature.geometry())) {
                throw new IllegalArgumentException("layer " + name + " holds " + geometry + " features, not "
                        + feature.geometry().getGeometryType());
            }
            for (Attribute attribute : attributes) {
                Object value = feature.values().get(attribute.name());
                if (value != null && !fits(attribute.type(), value)) {
                    throw new IllegalArgumentException("layer " + name + ", attribute " + attribute.name() + ": "
                            + value.getClass().getSimpleName() + " is not " + attribute.type());
                }
            }
        }
    }

    /** The GeoPackage table name: the layer name with underscores. */
    public String tableName() {
        return name.replace('-', '_');
    }

    private static boolean fits(AttributeType type, Object value) {
        return switch (type) {
            case TEXT -> value instanceof String;
            case INTEGER -> value instanceof Long || value instanceof Integer;
            case REAL -> value instanceof Double;
            case BOOLEAN -> value instanceof Boolean;
        };
    }
}
