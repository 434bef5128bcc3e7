package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class CredentialCacheTest {

    private static final int CLIENTS = 8;

    private final ExecutorService threads = Executors.newFixedThreadPool(CLIENTS);

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void theCredentialCacheRemembersOnlySuccessAndOnlyForAWhile() {
        AtomicInteger logins = new AtomicInteger();
        AtomicLong nanos = new AtomicLong();
        CredentialCache<String> cache = new CredentialCache<>(Duration.ofMinutes(5), nanos::get);
        assertThat(cache.get("a", "pw", () -> "user-" + logins.incrementAndGet())).isEqualTo("user-1");
        assertThat(cache.get("a", "pw", () -> "user-" + logins.incrementAndGet())).isEqualTo("user-1");
        assertThat(cache.get("a", "other", () -> null)).isNull();
        nanos.addAndGet(Duration.ofMinutes(6).toNanos());
        assertThat(cache.get("a", "pw", () -> "user-" + logins.incrementAndGet())).isEqualTo("user-2");
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverLetsTheRightOneFail() {
        CountingEncoder passwords = new CountingEncoder();
        CachingAuthenticationProvider provider = provider(passwords);

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> provider.authenticate(login("wrong"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(provider.authenticate(login("right")).isAuthenticated()).isTrue();
        assertThat(provider.authenticate(login("right")).isAuthenticated()).isTrue();

        assertThat(passwords.checks.get()).isEqualTo(3);
    }

    @Test
    void concurrentFirstLoginsWithTheSameCredentialsCostOneBcryptCheck() throws Exception {
        CountingEncoder passwords = new CountingEncoder();
        passwords.hold = new CountDownLatch(1);
        CachingAuthenticationProvider provider = provider(passwords);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> clients = new CopyOnWriteArrayList<>();
        AtomicInteger loggingIn = new AtomicInteger();
        List<Future<Authentication>> logins = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            logins.add(threads.submit(() -> {
                clients.add(Thread.currentThread());
                start.await();
                loggingIn.incrementAndGet();
                return provider.authenticate(login("right"));
            }));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> clients.size() == CLIENTS);
        start.countDown();
        // The first check is held until every client is past the start and waits: for that check, or (were logins
        // not coalesced) inside a check of its own.
        await().atMost(Duration.ofSeconds(30)).until(() -> loggingIn.get() == CLIENTS && passwords.checks.get() >= 1
                && clients.stream().allMatch(t -> t.getState() == Thread.State.WAITING));
        passwords.hold.countDown();

        for (Future<Authentication> login : logins) {
            assertThat(login.get(30, TimeUnit.SECONDS).getName()).isEqualTo("admin1");
        }
        assertThat(passwords.checks.get()).isEqualTo(1);
    }

    private static CachingAuthenticationProvider provider(PasswordEncoder passwords) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                User.withUsername("admin1").password(passwords.encode("right"))
                        .authorities(LedgerUser.authorities(Role.PROVINCE_ADMIN, null)).build()));
        dao.setPasswordEncoder(passwords);
        return new CachingAuthenticationProvider(dao, new CredentialCache<>(Duration.ofMinutes(5)));
    }

    private static UsernamePasswordAuthenticationToken login(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("admin1", password);
    }

    /** BCrypt (at its lowest cost, for speed), counting its checks; a check can be held until the test lets it go. */
    private static final class CountingEncoder implements PasswordEncoder {

        private final PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
        private final AtomicInteger checks = new AtomicInteger();
        private volatile CountDownLatch hold = new CountDownLatch(0);

        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return bcrypt.matches(raw, encoded);
        }
    }
}
