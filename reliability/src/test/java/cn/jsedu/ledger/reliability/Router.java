package cn.jsedu.ledger.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * HAProxy (Debian's package, {@code .ci/run} installs it) in front of the command sides: consistent hashing on the
 * platform id, the fifth field of {@code /api/v1/platforms/{id}/...}, so each platform's commands go to one node
 * while it is up; a node that fails its health check leaves, and only its platforms move. A connection refused by a
 * dead node is retried on another (HAProxy retries only what it could not send, so a command is never sent twice
 * by the router; a client's own retries carry their Idempotency-Key). Every answer names the node that gave it
 * ({@value #NODE_HEADER}).
 */
final class Router implements AutoCloseable {

    static final String NODE_HEADER = "X-Ledger-Node";
    static final String BACKEND = "command_sides";
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    private final Path socket;
    private final Process process;

    private Router(int port, Path socket, Process process) {
        this.port = port;
        this.socket = socket;
        this.process = process;
    }

    /** {@code nodes}: server name to the port of its command side. */
    static Router start(Path dir, Map<String, Integer> nodes) {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("HAProxy is not installed (apt-get install haproxy; .ci/run does it)");
        }
        int port = Pg.freePort();
        Path socket = dir.resolve("haproxy.sock");
        StringBuilder servers = new StringBuilder();
        nodes.forEach((name, nodePort) -> servers.append("    server ").append(name).append(" 127.0.0.1:").append(nodePort)
                .append(" check\n"));
        String config = """
                global
                    stats socket %s mode 600 level admin
                    log stdout format raw local0 notice
                defaults
                    mode http
                    log global
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    # only a connection that failed (the node is down) is tried again, on another node
                    retries 2
                    option redispatch 1
                frontend commands
                    bind 127.0.0.1:%d
                    default_backend %s
                backend %s
                    # /api/v1/platforms/{id}/...: field 5 is the platform id; a declaration has none and hashes as ""
                    balance hash path,field(5,/)
                    hash-type consistent
                    option httpchk GET /actuator/health/readiness
                    # a refused connection fails a check at once; a busy node gets 5 s to answer before it counts as down
                    timeout check 5s
                    default-server inter 1s fall 3 rise 2
                    http-response set-header %s %%s
                %s""".formatted(socket, port, BACKEND, BACKEND, NODE_HEADER, servers);
        try {
            Path file = dir.resolve("haproxy.cfg");
            Files.writeString(file, config);
            Process process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", file.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("logs").resolve("haproxy.log").toFile()))
                    .start();
            Router router = new Router(port, socket, process);
            try {
                // the runtime socket appears once HAProxy has read its configuration
                await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> router.upNodes() == nodes.size());
            } catch (RuntimeException e) {
                router.close();
                throw e;
            }
            return router;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Which node answers for each platform now: an unauthenticated probe, refused by the node, names it. */
    Map<String, String> nodesOf(List<String> platforms) {
        Map<String, String> nodes = new LinkedHashMap<>();
        for (String platform : platforms) {
            try {
                HttpResponse<Void> answer = HTTP.send(HttpRequest.newBuilder(
                                URI.create(base() + "/api/v1/platforms/" + platform + "/installments"))
                        .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
                nodes.put(platform, answer.headers().firstValue(NODE_HEADER).orElse("none " + answer.statusCode()));
            } catch (IOException e) {
                nodes.put(platform, "none " + e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return nodes;
    }

    /** Takes a node out (maintenance) or puts it back (ready), as an operator does on the runtime API. */
    void setState(String node, String state) {
        admin("set server " + BACKEND + "/" + node + " state " + state);
    }

    /** Nodes whose health check passes (and not in maintenance). */
    long upNodes() {
        // columns: be_id be_name srv_id srv_name srv_addr srv_op_state (2 = running) srv_admin_state (0 = ready) ...
        return admin("show servers state " + BACKEND).lines().filter(l -> !l.startsWith("#")).map(l -> l.split(" "))
                .filter(f -> f.length > 6 && f[1].equals(BACKEND) && f[5].equals("2") && f[6].equals("0")).count();
    }

    /** One command on HAProxy's runtime API (the stats socket). */
    String admin(String command) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.US_ASCII)));
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            StringBuilder answer = new StringBuilder();
            while (channel.read(buffer) > 0) {
                buffer.flip();
                answer.append(StandardCharsets.US_ASCII.decode(buffer));
                buffer.clear();
            }
            return answer.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
