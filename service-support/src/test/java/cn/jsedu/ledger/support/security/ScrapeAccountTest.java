package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scrape account: its password from the property or a secret file, its one role. */
class ScrapeAccountTest {

    @TempDir
    Path dir;

    @Test
    void aSecretFileLosesOneTrailingLineBreak() throws IOException {
        Path file = Files.writeString(dir.resolve("pw"), "s3cret \r\n");
        assertThat(new ScrapeAccount("prometheus", null, file).resolvedPassword()).hasValue("s3cret ");
        assertThat(new ScrapeAccount("prometheus", "given", file).resolvedPassword()).hasValue("given");
        assertThat(new ScrapeAccount("prometheus", null, null).resolvedPassword()).isEmpty();
        Path empty = Files.writeString(dir.resolve("empty"), "\n");
        assertThatThrownBy(() -> new ScrapeAccount("prometheus", null, empty).resolvedPassword())
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theAccountIsAMetricsReaderAndNothingElse() {
        var provider = new ScrapeAccount("prometheus", "s3cret", null).provider(new BCryptPasswordEncoder(4))
                .orElseThrow();
        Authentication ok = provider.authenticate(new UsernamePasswordAuthenticationToken("prometheus", "s3cret"));
        assertThat(LedgerUser.of(ok)).isEqualTo(new LedgerUser("prometheus", Role.METRICS_READER, null));
        assertThatThrownBy(() -> provider.authenticate(new UsernamePasswordAuthenticationToken("prometheus", "nope")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(new ScrapeAccount("prometheus", null, null).provider(new BCryptPasswordEncoder(4))).isEmpty();
    }
}
