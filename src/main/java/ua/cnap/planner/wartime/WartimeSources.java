package ua.cnap.planner.wartime;

/** Where the data folder keeps the Order 376 list (layout of data/sources.yaml). */
public final class WartimeSources {

    public static final String ORDER_376_PATH = "codifier/Perelik_07052025_order376.docx";

    private WartimeSources() {
    }
}
