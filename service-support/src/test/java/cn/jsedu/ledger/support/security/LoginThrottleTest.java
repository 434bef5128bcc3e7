package cn.jsedu.ledger.support.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The throttle's arithmetic on a ticker the test moves: counts, windows, lock-outs, resets. */
class LoginThrottleTest {

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginThrottle.Settings(3, 5, Duration.ofMinutes(10), Duration.ofMinutes(15)), nanos::get);

    private void advance(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    @Test
    void theThirdFailureLocksTheUserForTheLockOutWhateverTheAddress() {
        throttle.failed("zhang", "192.0.2.1");
        throttle.failed("zhang", "192.0.2.2");
        assertThat(throttle.lockedFor("zhang", "192.0.2.9")).isEmpty();
        throttle.failed("ZHANG", "192.0.2.3");
        assertThat(throttle.lockedFor("zhang", "192.0.2.9")).hasValue(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("li", "192.0.2.9")).isEmpty();
        advance(Duration.ofMinutes(15).minusNanos(1));
        assertThat(throttle.lockedFor("zhang", "192.0.2.9")).hasValue(Duration.ofNanos(1));
        advance(Duration.ofNanos(1));
        assertThat(throttle.lockedFor("zhang", "192.0.2.9")).isEmpty();
    }

    @Test
    void failuresDuringALockOutDoNotExtendIt() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("wang", null);
        }
        advance(Duration.ofMinutes(10));
        throttle.failed("wang", null);
        assertThat(throttle.lockedFor("wang", null)).hasValue(Duration.ofMinutes(5));
    }

    @Test
    void failuresOutsideTheWindowStartANewCount() {
        throttle.failed("zhao", null);
        throttle.failed("zhao", null);
        advance(Duration.ofMinutes(10));
        throttle.failed("zhao", null);
        throttle.failed("zhao", null);
        assertThat(throttle.lockedFor("zhao", null)).isEmpty();
        throttle.failed("zhao", null);
        assertThat(throttle.lockedFor("zhao", null)).isPresent();
    }

    @Test
    void aSuccessResetsTheUserButNotTheAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("chen", "198.51.100.1");
            if (i % 2 == 1) {
                throttle.succeeded("chen");
            }
        }
        assertThat(throttle.lockedFor("chen", "198.51.100.2")).isEmpty();
        throttle.failed("sun", "198.51.100.1");
        assertThat(throttle.lockedFor("zhou", "198.51.100.1")).as("5 failures from the address").isPresent();
        assertThat(throttle.lockedFor("zhou", "198.51.100.2")).isEmpty();
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new LoginThrottle.Settings(0, 5, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginThrottle.Settings(1, 5, Duration.ZERO, Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
