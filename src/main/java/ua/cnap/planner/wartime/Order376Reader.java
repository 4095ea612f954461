package ua.cnap.planner.wartime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import ua.cnap.planner.io.BadInputException;
import ua.cnap.planner.io.ImportLog;

/**
 * Reads the list of territories of hostilities and temporary occupation (Order 376 of the Ministry
 * for Communities and Territories Development, 28.02.2025, as amended) from the .docx the ministry
 * publishes.
 *
 * <p>A .docx is a zip; the list is the tables of {@code word/document.xml}. The JDK's StAX reads that
 * XML as a stream (12 MB for the whole list): Apache POI is not a dependency of the planner, and
 * four table cells per row need no more than the WordprocessingML elements {@code w:tbl},
 * {@code w:tr}, {@code w:tc}, {@code w:p}, {@code w:t} and {@code w:br}.
 *
 * <p>Each table belongs to the section whose heading paragraph precedes it ("1. Території можливих
 * бойових дій", …, "ІІ. Тимчасово окуповані …"); a table with no heading before it continues the
 * previous section (the published file splits section ІІ in two). Rows of one cell are oblast and
 * raion headings. A data row has four cells: code, name, start date(s), end date(s); a cell may hold
 * several dates (one period each, ends matched to starts in order, a missing end meaning ongoing).
 *
 * <p>As published means: names are kept with their "за винятком …" clauses; a code with spaces
 * inside ({@code UA 1416…}) is read without them and reported as repaired; a code that is not
 * {@code UA} + 17 digits is rejected in the import log with its table and row (the 07.05.2025 file
 * has one with 18 digits). A row whose structure is broken (not four cells, a date that is no date,
 * an end before its start, more ends than starts) is a {@link BadInputException} naming the table
 * and row: the list would be misread.
 */
public final class Order376Reader {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern CODE = Pattern.compile("UA\\d{17}");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*[.\\s]\\s*(\\d{4})");

    public WartimeList read(Path file, ImportLog log) {
        String source = file.toString();
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(source, null, "file not found");
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry document = zip.getEntry("word/document.xml");
            if (document == null) {
                throw new BadInputException(source, null, "not a Word document: no word/document.xml inside");
            }
            try (InputStream in = zip.getInputStream(document)) {
                return read(in, source, file.getFileName().toString(), log);
            }
        } catch (java.util.zip.ZipException e) {
            throw new BadInputException(source, null, "not a .docx (zip) file: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new BadInputException(source, null, "cannot read: " + e.getMessage(), e);
        }
    }

    WartimeList read(InputStream documentXml, String source, String fileName, ImportLog log) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Parse parse = new Parse(source, log);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(documentXml, "UTF-8");
            try {
                parse.run(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new BadInputException(source, "word/document.xml", "malformed XML: " + e.getMessage(), e);
        }
        if (parse.tables == 0) {
            throw new BadInputException(source, null, "no table found: not the Order 376 list");
        }
        if (parse.entries.isEmpty()) {
            throw new BadInputException(source, null, "no territory rows found in " + parse.tables + " tables");
        }
        String order = parse.orderParagraph == null ? "Order 376 of the Ministry for Communities and Territories "
                + "Development" : parse.orderParagraph;
        String sourceText = order + (parse.amendments == null ? "" : " " + parse.amendments) + " (" + fileName + ")";
        return new WartimeList(sourceText, parse.entries);
    }

    /** The state of one pass over the document. */
    private static final class Parse {
        final String source;
        final ImportLog log;
        final List<WartimeEntry> entries = new ArrayList<>();
        int tables;
        int tableDepth;
        WartimeCategory category;
        boolean tableHasHeading;
        String orderParagraph;
        String amendments;
        // the body paragraph being read (outside tables)
        StringBuilder paragraph;
        // the row being read
        List<List<StringBuilder>> row;
        int rowNumber;

        Parse(String source, ImportLog log) {
            this.source = source;
            this.log = log;
        }

        void run(XMLStreamReader xml) throws XMLStreamException {
            boolean inText = false;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "tbl" -> {
                            tableDepth++;
                            if (tableDepth == 1) {
                                tables++;
                                rowNumber = 0;
                                if (!tableHasHeading && category == null) {
                                    throw new BadInputException(source, "table " + tables,
                                            "no section heading (можливих / активних бойових дій, окуповані) before it");
                                }
                                tableHasHeading = false;
                            }
                        }
                        case "tr" -> {
                            if (tableDepth == 1) {
                                row = new ArrayList<>();
                                rowNumber++;
                            }
                        }
                        case "tc" -> {
                            if (tableDepth == 1 && row != null) {
                                row.add(new ArrayList<>());
                            }
                        }
                        case "p" -> {
                            if (tableDepth == 0) {
                                paragraph = new StringBuilder();
                            } else if (row != null && !row.isEmpty()) {
                                row.get(row.size() - 1).add(new StringBuilder());
                            }
                        }
                        case "t" -> inText = true;
                        case "br", "cr" -> newLine();
                        case "tab" -> append(" ");
                        default -> {
                            // formatting and other elements carry no text of the list
                        }
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
                    switch (xml.getLocalName()) {
                        case "tbl" -> tableDepth--;
                        case "tr" -> {
                            if (tableDepth == 1 && row != null) {
                                readRow(row);
                                row = null;
                            }
                        }
                        case "p" -> {
                            if (tableDepth == 0 && paragraph != null) {
                                bodyParagraph(paragraph.toString().replace('\u00a0', ' ').strip());
                                paragraph = null;
                            }
                        }
                        case "t" -> inText = false;
                        default -> {
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && inText) {
                    append(xml.getText());
                }
            }
        }

