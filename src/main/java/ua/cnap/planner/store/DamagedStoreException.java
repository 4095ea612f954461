package ua.cnap.planner.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The embedded database file exists but cannot be opened: it is damaged. The message says so in
 * Ukrainian and English and names the recovery command; {@link #latestBackup()} is the newest backup
 * in the workspace, if any.
 */
public final class DamagedStoreException extends StoreException {

    private final Path databaseFile;
    private final Path latestBackup;
    private final String detail;

    public DamagedStoreException(Path databaseFile, Path latestBackup, String detail, Throwable cause) {
        super(message(databaseFile, latestBackup, detail), cause);
        this.databaseFile = databaseFile;
        this.latestBackup = latestBackup;
        this.detail = detail;
    }

    private static String message(Path databaseFile, Path latestBackup, String detail) {
        String file = databaseFile.toString();
        String restore = "cnap-planner store restore " + (latestBackup == null ? "FILE" : latestBackup.toString());
        return "Сховище пошкоджене і не відкривається: " + file + ". Відновіть його з резервної копії: " + restore
                + " (сервер має бути зупинений; пошкоджений файл буде збережено поруч з копіями)."
                + (latestBackup == null ? " Резервних копій у робочій теці немає: зробіть `import` наново." : "")
                + " / The store is damaged and cannot be opened: " + file + ". Restore it from a backup: " + restore
                + " (with the server stopped; the damaged file is kept beside the backups)."
                + (latestBackup == null ? " There is no backup in the workspace: run `import` again." : "")
                + " [" + detail + "]";
    }

    public Path databaseFile() {
        return databaseFile;
    }

    public Optional<Path> latestBackup() {
        return Optional.ofNullable(latestBackup);
    }

    /** What H2 said, in one line. */
    public String detail() {
        return detail;
    }
}
