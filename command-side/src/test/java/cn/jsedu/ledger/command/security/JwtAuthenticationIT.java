package cn.jsedu.ledger.command.security;

import cn.jsedu.ledger.command.CommandSideApplication;
import cn.jsedu.ledger.command.support.Requests;
import cn.jsedu.ledger.testsupport.Api;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production authentication: OAuth2 bearer tokens (JWT) verified with the identity provider's public key, their
 * claims mapped to the ledger's role and college. No demo users exist outside the local profile.
 */
class JwtAuthenticationIT {

    private static RSAKey key;
    private static RSAKey stranger;
    private static ConfigurableApplicationContext app;
    private static Api api;

    @BeforeAll
    static void start() throws Exception {
        key = new RSAKeyGenerator(2048).generate();
        stranger = new RSAKeyGenerator(2048).generate();
        Path pem = Files.createTempFile("idp-public", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.toRSAPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        app = new SpringApplicationBuilder(CommandSideApplication.class).properties(CommandSideApplication.CONFIG_NAME)
                .run("--server.port=0", "--ledger.embedded-db.port=0",
                        "--ledger.embedded-db.data-dir=" + Files.createTempDirectory("jwt-ledger").resolve("pg"),
                        "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + pem,
                        "--ledger.metrics.password-file=" + scrapePasswordFile());
        api = new Api(Integer.parseInt(app.getEnvironment().getProperty("local.server.port")));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** The scrape account's password as a secret file, the way compose hands it over (with a trailing newline). */
    private static Path scrapePasswordFile() throws IOException {
        Path file = Files.createTempFile("metrics-password", "");
        Files.writeString(file, "scrape-from-file\n");
        return file;
    }

    private static String token(RSAKey signer, Map<String, Object> claims, Instant expires) throws JOSEException {
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().subject("u-1").expirationTime(Date.from(expires))
                .issueTime(new Date());
        claims.forEach(builder::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), builder.build());
        jwt.sign(new RSASSASigner(signer));
        return jwt.serialize();
    }

    private static Api.Response declare(String token, String platformId, String college) {
        return api.post("/api/v1/platforms", Requests.declaration(platformId, college), "Authorization", "Bearer " + token);
    }

    @Test
    void aProvinceAdministratorsTokenMayDeclare() throws Exception {
        String admin = token(key, Map.of("roles", List.of("PROVINCE_ADMIN"), "preferred_username", "zhang.san"),
                Instant.now().plusSeconds(300));
        assertThat(declare(admin, "JWT-1", "9800000001").status()).isEqualTo(201);
    }

    @Test
    void aCollegeOfficerIsBoundToTheCollegeOfItsToken() throws Exception {
        String officer = token(key, Map.of("roles", List.of("COLLEGE_OFFICER"), "college", "9800000002"),
                Instant.now().plusSeconds(300));
        assertThat(declare(officer, "JWT-2", "9800000002").status()).isEqualTo(201);
        assertThat(declare(officer, "JWT-3", "9800000003").json().path("code").asText()).isEqualTo("ACCESS_DENIED");
    }

    @Test
    void forgedExpiredOrRolelessTokensGetNothing() throws Exception {
        Map<String, Object> admin = Map.of("roles", List.of("PROVINCE_ADMIN"));
        assertThat(declare(token(stranger, admin, Instant.now().plusSeconds(300)), "JWT-4", "9800000004").status())
                .isEqualTo(401);
        assertThat(declare(token(key, admin, Instant.now().minusSeconds(600)), "JWT-5", "9800000005").status())
                .isEqualTo(401);
        assertThat(declare(token(key, Map.of("roles", List.of("SUPERUSER")), Instant.now().plusSeconds(300)),
                "JWT-6", "9800000006").status()).isEqualTo(403);
    }

    /** Outside the local profile the scrape account comes from configuration; a token may carry the role too. */
    @Test
    void onlyTheMetricsReaderScrapesWithBasicOrAToken() throws Exception {
        assertThat(api.get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.as("prometheus", "scrape-from-file").get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(api.as("prometheus", "scrape-from-file\n").get("/actuator/prometheus").status()).isEqualTo(401);
        String reader = token(key, Map.of("roles", List.of("METRICS_READER")), Instant.now().plusSeconds(300));
        String admin = token(key, Map.of("roles", List.of("PROVINCE_ADMIN")), Instant.now().plusSeconds(300));
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + reader)).status()).isEqualTo(200);
        assertThat(api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/actuator/prometheus"))
                .header("Authorization", "Bearer " + admin)).status()).isEqualTo(403);
        assertThat(declare(reader, "JWT-8", "9800000008").status()).isEqualTo(403);
    }

    @Test
    void noDemoUsersOutsideTheLocalProfile() throws IOException {
        assertThat(api.as("admin1", "admin1-demo").post("/api/v1/platforms",
                Requests.declaration("JWT-7", "9800000007")).status()).isEqualTo(401);
    }
}
