package cn.jsedu.ledger.support.security;

import cn.jsedu.ledger.kernel.role.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The metrics scraper's account (role {@link Role#METRICS_READER}), for HTTP Basic wherever the services run, the
 * local profile's demo users or not: {@code ledger.metrics.username} (default {@code prometheus}) with the password
 * {@code ledger.metrics.password}, or read from the file {@code ledger.metrics.password-file} (a container secret;
 * one trailing line break is not part of it). Without a password there is no scrape account; a bearer token with the
 * role still scrapes.
 */
@ConfigurationProperties("ledger.metrics")
public record ScrapeAccount(@DefaultValue("prometheus") String username, String password, Path passwordFile) {

    /** The password, from the property or the file; empty when neither is set. */
    public Optional<String> resolvedPassword() {
        if (password != null && !password.isEmpty()) {
            return Optional.of(password);
        }
        if (passwordFile == null) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(passwordFile, StandardCharsets.UTF_8);
            String withoutLineBreak = text.endsWith("\r\n") ? text.substring(0, text.length() - 2)
                    : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            if (withoutLineBreak.isEmpty()) {
                throw new IllegalStateException("the scrape account's password file " + passwordFile + " is empty");
            }
            return Optional.of(withoutLineBreak);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scrape account's password file " + passwordFile, e);
        }
    }

    /** A provider that knows only this account; empty without a password. The password is hashed once, at start. */
    public Optional<AuthenticationProvider> provider(PasswordEncoder passwords) {
        return resolvedPassword().map(secret -> {
            DaoAuthenticationProvider dao = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                    User.withUsername(username).password(passwords.encode(secret))
                            .authorities(LedgerUser.authorities(Role.METRICS_READER, null)).build()));
            dao.setPasswordEncoder(passwords);
            return dao;
        });
    }
}
