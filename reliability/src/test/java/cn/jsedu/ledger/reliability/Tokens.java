package cn.jsedu.ledger.reliability;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * The identity provider of the test: the services run as in production (OAuth2 resource servers trusting this
 * key), and clients carry bearer tokens for whatever role and college a scenario needs.
 */
final class Tokens {

    private final RSAKey key;
    final Path publicKeyPem;

    Tokens(Path dir) {
        try {
            key = new RSAKeyGenerator(2048).generate();
            publicKeyPem = dir.resolve("idp-public.pem");
            Files.writeString(publicKeyPem, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder().encodeToString(key.toRSAPublicKey().getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String bearer(String user, String role, String college) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().subject(user).claim("preferred_username", user)
                .claim("roles", List.of(role)).issueTime(new Date()).expirationTime(Date.from(Instant.now().plusSeconds(7200)));
        if (college != null) {
            claims.claim("college", college);
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
            jwt.sign(new RSASSASigner(key));
            return "Bearer " + jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
