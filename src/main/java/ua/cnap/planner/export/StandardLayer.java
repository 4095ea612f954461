package ua.cnap.planner.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import ua.cnap.planner.io.BadInputException;

/** The layers the planner exports today, by the name used in URLs, file names and tables. */
public enum StandardLayer {
    HROMADAS("hromadas"),
    SETTLEMENTS("settlements"),
    ACCESS_POINTS("access-points"),
    WHITE_SPOTS("white-spots"),
    /** Needs a plan. */
    PROPOSALS("proposals");

    private final String layerName;

    StandardLayer(String layerName) {
        this.layerName = layerName;
    }

    public String layerName() {
        return layerName;
    }

    /** Only the listed names are accepted: a name from a request never reaches a file path unchecked. */
    public static StandardLayer parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (StandardLayer layer : values()) {
            if (layer.layerName.equals(wanted)) {
                return layer;
            }
        }
        throw new BadInputException("layer", text, "unknown layer; use one of "
                + Arrays.stream(values()).map(StandardLayer::layerName).collect(Collectors.joining(", "))
                + " or all");
    }
}
