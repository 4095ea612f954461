package ua.cnap.planner.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The embedded store as files in the workspace: the H2 database file, its backups in
 * {@code workspace/backups}, and how a connection to it fails.
 *
 * <p>A backup is a copy of the closed database file, taken under the same file lock H2 takes, so no
 * process can open the store while it is copied; it is written under a temporary name and renamed
 * in one step, so a backup that exists is complete. A restore checks that the backup opens before it
 * takes the place of the current file, and keeps the file it replaces beside the backups. H2's own
 * {@code BACKUP TO} would work on an open store but zips it, which was too slow for a backup before
 * every import.
 */
public final class EmbeddedStoreFiles {

    /** H2 adds this to the database name. */
    public static final String FILE_SUFFIX = ".mv.db";
    public static final String BACKUP_FOLDER = "backups";
    /** Backups made before an import that are kept; older ones are deleted. */
    public static final int KEPT_IMPORT_BACKUPS = 3;
    static final String BEFORE_IMPORT_PREFIX = "before-import-";

    /** H2 error codes (org.h2.api.ErrorCode) that say nothing about the file's health. */
    private static final int DATABASE_ALREADY_OPEN = 90020;
    private static final int WRONG_USER_OR_PASSWORD = 28000;
    private static final int DATABASE_NOT_FOUND = 90146;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS")
            .withZone(ZoneOffset.UTC);

    private final Path workspace;
    private final Clock clock;

    public EmbeddedStoreFiles(Path workspace) {
        this(workspace, Clock.systemUTC());
    }

    EmbeddedStoreFiles(Path workspace, Clock clock) {
        this.workspace = workspace.toAbsolutePath().normalize();
        this.clock = clock;
    }

    public Path workspace() {
        return workspace;
    }

    public Path databaseFile() {
        return workspace.resolve(PlannerStore.EMBEDDED_DATABASE_NAME + FILE_SUFFIX);
    }

    public Path backupFolder() {
        return workspace.resolve(BACKUP_FOLDER);
    }

    /** H2's JDBC URL of a database file ({@code name.mv.db}). */
    static String jdbcUrl(Path databaseFile, String settings) {
        String name = databaseFile.toString();
        return "jdbc:h2:file:" + name.substring(0, name.length() - FILE_SUFFIX.length()) + settings;
    }

    /**
     * Opens one plain connection to a database file, telling a damaged file from one in use.
     *
     * @throws DamagedStoreException the file exists and H2 cannot open it
     * @throws StoreException        it is in use by another process, or cannot be reached
     */
    Connection connect(Path databaseFile, String settings) {
        try {
            return DriverManager.getConnection(jdbcUrl(databaseFile, settings), "sa", "");
        } catch (SQLException e) {
            if (e.getErrorCode() == DATABASE_ALREADY_OPEN) {
                throw new StoreException("the embedded store in " + databaseFile.getParent() + " is in use by another"
                        + " cnap-planner process: stop it or use another --workspace", e);
            }
            if (!Files.exists(databaseFile) || e.getErrorCode() == WRONG_USER_OR_PASSWORD
                    || e.getErrorCode() == DATABASE_NOT_FOUND) {
                throw new StoreException("cannot open the embedded store " + databaseFile + ": " + e.getMessage(), e);
            }
            throw new DamagedStoreException(databaseFile, findLatestBackup().orElse(null), oneLine(e), e);
        }
    }

    private static String oneLine(SQLException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int end = text.indexOf('\n');
        text = end < 0 ? text : text.substring(0, end);
        return "H2 " + e.getErrorCode() + ": " + (text.length() > 300 ? text.substring(0, 300) + "…" : text);
    }

    /** Backups in the backup folder, newest first. */
    public List<Path> listBackups() {
        if (!Files.isDirectory(backupFolder())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(backupFolder())) {
            return files.filter(f -> f.getFileName().toString().endsWith(FILE_SUFFIX))
                    .sorted(Comparator.comparing(EmbeddedStoreFiles::modified).reversed()
                            .thenComparing(Comparator.reverseOrder()))
                    .toList();
        } catch (IOException e) {
            throw new StoreException("cannot list the backups in " + backupFolder() + ": " + e.getMessage(), e);
        }
    }

