package ua.cnap.planner.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import ua.cnap.planner.coverage.CoverageService;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportIssue;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.LocalizedBadInputException;
import ua.cnap.planner.network.AccessPoint;
import ua.cnap.planner.network.AccessPointKind;
import ua.cnap.planner.network.AccessPointPlacer;
import ua.cnap.planner.network.AccessPointRepository;
import ua.cnap.planner.network.ChernivtsiRegisterReader;
import ua.cnap.planner.network.Register;
import ua.cnap.planner.network.TemplateRegisterReader;
import ua.cnap.planner.territory.Hromada;
import ua.cnap.planner.territory.HromadaLocator;
import ua.cnap.planner.territory.Oblast;
import ua.cnap.planner.territory.TerritoryRepository;

/**
 * An oblast's register of offices uploaded from the map, in two steps: {@link #validate} reads and
 * places every row and reports each rejected, repaired or doubtful one without writing anything;
 * {@link #confirm} then replaces the oblast's register in one transaction and tells the listeners
 * (the map's caches) that coverage changed.
 *
 * <p>Which register an upload replaces: the oblast's current (non-historical) register when it has
 * one (so the new file drives coverage instead of being added to the old one), else a new register
 * {@code upload-<oblast code>}. Validated uploads wait in memory for confirmation, at most
 * {@value #KEPT_UPLOADS} of them (the oldest is forgotten first).
 */
public final class RegisterUploadService {

    static final int KEPT_UPLOADS = 5;

