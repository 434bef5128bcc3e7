package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.command.support.CommandSideIntegrationTest;
import cn.jsedu.ledger.support.security.LoginThrottle;
import cn.jsedu.ledger.testsupport.RawHttp;
import cn.jsedu.ledger.testsupport.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed HTTP Basic logins are throttled per user and per client address (3 and 5 failures in 10 minutes here):
 * further attempts get 429 with Retry-After, without a password check, until the lock-out expires. A success resets
 * the user's count; other users from other addresses are unaffected. Time is the throttle's ticker, moved by the
 * test: no sleeps.
 */
@CommandSideIntegrationTest
@TestPropertySource(properties = {
        "ledger.security.login-throttle.max-failures-per-user=3",
        "ledger.security.login-throttle.max-failures-per-address=5",
        "ledger.security.login-throttle.window=10m",
        "ledger.security.login-throttle.lockout=10m"})
@Import(LoginThrottleIT.TestClock.class)
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleIT {

    private static final AtomicLong NANOS = new AtomicLong();

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        LoginThrottle loginThrottle(LoginThrottle.Settings settings) {
            return new LoginThrottle(settings, NANOS::get);
        }
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void laterThanEveryEarlierTest() {
        NANOS.addAndGet(Duration.ofHours(1).toNanos());
    }

    /** POST {} as the user: 400 (the empty body) once authenticated, 401 or 429 if not. */
    private RawHttp.Response login(String from, String user, String password) {
        return new RawHttp(port).from(from).send("POST", "/api/v1/platforms", "{}", RawHttp.basic(user, password));
    }

    @Test
    void aUserIsLockedOutAfterThreeFailuresUntilTheLockOutExpires(CapturedOutput output) {
        for (int i = 0; i < 3; i++) {
            assertThat(login("127.0.0.1", "admin1", "wrong-" + i).status()).isEqualTo(401);
        }
        RawHttp.Response locked = login("127.0.0.1", "admin1", TestUsers.PASSWORD);
        assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
        assertThat(locked.header("Content-Type")).startsWith("application/problem+json");
        assertThat(locked.json().path("code").asText()).isEqualTo("TOO_MANY_LOGIN_ATTEMPTS");
        assertThat(locked.json().path("correlationId").asText()).isNotBlank();
        assertThat(Long.parseLong(locked.header("Retry-After"))).isBetween(1L, 600L);
        // the user is locked whatever the address; another user elsewhere is not
        assertThat(login("127.0.0.2", "admin1", TestUsers.PASSWORD).status()).isEqualTo(429);
        assertThat(login("127.0.0.2", "admin2", TestUsers.PASSWORD).status()).isEqualTo(400);
        assertThat(output.getAll().lines().filter(l -> l.contains("login locked") && l.contains("admin1")).count())
                .as("one WARN line per lock-out, not per attempt").isEqualTo(1);

        NANOS.addAndGet(Duration.ofMinutes(5).toNanos());
        RawHttp.Response stillLocked = login("127.0.0.1", "admin1", TestUsers.PASSWORD);
        assertThat(stillLocked.status()).isEqualTo(429);
        assertThat(Long.parseLong(stillLocked.header("Retry-After"))).isBetween(1L, 300L);

        NANOS.addAndGet(Duration.ofMinutes(5).plusSeconds(1).toNanos());
        assertThat(login("127.0.0.1", "admin1", TestUsers.PASSWORD).status()).as("lock-out expired").isEqualTo(400);
    }

    @Test
    void anAddressIsLockedOutAfterFiveFailuresWhateverTheUsers() {
        for (int i = 0; i < 5; i++) {
            assertThat(login("127.0.0.3", "nobody-" + i, "wrong").status()).isEqualTo(401);
        }
        RawHttp.Response locked = login("127.0.0.3", "finance", TestUsers.PASSWORD);
        assertThat(locked.status()).as(locked.toString()).isEqualTo(429);
        assertThat(locked.header("Retry-After")).isNotBlank();
        assertThat(login("127.0.0.4", "finance", TestUsers.PASSWORD).status()).as("another address").isEqualTo(403);

        NANOS.addAndGet(Duration.ofMinutes(10).plusSeconds(1).toNanos());
        assertThat(login("127.0.0.3", "finance", TestUsers.PASSWORD).status()).isEqualTo(403);
    }

    /** Behind the console every person comes from the console's address: the relayed address is the one counted. */
    @Test
    void theConsolesRelayedAddressIsTheOneCounted() {
        String relay = "X-Ledger-Relay-Key: " + CommandSideIntegrationTest.RELAY_KEY;
        for (int i = 0; i < 5; i++) {
            assertThat(new RawHttp(port).from("127.0.0.8").send("POST", "/api/v1/platforms", "{}",
                    RawHttp.basic("typo-" + i, "wrong"), relay, "X-Ledger-Client-Address: 198.51.100.20").status())
                    .isEqualTo(401);
        }
        assertThat(new RawHttp(port).from("127.0.0.8").send("POST", "/api/v1/platforms", "{}",
                RawHttp.basic("finance", TestUsers.PASSWORD), relay, "X-Ledger-Client-Address: 198.51.100.20").status())
                .as("the person's address is locked out").isEqualTo(429);
        assertThat(new RawHttp(port).from("127.0.0.8").send("POST", "/api/v1/platforms", "{}",
                RawHttp.basic("finance", TestUsers.PASSWORD), relay, "X-Ledger-Client-Address: 198.51.100.21").status())
                .as("another person behind the same console").isEqualTo(403);
        assertThat(new RawHttp(port).from("127.0.0.8").send("POST", "/api/v1/platforms", "{}",
                RawHttp.basic("finance", TestUsers.PASSWORD), "X-Ledger-Client-Address: 198.51.100.20").status())
                .as("without the key the header is ignored: the console's own address counts").isEqualTo(403);
    }

    @Test
    void aSuccessResetsTheUsersCount() {
        for (int round = 0; round < 3; round++) {
            String from = "127.0.0." + (10 + round);   // two failures per address: no address lock-out
            assertThat(login(from, "auditor", "wrong").status()).isEqualTo(401);
            assertThat(login(from, "auditor", "wrong").status()).isEqualTo(401);
            assertThat(login(from, "auditor", TestUsers.PASSWORD).status()).as("round " + round).isEqualTo(403);
        }
    }

    @Test
    void failuresOlderThanTheWindowNoLongerCount() {
        assertThat(login("127.0.0.7", "admin2", "wrong").status()).isEqualTo(401);
        assertThat(login("127.0.0.7", "admin2", "wrong").status()).isEqualTo(401);
        NANOS.addAndGet(Duration.ofMinutes(10).plusSeconds(1).toNanos());
        assertThat(login("127.0.0.7", "admin2", "wrong").status()).isEqualTo(401);
        assertThat(login("127.0.0.7", "admin2", TestUsers.PASSWORD).status()).isEqualTo(400);
    }
}
