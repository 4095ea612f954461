package ua.cnap.planner.fetch;

import java.util.List;

/** One public data set of the catalogue, with its licence and the files it consists of. */
public record Source(
        String id,
        String description,
        String licence,
        String attribution,
        String note,
        List<SourceFile> files) {

    public Source {
        files = files == null ? List.of() : List.copyOf(files);
    }
}