        private void append(String text) {
            if (tableDepth == 0) {
                if (paragraph != null) {
                    paragraph.append(text);
                }
            } else if (row != null && !row.isEmpty() && !row.get(row.size() - 1).isEmpty()) {
                List<StringBuilder> cell = row.get(row.size() - 1);
                cell.get(cell.size() - 1).append(text);
            }
        }

        private void newLine() {
            if (tableDepth > 0 && row != null && !row.isEmpty()) {
                row.get(row.size() - 1).add(new StringBuilder());
            } else {
                append(" ");
            }
        }

        private void bodyParagraph(String text) {
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            WartimeCategory heading = null;
            if (lower.contains("території можливих бойових дій")) {
                heading = WartimeCategory.POSSIBLE_HOSTILITIES;
            } else if (lower.contains("території активних бойових дій") && lower.contains("електронні")) {
                heading = WartimeCategory.ACTIVE_HOSTILITIES_WITH_STATE_E_RESOURCES;
            } else if (lower.contains("території активних бойових дій")) {
                heading = WartimeCategory.ACTIVE_HOSTILITIES;
            } else if (lower.contains("тимчасово окуповані")) {
                heading = WartimeCategory.OCCUPIED;
            } else if (orderParagraph == null && lower.contains("наказ") && lower.contains("376")) {
                orderParagraph = text.replace("ЗАТВЕРДЖЕНО", "").strip();
            } else if (amendments == null && lower.startsWith("{перелік із змінами")) {
                amendments = text;
            }
            if (heading != null) {
                category = heading;
                tableHasHeading = true;
            }
        }

        private void readRow(List<List<StringBuilder>> cells) {
            String item = "table " + tables + ", row " + rowNumber;
            List<List<String>> lines = cells.stream()
                    .map(c -> c.stream().map(b -> b.toString().replace('\u00a0', ' ').strip()).toList())
                    .toList();
            if (lines.size() == 1) {
                return; // an oblast or raion heading spanning the row
            }
            if (lines.size() != 4) {
                throw new BadInputException(source, item, "expected 4 cells (code, name, start, end), found "
                        + lines.size());
            }
            String rawCode = String.join("", lines.get(0));
            if (rawCode.equalsIgnoreCase("Код")) {
                checkHeader(item, String.join(" ", lines.get(2)));
                return;
            }
            String code = rawCode.replaceAll("\\s+", "");
            String name = String.join(" ", lines.get(1)).replaceAll("\\s+", " ").strip();
            if (!CODE.matcher(code).matches()) {
                log.reject(source, item + " (" + rawCode + ", " + name + ")",
                        "not a KATOTTG code (UA + 17 digits): left out of the list");
                return;
            }
            if (!code.equals(rawCode)) {
                log.repaired(source, item, "code '" + rawCode + "' read as " + code);
            }
            List<LocalDate> starts = dates(lines.get(2), item, "start");
            List<LocalDate> ends = dates(lines.get(3), item, "end");
            if (starts.isEmpty()) {
                throw new BadInputException(source, item, "no start date for " + code + " " + name);
            }
            if (ends.size() > starts.size()) {
                throw new BadInputException(source, item, "more end dates " + ends + " than start dates " + starts);
            }
            for (int i = 0; i < starts.size(); i++) {
                LocalDate end = i < ends.size() ? ends.get(i) : null;
                if (end != null && end.isBefore(starts.get(i))) {
                    throw new BadInputException(source, item, "ends " + end + " before it starts " + starts.get(i));
                }
                entries.add(new WartimeEntry(code, name, category, starts.get(i), end, item, null, null));
            }
        }

        private void checkHeader(String item, String startHeader) {
            boolean occupation = startHeader.toLowerCase(java.util.Locale.ROOT).contains("окупац");
            if (occupation != (category == WartimeCategory.OCCUPIED)) {
                throw new BadInputException(source, item, "the column '" + startHeader
                        + "' does not belong to the section " + category);
            }
        }

        private List<LocalDate> dates(List<String> cellLines, String item, String what) {
            List<LocalDate> dates = new ArrayList<>();
            for (String line : cellLines) {
                Matcher m = DATE.matcher(line);
                int end = 0;
                while (m.find()) {
                    if (!line.substring(end, m.start()).isBlank()) {
                        throw new BadInputException(source, item, "unreadable " + what + " date '" + line + "'");
                    }
                    try {
                        dates.add(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                                Integer.parseInt(m.group(1))));
                    } catch (DateTimeException e) {
                        throw new BadInputException(source, item, "impossible " + what + " date '" + line + "'");
                    }
                    end = m.end();
                }
                if (!line.substring(end).isBlank()) {
                    throw new BadInputException(source, item, "unreadable " + what + " date '" + line + "'");
                }
            }
            return dates;
        }
    }
}
