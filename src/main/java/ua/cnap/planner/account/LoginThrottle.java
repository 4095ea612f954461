package ua.cnap.planner.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Login throttling per username: {@value #MAX_FAILURES} wrong passwords within {@link #WINDOW} lock the
 * name for {@link #LOCKOUT}; while locked even the right password is refused. Kept in memory (a restart
 * clears it, and each server of a cluster counts on its own), at most {@value #MAX_TRACKED_NAMES} names,
 * the least recently failed dropped first, so a flood of made-up names cannot fill the memory.
 */
public final class LoginThrottle {

    public static final int MAX_FAILURES = 10;
    public static final Duration WINDOW = Duration.ofMinutes(1);
    public static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final int MAX_TRACKED_NAMES = 10_000;

    private final Clock clock;
    private final Map<String, Tracked> byName = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Tracked> eldest) {
            return size() > MAX_TRACKED_NAMES;
        }
    };

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** A lockout that has just begun: who, from where, until when. */
    public record Lockout(String username, String remoteAddress, Instant lockedUntil, int failures) {
    }

    private static final class Tracked {
        final Deque<Instant> failures = new ArrayDeque<>();
        Instant lockedUntil;
    }

    /**
     * Counts a wrong password.
     *
     * @return the lockout if this failure started one
     */
    public synchronized Optional<Lockout> failed(String username, String remoteAddress) {
        Instant now = clock.instant();
        Tracked tracked = byName.computeIfAbsent(key(username), k -> new Tracked());
        if (tracked.lockedUntil != null && now.isBefore(tracked.lockedUntil)) {
            return Optional.empty();
        }
        tracked.lockedUntil = null;
        tracked.failures.addLast(now);
        while (!tracked.failures.isEmpty() && !tracked.failures.peekFirst().isAfter(now.minus(WINDOW))) {
            tracked.failures.removeFirst();
        }
        if (tracked.failures.size() >= MAX_FAILURES) {
            int count = tracked.failures.size();
            tracked.failures.clear();
            tracked.lockedUntil = now.plus(LOCKOUT);
            return Optional.of(new Lockout(username, remoteAddress, tracked.lockedUntil, count));
        }
        return Optional.empty();
    }

    /** A right password: the count starts again. */
    public synchronized void succeeded(String username) {
        byName.remove(key(username));
    }

    /** Until when the name is locked, if it is. */
    public synchronized Optional<Instant> lockedUntil(String username) {
        Tracked tracked = byName.get(key(username));
        if (tracked == null || tracked.lockedUntil == null || !clock.instant().isBefore(tracked.lockedUntil)) {
            return Optional.empty();
        }
        return Optional.of(tracked.lockedUntil);
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
