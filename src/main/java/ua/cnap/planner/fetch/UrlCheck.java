package ua.cnap.planner.fetch;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How far a catalogue URL was checked against the mirrored copy when the catalogue was written.
 * Informational only: the SHA-256 of every download decides whether a file is installed.
 */
public enum UrlCheck {
    /** The upstream path exists and its stored text has the length of the mirrored file. */
    @JsonProperty("matched")
    MATCHED,
    /** The upstream path exists; its content was not compared (binary) or did not match. */
    @JsonProperty("path-found")
    PATH_FOUND,
    /** Not looked up one by one; follows the naming confirmed on other files of the same source. */
    @JsonProperty("pattern")
    PATTERN,
    /** No upstream file of this name was found; the URL is the best candidate. */
    @JsonProperty("unconfirmed")
    UNCONFIRMED
}
