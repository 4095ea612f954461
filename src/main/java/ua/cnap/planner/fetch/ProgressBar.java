package ua.cnap.planner.fetch;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Download progress of one file. On a terminal one line is redrawn with {@code \r}; elsewhere (logs,
 * CI, tests) a plain line is printed at every tenth of a large file, so logs stay short.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long PLAIN_LINES_ABOVE_BYTES = 5L * 1024 * 1024;
    private static final long REDRAW_EVERY_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean interactive;
    private final String label;
    private final long totalBytes;
    private long lastDrawNanos;
    private int lastTenth;

    ProgressBar(PrintStream out, boolean interactive, String label, long totalBytes) {
        this.out = out;
        this.interactive = interactive;
        this.label = label;
        this.totalBytes = totalBytes;
    }

    void update(long bytes) {
        if (interactive) {
            long now = System.nanoTime();
            if (now - lastDrawNanos >= REDRAW_EVERY_NANOS) {
                lastDrawNanos = now;
                out.print("\r" + line(bytes));
                out.flush();
            }
        } else if (totalBytes > PLAIN_LINES_ABOVE_BYTES) {
            int tenth = (int) Math.min(10, bytes * 10 / totalBytes);
            if (tenth > lastTenth && tenth < 10) {
                lastTenth = tenth;
                out.println(line(bytes));
            }
        }
    }

    void finish(long bytes) {
        if (interactive) {
            out.print("\r" + line(bytes) + System.lineSeparator());
        } else {
            out.println(line(bytes));
        }
        out.flush();
    }

    private String line(long bytes) {
        if (totalBytes <= 0) {
            return String.format(Locale.ROOT, "  %s %s", label, size(bytes));
        }
        int percent = (int) Math.min(100, bytes * 100 / totalBytes);
        int filled = percent * WIDTH / 100;
        return String.format(Locale.ROOT, "  %s [%s%s] %3d%% %s/%s", label, "#".repeat(filled),
                " ".repeat(WIDTH - filled), percent, size(bytes), size(totalBytes));
    }

    private static String size(long bytes) {
        return bytes < 1_048_576
                ? String.format(Locale.ROOT, "%.1f kB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
