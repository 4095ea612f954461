package ua.cnap.planner.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses input files larger than a reader can hold in memory, before a byte is read: a cheap guard
 * for files that users upload or point the import at. The limits live with the readers
 * ({@link CsvFiles#MAX_FILE_BYTES}, {@link GeoJsonFeatureReader#MAX_FILE_BYTES}).
 */
final class FileSizeLimit {

    private static final long MIB = 1024 * 1024;

    private FileSizeLimit() {
    }

    /**
     * @param what what the file should be, for the message ("a table")
     * @throws BadInputException naming the file, its size and the limit
     */
    static void check(Path file, long maxBytes, String what) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new BadInputException(file.toString(), null, "cannot read its size: " + e.getMessage(), e);
        }
        if (bytes > maxBytes) {
            throw new BadInputException(file.toString(), null, "the file is larger than " + maxBytes / MIB
                    + " MB (it has " + bytes + " bytes), the most accepted for " + what
                    + "; is it the right file? Split a larger one into several files");
        }
    }
}
