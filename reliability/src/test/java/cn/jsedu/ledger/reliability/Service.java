package cn.jsedu.ledger.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/** One service as its own JVM process, as an operator runs it: {@code java -jar}, killed with -9 if need be. */
final class Service {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final String name;
    final int port;
    private final Path jar;
    private final Map<String, String> environment;
    private final Path log;
    private Process process;

    Service(String name, String module, Map<String, String> environment, Path logDir) {
        this.name = name;
        this.port = Pg.freePort();
        this.jar = jar(module);
        this.environment = environment;
        this.log = logDir.resolve(name + ".log");
    }

    String base() {
        return "http://localhost:" + port;
    }

    Service start() {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar.toString(), "--server.port=" + port));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until /actuator/health answers UP; returns how long that took. */
    Duration awaitHealthy(Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " died; see " + log);
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return Duration.between(start, Instant.now());
                }
            } catch (IOException ignored) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        throw new IllegalStateException(name + " not healthy after " + timeout + "; see " + log);
    }

    /**
     * Stopped (if still running) and started again on the same port with some settings changed, e.g. the promoted
     * server's URL after a failover.
     */
    Service restartWith(Map<String, String> changes) {
        stop();
        environment.putAll(changes);
        return start();
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    void kill9() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: a clean stop. */
    void stop() {
        if (process != null && process.isAlive()) {
            process.destroy();
            waitFor();
        }
    }

    /** The operating-system process id; Axon names a segment's owner "pid@host". */
    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    private void waitFor() {
        try {
            process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Path jar(String module) {
        Path target = Path.of(System.getProperty("reliability.repo", "..")).resolve(module).resolve("target");
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-exec.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("build " + module + " first (mvn package)"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
