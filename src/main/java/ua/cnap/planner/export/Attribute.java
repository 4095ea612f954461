package ua.cnap.planner.export;

/**
 * One column of an export layer.
 *
 * @param name identifier used as GeoJSON property, CSV header and GeoPackage column (camelCase, ASCII)
 * @param type value type
 */
public record Attribute(String name, AttributeType type) {

    public Attribute {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("attribute names are ASCII identifiers: " + name);
        }
    }

    public static Attribute text(String name) {
        return new Attribute(name, AttributeType.TEXT);
    }

    public static Attribute integer(String name) {
        return new Attribute(name, AttributeType.INTEGER);
    }

    public static Attribute real(String name) {
        return new Attribute(name, AttributeType.REAL);
    }

    public static Attribute bool(String name) {
        return new Attribute(name, AttributeType.BOOLEAN);
    }
}
