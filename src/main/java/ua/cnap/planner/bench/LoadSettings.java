package ua.cnap.planner.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

/**
 * What a load run does: {@code users} simulated map users each requesting {@code paths} in turn
 * with a short think time, and {@code solves} clients each starting a plan, polling it to the end and
 * starting the next, all for {@code duration}.
 *
 * @param baseUrl     the server, loopback only (this is a bench, not a tool to load other people's servers)
 * @param users       concurrent map users, 1..{@value #MAX_USERS}
 * @param duration    wall time, at most {@value #MAX_SECONDS} s
 * @param paths       GET paths with query, each starting with {@code /}
 * @param thinkTime   mean pause between a user's requests (uniform in 0.5..1.5 of it)
 * @param solves      concurrent plan clients, 0..{@value #MAX_SOLVES}
 * @param plan        the plan each solve client starts
 * @param bearerToken sent as {@code Authorization: Bearer …} when not null
 */
public record LoadSettings(URI baseUrl, int users, Duration duration, List<String> paths, Duration thinkTime,
        int solves, PlanLoad plan, String bearerToken) {

    public static final int MAX_USERS = 200;
    public static final int MAX_SECONDS = 300;
    public static final int MAX_SOLVES = 10;

    /**
     * The map's requests for Chernivtsi oblast: oblasts, its hromadas, the coverage summary and the
     * white-spot layer. Layer endpoints of the map page can be added with {@code --paths}.
     */
    public static final List<String> DEFAULT_PATHS = List.of(
            "/api/oblasts",
            "/api/hromadas?oblast=UA73000000000044923",
            "/api/coverage?oblast=Chernivetska",
            "/api/coverage/white-spots.geojson?oblast=Chernivetska");

    /**
     * The body of {@code POST /api/plans}.
     *
     * @param timeLimitSeconds      OptaPlanner's time limit
     * @param exactTimeLimitSeconds the exact reference's (CP-SAT) time limit
     */
    public record PlanLoad(String oblast, long budgetUah, double minutes, double km, int timeLimitSeconds,
            int exactTimeLimitSeconds) {

        /** Chernivtsi, 10 min / 5 km, 3 million UAH, 20 s + 20 s. */
        public static final PlanLoad DEFAULT = new PlanLoad("Chernivetska", 3_000_000, 10, 5, 20, 20);
    }

    public LoadSettings {
        if (baseUrl == null || baseUrl.getHost() == null || !"http".equals(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the URL must be http://HOST:PORT, got " + baseUrl);
        }
        if (!isLoopback(baseUrl.getHost())) {
            throw new IllegalArgumentException("refused: " + baseUrl.getHost()
                    + " is not a loopback address; the load bench only targets this machine (127.0.0.1, localhost)");
        }
        if (users < 1 || users > MAX_USERS) {
            throw new IllegalArgumentException("users must be 1.." + MAX_USERS + ", got " + users);
        }
        if (duration.isNegative() || duration.isZero() || duration.toSeconds() > MAX_SECONDS) {
            throw new IllegalArgumentException("duration must be 1.." + MAX_SECONDS + " s, got " + duration);
        }
        if (paths.isEmpty() || paths.stream().anyMatch(p -> !p.startsWith("/"))) {
            throw new IllegalArgumentException("paths must be non-empty and each start with '/': " + paths);
        }
        if (solves < 0 || solves > MAX_SOLVES) {
            throw new IllegalArgumentException("solves must be 0.." + MAX_SOLVES + ", got " + solves);
        }
        if (thinkTime.isNegative()) {
            throw new IllegalArgumentException("think time must not be negative");
        }
        paths = List.copyOf(paths);
    }

    private static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host.replaceAll("^\\[|\\]$", ""))) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
