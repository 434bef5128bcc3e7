package cn.jsedu.ledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy in front of the command sides as ADR 0009 configures it (and reliability's Router, whose configuration this
 * copies): consistent hashing of the platform id, the fifth field of {@code /api/v1/platforms/{id}/...}, so each
 * platform's commands go to one node while it is up. Debian's package ({@code /usr/sbin/haproxy}; {@code .ci/run}
 * installs it). Nodes are taken out and put back on its runtime API, as an operator does.
 */
final class Router implements AutoCloseable {

    static final String BACKEND = "command_sides";
    private static final Path HAPROXY = Path.of("/usr/sbin/haproxy");

    final int port;
    private final Path socket;
    private final Process process;

    private Router(int port, Path socket, Process process) {
        this.port = port;
        this.socket = socket;
        this.process = process;
    }

    /** {@code nodes}: server name to the base URL's port of its command side. */
    static Router start(Path dir, Map<String, Integer> nodes) throws IOException, InterruptedException {
        if (!Files.isExecutable(HAPROXY)) {
            throw new IllegalStateException("HAProxy is not installed (apt-get install haproxy; .ci/run does it)");
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        dir = dir.toAbsolutePath();
        Files.createDirectories(dir);
        // absolute: HAProxy reads a relative path as a host name without a port
        Path socket = dir.resolve("haproxy-" + port + ".sock");
        StringBuilder servers = new StringBuilder();
        nodes.forEach((name, nodePort) -> servers.append("    server ").append(name).append(" 127.0.0.1:")
                .append(nodePort).append(" check\n"));
        String config = """
                global
                    stats socket %s mode 600 level admin
                defaults
                    mode http
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                    retries 2
                    option redispatch 1
                frontend commands
                    bind 127.0.0.1:%d
                    default_backend %s
                backend %s
                    # /api/v1/platforms/{id}/...: field 5 is the platform id
                    balance hash path,field(5,/)
                    hash-type consistent
                    option httpchk GET /actuator/health/readiness
                    timeout check 5s
                    default-server inter 1s fall 3 rise 2
                %s""".formatted(socket, port, BACKEND, BACKEND, servers);
        Path file = dir.resolve("haproxy-" + port + ".cfg");
        Files.writeString(file, config);
        Process process = new ProcessBuilder(HAPROXY.toString(), "-db", "-f", file.toString()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("haproxy-" + port + ".log").toFile()).start();
        Router router = new Router(port, socket, process);
        try {
            router.awaitUp(nodes.size());
        } catch (RuntimeException | InterruptedException e) {
            router.close();
            throw e;
        }
        return router;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    /** Takes a node out ({@code maint}) or puts it back ({@code ready}) and waits until that many nodes serve. */
    void setState(String node, String state, int upAfter) throws InterruptedException {
        admin("set server " + BACKEND + "/" + node + " state " + state);
        awaitUp(upAfter);
    }

    private void awaitUp(int nodes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            try {
                if (upNodes() == nodes) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // the runtime socket appears once HAProxy has read its configuration
            }
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException("HAProxy: not " + nodes + " nodes up (alive " + process.isAlive() + ")");
            }
            Thread.sleep(200);
        }
    }

    /** Nodes whose health check passes and that are not in maintenance. */
    long upNodes() {
        // columns: be_id be_name srv_id srv_name srv_addr srv_op_state (2 = running) srv_admin_state (0 = ready) ...
        return admin("show servers state " + BACKEND).lines().filter(l -> !l.startsWith("#")).map(l -> l.split(" "))
                .filter(f -> f.length > 6 && f[1].equals(BACKEND) && f[5].equals("2") && f[6].equals("0")).count();
    }

    private String admin(String command) {
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
