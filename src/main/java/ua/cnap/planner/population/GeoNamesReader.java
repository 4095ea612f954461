package ua.cnap.planner.population;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;
import ua.cnap.planner.io.Wgs84;

/**
 * Reads a GeoNames country dump exactly as published: {@code XX.zip} (streamed, its {@code XX.txt}
 * entry) or the bare {@code XX.txt}; 19 tab-separated columns, UTF-8, no header (see GeoNames'
 * readme). Keeps feature class P (populated places) except the codes in {@link #EXCLUDED}, which
 * are not places where people live now; each excluded code is reported once with its count.
 * The file is not parsed with Commons CSV: GeoNames text is not CSV (quotes are literal
 * characters), and a plain tab split is exact.
 */
public final class GeoNamesReader {

    static final int COLUMNS = 19;

    /** Feature codes of class P left out, with the words for the summary warning. */
    static final Map<String, String> EXCLUDED = orderedExclusions();

    private static Map<String, String> orderedExclusions() {
        Map<String, String> excluded = new LinkedHashMap<>();
        excluded.put("PPLX", "sections of populated places");
        excluded.put("PPLQ", "abandoned populated places");
        excluded.put("PPLH", "historical populated places");
        excluded.put("PPLW", "destroyed populated places");
        excluded.put("PPLCH", "historical capitals");
        return java.util.Collections.unmodifiableMap(excluded);
    }

    public List<GeoNamesPlace> read(Path uaZipOrTxt, ImportLog log) {
        String source = uaZipOrTxt.toString();
        if (!Files.isRegularFile(uaZipOrTxt)) {
            throw new BadInputException(source, null, "file not found");
        }
        try (InputStream in = Files.newInputStream(uaZipOrTxt)) {
            if (!source.toLowerCase(Locale.ROOT).endsWith(".zip")) {
                return read(in, source, log);
            }
            try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
                for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    String entryName = entry.getName();
                    String base = entryName.substring(entryName.lastIndexOf('/') + 1);
                    if (!entry.isDirectory() && base.toLowerCase(Locale.ROOT).endsWith(".txt")
                            && !base.equalsIgnoreCase("readme.txt")) {
                        return read(zip, source + "!" + entryName, log);
                    }
                }
            }
            throw new BadInputException(source, null, "no GeoNames .txt entry (other than readme.txt) in the zip");
        } catch (IOException e) {
            throw new BadInputException(source, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads the dump text from a stream that the caller closes. */
    public List<GeoNamesPlace> read(InputStream in, String source, ImportLog log) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        Map<String, Integer> excludedCounts = new LinkedHashMap<>();
        List<GeoNamesPlace> places = new ArrayList<>();
        long lineNumber = 0;
        String line;
        try {
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                String item = "line " + lineNumber;
                String[] cells = line.split("\t", -1);
                if (cells.length != COLUMNS) {
                    throw new BadInputException(source, item,
                            cells.length + " tab-separated columns, expected " + COLUMNS);
                }
                long id = parseLong(cells[0], "geonameid", source, item);
                item = item + " (geonameid " + id + ")";
                double lat = parseDouble(cells[4], "latitude", source, item);
                double lon = parseDouble(cells[5], "longitude", source, item);
                long population = cells[14].isBlank() ? 0 : parseLong(cells[14], "population", source, item);
                if (!"P".equals(cells[6])) {
                    continue;
                }
                String code = cells[7];
                if (EXCLUDED.containsKey(code)) {
                    excludedCounts.merge(code, 1, Integer::sum);
                    continue;
                }
                Wgs84.point(lon, lat, source, item);
                if (population < 0) {
                    throw new BadInputException(source, item, "negative population " + population);
                }
                List<String> alternates = cells[3].isBlank() ? List.of()
                        : Arrays.stream(cells[3].split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                places.add(new GeoNamesPlace(id, cells[1], cells[2], alternates, lon, lat, code, cells[10],
                        cells[11], population));
            }
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, "line " + (lineNumber + 1), "not UTF-8 text", e);
        }
        for (Map.Entry<String, String> excluded : EXCLUDED.entrySet()) {
            Integer count = excludedCounts.get(excluded.getKey());
            if (count != null) {
                log.warn(source, excluded.getKey(), count + " " + excluded.getValue() + " (feature code "
                        + excluded.getKey() + ") left out");
            }
        }
        return places;
    }

    private static long parseLong(String text, String column, String source, String item) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(source, item, column + " is not a whole number: '" + text + "'");
        }
    }

    private static double parseDouble(String text, String column, String source, String item) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInputException(source, item, column + " is not a number: '" + text + "'");
        }
    }
}
