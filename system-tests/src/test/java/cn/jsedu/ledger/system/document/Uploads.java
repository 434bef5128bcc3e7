package cn.jsedu.ledger.system.document;

import cn.jsedu.ledger.testsupport.Api;
import cn.jsedu.ledger.testsupport.TestUsers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Evidence documents through the APIs as bytes: an upload to the command side, a download from the query side. */
public final class Uploads {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Uploads() {
    }

    /** Uploads {@code content} to the platform; the document's hash. Fails the test on any refusal. */
    public static String upload(Api as, String platformId, byte[] content) {
        return Api.expect(send(as, platformId, content), 201).json().path("sha256").asText();
    }

    public static Api.Response send(Api as, String platformId, byte[] content) {
        return as.send(HttpRequest.newBuilder(URI.create(as.base() + "/api/v1/platforms/" + platformId + "/documents"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    }

    /** A GET of the query side answered as bytes (a download), as the test user {@code user}. */
    public static HttpResponse<byte[]> download(Api queries, String path, String user) {
        String basic = Base64.getEncoder().encodeToString((user + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(queries.base() + path)).timeout(Duration.ofSeconds(60))
                    .header("Authorization", "Basic " + basic).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
