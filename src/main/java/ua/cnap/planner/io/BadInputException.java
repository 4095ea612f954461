package ua.cnap.planner.io;

/**
 * Input that cannot be imported. The message always names the file, the row or feature, and the
 * reason, so that a user can find and fix it.
 */
public class BadInputException extends RuntimeException {

    private final String source;
    private final String item;
    private final String reason;

    public BadInputException(String source, String item, String reason) {
        this(source, item, reason, null);
    }

    public BadInputException(String source, String item, String reason, Throwable cause) {
        super(format(source, item, reason), cause);
        this.source = source;
        this.item = item;
        this.reason = reason;
    }

    private static String format(String source, String item, String reason) {
        StringBuilder message = new StringBuilder(source == null ? "input" : source);
        if (item != null && !item.isBlank()) {
            message.append(", ").append(item);
        }
        return message.append(": ").append(reason).toString();
    }

    public String source() {
        return source;
    }

    public String item() {
        return item;
    }

    public String reason() {
        return reason;
    }
}
