package ua.cnap.planner.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy of every response: scripts only from this server plus the inline scripts of
 * the map page (its import map), allowed by their SHA-256 hashes read from {@code static/index.html} at
 * start, so the policy follows the page; images from this server and the configured tile host; requests
 * to this server only; no plugins, no framing, forms only to this server. Styles allow inline style
 * attributes ({@code 'unsafe-inline'}) because Leaflet positions its panes and markers with them.
 */
public final class ContentSecurityPolicy {

    private static final Pattern INLINE_SCRIPT = Pattern.compile(
            "<script(?![^>]*\\bsrc\\s*=)[^>]*>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private ContentSecurityPolicy() {
    }

    /**
     * @param tileUrl  the basemap's tile URL template ({@code {s}} in the host becomes {@code *}); empty: none
     * @param pageHtml the map page, whose inline scripts are allowed by hash; null: none
     */
    public static String policy(String tileUrl, String pageHtml) {
        List<String> scripts = new ArrayList<>(List.of("'self'"));
        inlineScriptHashes(pageHtml).forEach(hash -> scripts.add("'sha256-" + hash + "'"));
        List<String> images = new ArrayList<>(List.of("'self'", "data:"));
        tileSource(tileUrl).ifPresent(images::add);
        return String.join("; ", List.of(
                "default-src 'self'",
                "script-src " + String.join(" ", scripts),
                "style-src 'self' 'unsafe-inline'",
                "img-src " + String.join(" ", images),
                "connect-src 'self'",
                "font-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors 'none'"));
    }

    /** The scheme and host of the tile URL, {@code {s}} and other placeholders in the host as {@code *}. */
    static java.util.Optional<String> tileSource(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return java.util.Optional.empty();
        }
        Matcher m = Pattern.compile("^(https?)://([^/]+)").matcher(tileUrl.strip());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        String host = m.group(2).replaceAll("\\{[^}]*}", "*");
        // a wildcard must be the host's first label in CSP: a.{s}.tiles.org → *.tiles.org
        int star = host.lastIndexOf('*');
        if (star > 0) {
            host = "*" + host.substring(star + 1);
        }
        URI.create(m.group(1) + "://" + host.replace("*", "x")); // throws on a host CSP could not hold
        return java.util.Optional.of(m.group(1) + "://" + host);
    }

    /** Base64 SHA-256 of each inline script's text, as CSP hashes it. */
    static Set<String> inlineScriptHashes(String html) {
        Set<String> hashes = new LinkedHashSet<>();
        if (html == null) {
            return hashes;
        }
        Matcher m = INLINE_SCRIPT.matcher(html);
        while (m.find()) {
            hashes.add(sha256(m.group(1)));
        }
        return hashes;
    }

    /** The map page from the jar, or null when there is none. */
    static String mapPage() {
        try (InputStream in = ContentSecurityPolicy.class.getClassLoader().getResourceAsStream("static/index.html")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
