package ua.cnap.planner.fetch;

/**
 * One file of a {@link Source}: where it lands ({@code path}, relative to the data folder, the same
 * layout as the read-only mirror) and where it comes from. A derived file has no URL: it is
 * produced from {@code derivedFrom} (a source id or URL) as its {@code note} describes.
 *
 * @param live true when upstream regenerates the file, so its checksum is expected to change
 */
public record SourceFile(
        String path,
        String url,
        UrlCheck urlCheck,
        boolean derived,
        String derivedFrom,
        boolean live,
        String note,
        String sha256,
        long sizeBytes) {
}