    private final TerritoryRepository territory;
    private final AccessPointRepository network;
    private final DatasetStore store;
    private final Runnable onRegisterReplaced;
    private final Map<String, Pending> pending = new LinkedHashMap<>(8, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > KEPT_UPLOADS;
        }
    };

    /**
     * @param onRegisterReplaced run after a register was saved (e.g. to drop cached coverage)
     */
    public RegisterUploadService(TerritoryRepository territory, AccessPointRepository network, DatasetStore store,
            Runnable onRegisterReplaced) {
        this.territory = territory;
        this.network = network;
        this.store = store;
        this.onRegisterReplaced = onRegisterReplaced;
    }

    /** A validated upload waiting for confirmation. */
    private record Pending(Register register, List<AccessPoint> accessPoints, String owner, int rejectedRows,
            int currentAccessPoints) {
    }

    /**
     * What validation found.
     *
     * @param uploadId     id to confirm with; null when nothing can be saved (a fatal error or no valid row)
     * @param fileName     the uploaded file's name
     * @param format       the format it was read as
     * @param register     the register it would replace or create
     * @param replaces     true when an existing register would be replaced
     * @param accessPoints valid access points that would be saved
     * @param byKind       of them, per kind
     * @param rejected     rows left out, each with the reason
     * @param repaired     rows changed, each with what was done
     * @param warnings     rows kept with a remark
     * @param fatal        why the file as a whole cannot be read (a missing column, say), else null
     * @param currentAccessPoints access points the oblast's current register holds now (0 when it has none):
     *                     what saving would replace
     */
    public record Validation(String uploadId, String fileName, RegisterFormat format, Register register,
            boolean replaces, int accessPoints, Map<AccessPointKind, Integer> byKind, List<ImportIssue> rejected,
            List<ImportIssue> repaired, List<ImportIssue> warnings, ImportIssue fatal, int currentAccessPoints) {
    }

    /** What confirmation saved. */
    public record Saved(Register register, int accessPoints) {
    }

    /**
     * Reads and checks an upload; writes nothing.
     *
     * @param fileName the file's name as uploaded (its extension tells template CSV from GeoJSON)
     * @param content  the file
     * @param format   {@link RegisterFormat#CHERNIVTSI_OFFICIAL} or {@link RegisterFormat#TEMPLATE}
     * @param oblast   the oblast the register is for: code or name
     */
    public Validation validate(String fileName, byte[] content, RegisterFormat format, String oblast) {
        return validate(fileName, content, format, oblast, null);
    }

    /** As {@link #validate(String, byte[], RegisterFormat, String)}, by {@code owner}, who alone (or an admin) may confirm it. */
    public Validation validate(String fileName, byte[] content, RegisterFormat format, String oblast, String owner) {
        if (format != RegisterFormat.CHERNIVTSI_OFFICIAL && format != RegisterFormat.TEMPLATE) {
            throw new BadInputException("format", String.valueOf(format),
                    "uploads are read as CHERNIVTSI_OFFICIAL or TEMPLATE (docs/register-template.md)");
        }
        String name = safeName(fileName);
        Oblast target = CoverageService.resolveOblast(oblast, territory.listOblasts());
        Register current = network.listRegisters().stream()
                .filter(r -> !r.historical() && target.code().equals(r.oblastCode()))
                .findFirst().orElse(null);
        Register register = new Register(current == null ? "upload-" + target.code().toLowerCase(Locale.ROOT)
                : current.id(), "Реєстр точок доступу, " + target.nameUk() + " область (завантажено: "
                        + shortened(name, SHOWN_NAME_LENGTH) + ")",
                LocalDate.now(), false, target.code(), "upload: " + name);
        int currentPoints = current == null ? 0 : network.listAccessPoints(current.id()).size();
        ImportLog log = new ImportLog();
        List<AccessPoint> placed;
        try {
            List<AccessPoint> read = read(name, content, format, register, log);
            List<Hromada> hromadas = territory.listHromadas();
            Map<String, Hromada> byCode = new HashMap<>();
            hromadas.forEach(h -> byCode.put(h.code(), h));
            HromadaLocator locator = new HromadaLocator(hromadas.stream().filter(h -> h.boundary() != null).toList());
            placed = fittingTheStore(new AccessPointPlacer().place(read, locator, byCode, log), name, log);
            for (AccessPoint point : placed) {
                Hromada hromada = point.hromadaCode() == null ? null : byCode.get(point.hromadaCode());
                if (hromada != null && !target.code().equals(hromada.oblastCode())) {
                    log.warn(name, point.id(), "lies in " + hromada.nameUk() + ", outside " + target.nameUk()
                            + " oblast; kept (residents may cross the border)");
                }
            }
        } catch (BadInputException e) {
            return new Validation(null, name, format, register, current != null, 0, Map.of(),
                    inUpload(log.rejected(), name), inUpload(log.repaired(), name), inUpload(log.warnings(), name),
                    inUpload(new ImportIssue(e.source(), e.item(), e.reason()), name), currentPoints);
        }
        Map<AccessPointKind, Integer> byKind = new EnumMap<>(AccessPointKind.class);
        placed.forEach(p -> byKind.merge(p.kind(), 1, Integer::sum));
        String uploadId = null;
        if (!placed.isEmpty()) {
            uploadId = UUID.randomUUID().toString();
            synchronized (pending) {
                pending.put(uploadId, new Pending(register, placed, owner, log.rejected().size(), currentPoints));
            }
        }
        return new Validation(uploadId, name, format, register, current != null, placed.size(), byKind,
                inUpload(log.rejected(), name), inUpload(log.repaired(), name), inUpload(log.warnings(), name),
                placed.isEmpty() ? new ImportIssue(name, null, "no valid access point in the file") : null,
                currentPoints);
    }

    /**
     * An issue as the uploader sees it: the file is named as uploaded, never by the server's temporary
     * folder it was read from (in the source or the reason).
     */
    static ImportIssue inUpload(ImportIssue issue, String uploadedName) {
        return new ImportIssue(withoutFolder(issue.source(), uploadedName), issue.item(),
                withoutFolder(issue.reason(), uploadedName));
    }

    private static List<ImportIssue> inUpload(List<ImportIssue> issues, String uploadedName) {
        return issues.stream().map(i -> inUpload(i, uploadedName)).toList();
    }

    private static String withoutFolder(String text, String uploadedName) {
        if (text == null) {
            return null;
        }
        // any absolute path ending in the uploaded file's name (or a file the reader opened beside it)
        return text.replaceAll("(?<![^\\s'\"(])(?:[A-Za-z]:)?[/\\\\][^\\s:'\"]*[/\\\\]([^/\\\\\\s:'\"]+)", "$1");
    }

    /** Saves a validated upload without rejected rows, replacing its register in one transaction. */
    public Saved confirm(String uploadId) {
        return confirm(uploadId, false, null, true);
    }

    /**
     * Saves a validated upload, replacing its register in one transaction, by {@code username}: only who
     * uploaded the file, or an admin, may confirm it (it replaces the oblast's register). An upload with
     * rejected rows is saved only when {@code rejectedRowsAccepted}: the planner has seen how many points
     * will be saved against how many the oblast has now, so that a network does not shrink by mistake.
     *
     * @throws UploadForbiddenException someone else's upload
     */
    public Saved confirm(String uploadId, boolean rejectedRowsAccepted, String username, boolean admin) {
        Pending upload;
        synchronized (pending) {
            upload = pending.get(uploadId);
            if (upload != null && !admin && (upload.owner() == null || !upload.owner().equals(username))) {
                throw new UploadForbiddenException("це завантаження зробив " + (upload.owner() == null
                        ? "командний рядок" : upload.owner()) + "; підтвердити його може лише він або адміністратор"
                        + " (only who uploaded the file, or an admin, may confirm it)");
            }
            if (upload != null && (upload.rejectedRows() == 0 || rejectedRowsAccepted)) {
                pending.remove(uploadId);
            }
        }
        if (upload == null) {
            throw new BadInputException("upload", uploadId,
                    "no validated upload with this id (validate the file again; only the last "
                            + KEPT_UPLOADS + " wait for confirmation)");
        }
        if (upload.rejectedRows() > 0 && !rejectedRowsAccepted) {
            throw new BadInputException("upload", uploadId, upload.rejectedRows() + " rows were rejected: saving would"
                    + " keep " + upload.accessPoints().size() + " access points where the oblast has "
                    + upload.currentAccessPoints() + " now; confirm that explicitly (acceptRejected=true)");
        }
        store.replaceRegister(upload.register(), upload.accessPoints());
        onRegisterReplaced.run();
        return new Saved(upload.register(), upload.accessPoints().size());
    }

    private static List<AccessPoint> read(String name, byte[] content, RegisterFormat format, Register register,
            ImportLog log) {
        Path folder = null;
        try {
            folder = Files.createTempDirectory("cnap-upload");
            Path file = folder.resolve(name);
            Files.write(file, content);
            ImportLog fileLog = new ImportLog();
            try {
                return format == RegisterFormat.CHERNIVTSI_OFFICIAL
                        ? ChernivtsiRegisterReader.rejectingBadRows().read(file, register, fileLog)
                        : TemplateRegisterReader.rejectingBadRows().read(file, register, fileLog);
            } catch (BadInputException e) {
                throw new BadInputException(named(e.source(), file, name), e.item(), named(e.reason(), file, name));
            } finally {
                // the readers name the temporary file by its path; the user knows it by its name
                fileLog.rejected().forEach(i -> log.reject(named(i.source(), file, name), i.item(),
                        named(i.reason(), file, name)));
                fileLog.repaired().forEach(i -> log.repaired(named(i.source(), file, name), i.item(),
                        named(i.reason(), file, name)));
                fileLog.warnings().forEach(i -> log.warn(named(i.source(), file, name), i.item(),
                        named(i.reason(), file, name)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload in a temporary file", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path f : files.toList()) {
                Files.deleteIfExists(f);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }

    /** Longest file name accepted, in UTF-8 bytes (what common file systems allow). */
    static final int MAX_FILE_NAME_BYTES = 255;
    /** How much of the file name the register's name shows (the store keeps 200 characters of it). */
    static final int SHOWN_NAME_LENGTH = 80;
    /** Column widths of the store (V1__core_schema.sql: access_point), checked before anything is saved. */
    static final int MAX_ID_LENGTH = 120;
    static final int MAX_NAME_LENGTH = 1000;
    static final int MAX_ADDRESS_LENGTH = 1000;
    static final int MAX_DECLARED_HROMADA_LENGTH = 200;

    /**
     * The file name without any folder part; "register.csv" when there is none.
     *
     * @throws LocalizedBadInputException for control characters (NUL among them) or a name over
     *         {@value #MAX_FILE_NAME_BYTES} bytes
     */
    static String safeName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "register.csv";
        }
        if (fileName.chars().anyMatch(Character::isISOControl)) {
            throw new LocalizedBadInputException("file", null, "the file name contains control characters (NUL?)",
                    "error.upload.fileNameControl");
        }
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).strip();
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_FILE_NAME_BYTES) {
            throw new LocalizedBadInputException("file", null, "the file name is " + bytes + " bytes long, at most "
                    + MAX_FILE_NAME_BYTES + " are allowed", "error.upload.fileNameTooLong", bytes, MAX_FILE_NAME_BYTES);
        }
        return name.isEmpty() || name.equals(".") || name.equals("..") ? "register.csv" : name;
    }

    private static String shortened(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }

    private static String named(String text, Path file, String name) {
        return text == null ? null : text.replace(file.toString(), name).replace(file.getParent().toString(), "");
    }

    /** Rows whose values the store cannot hold are rejected here, at validation, not at confirmation. */
    private static List<AccessPoint> fittingTheStore(List<AccessPoint> points, String source, ImportLog log) {
        List<AccessPoint> fitting = new java.util.ArrayList<>();
        for (AccessPoint point : points) {
            String tooLong = tooLong("id", point.id(), MAX_ID_LENGTH);
            tooLong = tooLong != null ? tooLong : tooLong("name", point.name(), MAX_NAME_LENGTH);
            tooLong = tooLong != null ? tooLong : tooLong("address", point.address(), MAX_ADDRESS_LENGTH);
            tooLong = tooLong != null ? tooLong
                    : tooLong("hromada", point.declaredHromadaName(), MAX_DECLARED_HROMADA_LENGTH);
            if (tooLong == null) {
                fitting.add(point);
            } else {
                log.reject(source, shortened(point.id(), SHOWN_NAME_LENGTH), tooLong);
            }
        }
        return fitting;
    }

    private static String tooLong(String field, String value, int limit) {
        return value != null && value.length() > limit
                ? field + " is " + value.length() + " characters long, at most " + limit + " are allowed" : null;
    }
}
