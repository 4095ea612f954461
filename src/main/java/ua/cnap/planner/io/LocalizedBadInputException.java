package ua.cnap.planner.io;

import java.util.List;

/**
 * Bad input whose message exists in the user's languages: {@link #messageKey()} names it in the web's
 * message bundles ({@code web-errors_uk.properties}, {@code web-errors_en.properties}), filled with
 * {@link #messageArguments()}. The English {@link #reason()} stays for the command line and logs.
 */
public class LocalizedBadInputException extends BadInputException {

    private final String messageKey;
    private final List<Object> messageArguments;

    public LocalizedBadInputException(String source, String item, String reason, String messageKey,
            Object... messageArguments) {
        super(source, item, reason);
        this.messageKey = messageKey;
        this.messageArguments = List.of(messageArguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] messageArguments() {
        return messageArguments.toArray();
    }
}