    public Optional<Path> findLatestBackup() {
        return listBackups().stream().findFirst();
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Copies the closed store to {@code target} (default: {@code backups/cnap-planner-<time>.mv.db}).
     *
     * @return the backup file
     * @throws StoreException no store yet, the store is open in a process, or the copy failed (then
     *                        no backup file is left)
     */
    public Path backup(Path target) {
        Path file = target == null ? backupFolder().resolve(PlannerStore.EMBEDDED_DATABASE_NAME + "-" + stamp()
                + FILE_SUFFIX) : target.toAbsolutePath().normalize();
        if (!file.getFileName().toString().endsWith(FILE_SUFFIX)) {
            throw new StoreException("a backup file name must end with " + FILE_SUFFIX + ": " + file);
        }
        copyLocked(databaseFile(), file);
        return file;
    }

    /**
     * The backup taken before an import: a copy of the closed store, unless there is none yet. Only
     * the newest {@value #KEPT_IMPORT_BACKUPS} such backups are kept.
     */
    public Optional<Path> backupBeforeImport() {
        if (!Files.exists(databaseFile())) {
            return Optional.empty();
        }
        Path file = backup(backupFolder().resolve(BEFORE_IMPORT_PREFIX + stamp() + FILE_SUFFIX));
        List<Path> older = listBackups().stream()
                .filter(f -> f.getFileName().toString().startsWith(BEFORE_IMPORT_PREFIX))
                .skip(KEPT_IMPORT_BACKUPS).toList();
        for (Path old : older) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new StoreException("cannot delete the old backup " + old + ": " + e.getMessage(), e);
            }
        }
        return Optional.of(file);
    }

    /**
     * Puts {@code backup} in the place of the store, after checking that it opens. The file it replaces
     * (damaged or not) is moved to {@code backups/replaced-<time>.mv.db}.
     *
     * @return where the replaced file was kept, empty if there was none
     */
    public Optional<Path> restore(Path backup) {
        Path source = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new StoreException("no backup file " + source);
        }
        Path restoring = workspace.resolve(PlannerStore.EMBEDDED_DATABASE_NAME + "-restoring" + FILE_SUFFIX);
        copyLocked(source, restoring);
        try {
            verifyOpens(restoring);
            Optional<Path> replaced = Optional.empty();
            boolean exists = Files.exists(databaseFile());
            try (FileChannel current = exists ? FileChannel.open(databaseFile(), StandardOpenOption.READ,
                    StandardOpenOption.WRITE) : null;
                    FileLock ignored = exists ? lock(current, databaseFile()) : null) {
                if (exists) {
                    Path kept = backupFolder().resolve("replaced-" + stamp() + FILE_SUFFIX);
                    Files.createDirectories(backupFolder());
                    move(databaseFile(), kept);
                    replaced = Optional.of(kept);
                }
                move(restoring, databaseFile());
            }
            return replaced;
        } catch (IOException e) {
            throw new StoreException("the store was not restored from " + source + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(restoring);
        }
    }

    private void verifyOpens(Path databaseFile) {
        try (Connection connection = connect(databaseFile, ";IFEXISTS=TRUE");
                var statement = connection.createStatement();
                var rs = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                        + " WHERE LOWER(TABLE_NAME) = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                throw new StoreException("not a cnap-planner store (no schema history): " + databaseFile);
            }
        } catch (DamagedStoreException e) {
            throw new StoreException("the backup is damaged too and was not restored: " + e.detail(), e);
        } catch (SQLException e) {
            throw new StoreException("the backup cannot be read: " + e.getMessage(), e);
        }
    }

    private void copyLocked(Path from, Path to) {
        if (!Files.exists(from)) {
            throw new StoreException("there is no embedded store to copy at " + from);
        }
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        try {
            Files.createDirectories(to.toAbsolutePath().getParent());
            try (FileChannel source = FileChannel.open(from, StandardOpenOption.READ, StandardOpenOption.WRITE);
                    FileLock ignored = lock(source, from);
                    FileChannel target = FileChannel.open(partial, StandardOpenOption.CREATE,
                            StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                long size = source.size();
                for (long position = 0; position < size; ) {
                    position += source.transferTo(position, size - position, target);
                }
                target.force(true);
            }
            move(partial, to);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException("cannot copy " + from + " to " + to + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    private static FileLock lock(FileChannel channel, Path file) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw new StoreException("the embedded store " + file + " is open in a running cnap-planner (server or"
                    + " command): stop it first");
        }
        return lock;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover temporary file; the next backup overwrites it
        }
    }

    private String stamp() {
        return STAMP.format(clock.instant());
    }
}
