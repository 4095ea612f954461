package ua.cnap.planner.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Ten wrong passwords within a minute lock a name for 15 minutes, on a clock the test moves. */
class LoginThrottleTest {

    /** A clock that stands still until told to move. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-05T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void theTenthFailureWithinAMinuteLocksForFifteenMinutes() {
        for (int i = 1; i < LoginThrottle.MAX_FAILURES; i++) {
            assertThat(throttle.failed("olena", "10.0.0.7")).isEmpty();
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(throttle.lockedUntil("olena")).isEmpty();
        LoginThrottle.Lockout lockout = throttle.failed("Olena", "10.0.0.7").orElseThrow();
        assertThat(lockout.remoteAddress()).isEqualTo("10.0.0.7");
        assertThat(lockout.failures()).isEqualTo(10);
        assertThat(lockout.lockedUntil()).isEqualTo(clock.now.plus(LoginThrottle.LOCKOUT));
        assertThat(throttle.lockedUntil("olena")).contains(lockout.lockedUntil());
        assertThat(throttle.lockedUntil("petro")).isEmpty();

        clock.advance(LoginThrottle.LOCKOUT.minusSeconds(1));
        assertThat(throttle.failed("olena", "10.0.0.7")).as("no new lockout while locked").isEmpty();
        assertThat(throttle.lockedUntil("olena")).isPresent();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.lockedUntil("olena")).isEmpty();
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteDoNotLock() {
        for (int i = 0; i < 30; i++) {
            assertThat(throttle.failed("olena", "10.0.0.7")).isEmpty();
            clock.advance(Duration.ofSeconds(7));
        }
        assertThat(throttle.lockedUntil("olena")).isEmpty();
    }

    @Test
    void aRightPasswordStartsTheCountAgain() {
        for (int i = 0; i < 9; i++) {
            throttle.failed("olena", "10.0.0.7");
        }
        throttle.succeeded("olena");
        for (int i = 0; i < 9; i++) {
            assertThat(throttle.failed("olena", "10.0.0.7")).isEmpty();
        }
    }
}
