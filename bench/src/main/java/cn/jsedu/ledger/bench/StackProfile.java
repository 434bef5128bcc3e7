package cn.jsedu.ledger.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The CPU samples of a JFR recording ({@code jdk.ExecutionSample}: threads caught running Java code), folded into
 * stacks whose root is the kind of thread (a Tomcat request thread, a load client, the projection, ...), and
 * summed by frame (self and total) and by category (web stack, security, Jackson, Axon, JDBC, hashing, the
 * product's code, ...). A sample's category is that of its innermost frame outside the JDK's general-purpose
 * code (collections, strings, reflection, locks), so a HashMap lookup made by Jackson counts for Jackson.
 */
final class StackProfile {

    /** Categories by package prefix, most specific first; the first that matches a frame is its category. */
    static final List<Map.Entry<String, String>> CATEGORIES = List.of(
            Map.entry("cn.jsedu.ledger.bench.", "load clients (bench)"),
            Map.entry("cn.jsedu.ledger.query.", "the product: query side (projections)"),
            Map.entry("cn.jsedu.ledger.", "the product: rules, commands, events"),
            Map.entry("org.springframework.security.crypto.", "hashing (BCrypt, SHA-256)"),
            Map.entry("sun.security.provider.", "hashing (BCrypt, SHA-256)"),
            Map.entry("java.security.MessageDigest", "hashing (BCrypt, SHA-256)"),
            Map.entry("org.springframework.security.", "Spring Security"),
            Map.entry("com.fasterxml.jackson.", "Jackson"),
            Map.entry("org.axonframework.", "Axon: dispatch, unit of work, event store, processors"),
            Map.entry("org.postgresql.", "JDBC: PostgreSQL driver, HikariCP, Spring JDBC"),
            Map.entry("com.zaxxer.hikari.", "JDBC: PostgreSQL driver, HikariCP, Spring JDBC"),
            Map.entry("org.springframework.jdbc.", "JDBC: PostgreSQL driver, HikariCP, Spring JDBC"),
            Map.entry("java.sql.", "JDBC: PostgreSQL driver, HikariCP, Spring JDBC"),
            Map.entry("org.hibernate.validator.", "bean validation"),
            Map.entry("jakarta.validation.", "bean validation"),
            Map.entry("io.micrometer.", "Micrometer observations and metrics"),
            Map.entry("org.apache.catalina.", "web stack: Tomcat, Spring MVC, servlet filters"),
            Map.entry("org.apache.coyote.", "web stack: Tomcat, Spring MVC, servlet filters"),
            Map.entry("org.apache.tomcat.", "web stack: Tomcat, Spring MVC, servlet filters"),
            Map.entry("org.springframework.web.", "web stack: Tomcat, Spring MVC, servlet filters"),
            Map.entry("org.springframework.http.", "web stack: Tomcat, Spring MVC, servlet filters"),
            Map.entry("jakarta.servlet.", "web stack: Tomcat, Spring MVC, servlet filters"),
            Map.entry("org.springframework.transaction.", "Spring core: transactions, AOP, beans"),
            Map.entry("org.springframework.", "Spring core: transactions, AOP, beans"),
            Map.entry("ch.qos.logback.", "logging"),
            Map.entry("org.slf4j.", "logging"),
            Map.entry("com.github.benmanes.caffeine.", "Axon: dispatch, unit of work, event store, processors"),
            Map.entry("jdk.internal.net.http.", "JDK HTTP client (load clients)"),
            Map.entry("java.net.http.", "JDK HTTP client (load clients)"));

    /** JDK code that works for whoever called it: a sample there counts for its nearest caller outside it. */
    private static final List<String> GENERAL_PURPOSE = List.of("java.", "jdk.internal.", "sun.", "javax.",
            "com.sun.", "kotlin.");

    static final String JDK = "JDK: collections, strings, reflection, locks (no caller outside the JDK)";

    /**
     * Steps of a command named by a frame that is on the stack while (and only while) the step runs: a sample with
     * it anywhere on its stack counts for the step, whatever it was doing inside it.
     */
    static final List<Map.Entry<String, String>> STEPS = List.of(
            Map.entry("HTTP request, whole (Tomcat request thread)", "org.apache.coyote.http11.Http11Processor.service"),
            Map.entry("HTTP Basic login (ProviderManager; BCrypt only on a cache miss)",
                    "org.springframework.security.authentication.ProviderManager.authenticate"),
            Map.entry("BCrypt", "org.springframework.security.crypto.bcrypt.BCrypt."),
            Map.entry("authorization (the access policy)", "PolicyAuthorization."),
            Map.entry("request body: Jackson read", "readWithMessageConverters"),
            Map.entry("bean validation of the request", "org.hibernate.validator.internal.engine.ValidatorImpl.validate"),
            Map.entry("response body: Jackson write", "writeWithMessageConverters"),
            Map.entry("the command: CommandGateway.sendAndWait (bus, interceptors, aggregate, append, commit)",
                    "org.axonframework.commandhandling.gateway.DefaultCommandGateway.sendAndWait"),
            Map.entry("  idempotency keys (look-up and record)", "cn.jsedu.ledger.command.idempotency.IdempotencyStore."),
            Map.entry("  aggregate load (cache, snapshot, events)", "org.axonframework.modelling.command.AbstractRepository.load"),
            Map.entry("  the aggregate's command handlers and rules", "cn.jsedu.ledger.command.platform."),
            Map.entry("  event serialization (Jackson)", "org.axonframework.serialization.json.JacksonSerializer.serialize"),
            Map.entry("  event append (JDBC, hash chain)", "appendEvents"),
            Map.entry("  hash chain (SHA-256 over the stored bytes)", "cn.jsedu.ledger.kernel.chain."),
            Map.entry("  snapshots (AggregateSnapshotter)", "Snapshotter."),
            Map.entry("  unit of work commit (transaction commit included)",
                    "org.axonframework.messaging.unitofwork.AbstractUnitOfWork.commit"),
            Map.entry("Axon 4.13 time limits (a scheduled task and a stack trace per unit of work and handler)",
                    "org.axonframework.messaging.timeout.AxonTimeLimitedTask."),
            Map.entry("query side: event stream read", "cn.jsedu.ledger.query.eventstream."),
            Map.entry("query side: projection handlers and batched writes", "cn.jsedu.ledger.query.readmodel."),
            Map.entry("Micrometer meter look-ups (MeterRegistry.getOrCreateMeter)",
                    "io.micrometer.core.instrument.MeterRegistry.getOrCreateMeter"),
            Map.entry("random UUIDs (UUID.randomUUID, SecureRandom)", "java.util.UUID.randomUUID"),
            Map.entry("stack traces filled in (exceptions, StackWalker)", "java.lang.Throwable.fillInStackTrace"),
            Map.entry("logging (logback)", "ch.qos.logback."),
            Map.entry("load clients: JDK HttpClient.send", "jdk.internal.net.http.HttpClientImpl.send"));

    record Row(String name, long samples) {
    }

    final Map<String, Long> folded = new LinkedHashMap<>();
    final Map<String, Long> self = new LinkedHashMap<>();
    final Map<String, Long> total = new LinkedHashMap<>();
    final Map<String, Long> byCategory = new LinkedHashMap<>();
    final Map<String, Long> byThread = new LinkedHashMap<>();
    /** Category → thread kind → samples: where each kind of thread spends. */
    final Map<String, Map<String, Long>> categoryByThread = new TreeMap<>();
    long samples;
    long truncated;

    /** Reads the execution samples of a recording. */
    static StackProfile read(Path jfr) throws IOException {
        StackProfile profile = new StackProfile();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
                profile.add(event);
            }
        }
        return profile;
    }

    private void add(RecordedEvent event) {
        RecordedStackTrace trace = event.getStackTrace();
        if (trace == null) {
            return;
        }
        RecordedThread thread = event.getThread("sampledThread");
        String kind = threadKind(thread == null ? null : thread.getJavaName());
        List<String> frames = new ArrayList<>();
        for (RecordedFrame frame : trace.getFrames()) {
            if (frame.isJavaFrame()) {
                frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
            }
        }
        if (frames.isEmpty()) {
            return;
        }
        samples++;
        if (trace.isTruncated()) {
            truncated++;
        }
        List<String> rootFirst = new ArrayList<>(frames.size() + 1);
        rootFirst.add("[" + kind + "]");
        for (int i = frames.size() - 1; i >= 0; i--) {
            rootFirst.add(frames.get(i));
        }
        folded.merge(String.join(";", rootFirst), 1L, Long::sum);
        self.merge(frames.get(0), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (String frame : frames) {
            if (seen.add(frame)) {
                total.merge(frame, 1L, Long::sum);
            }
        }
        String category = category(frames);
        byCategory.merge(category, 1L, Long::sum);
        byThread.merge(kind, 1L, Long::sum);
        categoryByThread.computeIfAbsent(category, k -> new TreeMap<>()).merge(kind, 1L, Long::sum);
    }

    /**
     * The category of the innermost frame outside the JDK's general-purpose code (frames innermost first): socket
     * I/O counts for the driver, Tomcat or HTTP client that called it, a HashMap lookup for whoever looked up.
     */
    static String category(List<String> frames) {
        for (String frame : frames) {
            String category = categoryOf(frame);
            if (category != null) {
                return category;
            }
        }
        return JDK;
    }

    /** A frame's category by package, or "other: <package>" for a library not listed; null for general JDK code. */
    static String categoryOf(String frame) {
        for (Map.Entry<String, String> c : CATEGORIES) {
            if (frame.startsWith(c.getKey())) {
                return c.getValue();
            }
        }
        if (GENERAL_PURPOSE.stream().anyMatch(frame::startsWith)) {
            return null;
        }
        String[] parts = frame.split("\\.");
        return "other: " + (parts.length > 2 ? parts[0] + "." + parts[1] : frame);
    }

    /** A flame graph colour for a frame: by category, the thread kinds grey. */
    static String colour(String frame) {
        if (frame.startsWith("[")) {
            return "#c8c8c8";
        }
        String category = categoryOf(frame);
        if (category == null) {
            return "#e8c9a0";
        }
        int hash = Math.abs(category.hashCode());
        return String.format(Locale.ROOT, "hsl(%d, 70%%, %d%%)", hash % 360, 62 + hash % 12);
    }

    /** The kind of thread, by the names Tomcat, the JDK HTTP client, Axon and the harness give their threads. */
    static String threadKind(String name) {
        if (name == null) {
            return "unknown thread";
        }
        if (name.startsWith("http-nio-") && name.contains("-exec-")) {
            return "Tomcat request threads (the API)";
        }
        if (name.startsWith("http-nio-")) {
            return "Tomcat acceptor and poller";
        }
        if (name.startsWith("load-")) {
            return "load clients (8 threads)";
        }
        if (name.startsWith("HttpClient-")) {
            return "JDK HTTP client threads (load)";
        }
        if (name.contains("read-models") || name.contains("WorkPackage") || name.contains("Coordinator")
                || name.startsWith("EventProcessor")) {
            return "query side: read-model processor";
        }
        return "other: " + name.replaceAll("[-#]?\\d+", "");
    }

    static List<Row> top(Map<String, Long> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .limit(n).map(e -> new Row(e.getKey(), e.getValue())).toList();
    }

    /**
     * The profile as Markdown: {@code cpu} (a section on the CPU by thread), then the categories and the kinds
     * of thread with {@code javaMsPerCommand} (the Java threads' CPU per command, user and system) shared out by
     * samples, the top frames by self samples and, per category, by total samples.
     */
    String markdown(String title, String context, String cpu, double javaMsPerCommand) {
        StringBuilder md = new StringBuilder("# " + title + "\n\n" + context + "\n\n" + cpu);
        md.append(String.format(Locale.ROOT, "%n## Java code by category%n%n%,d CPU samples (jdk.ExecutionSample every "
                + "10 ms: threads caught running Java code), %,d with a truncated stack. A sample counts for its "
                + "innermost frame outside the JDK's general-purpose code; the Java threads' CPU per command "
                + "(%.3f ms, user and system) is shared out by samples.%n%n", samples, truncated, javaMsPerCommand));
        md.append("| category | samples | share | ≈ ms CPU per command | by thread kind |\n|---|---:|---:|---:|---|\n");
        for (Row row : top(byCategory, 100)) {
            String threads = categoryByThread.get(row.name()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                    .map(e -> e.getKey() + " " + percent(e.getValue(), row.samples()))
                    .collect(Collectors.joining("; "));
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %.3f | %s |%n", row.name(), row.samples(),
                    percent(row.samples(), samples), javaMsPerCommand * row.samples() / samples, threads));
        }
        md.append("\n## Named steps (a sample counts for every step whose frame is on its stack; steps nest)\n\n"
                + "| step | frame on the stack | samples | share | ≈ ms CPU per command |\n|---|---|---:|---:|---:|\n");
        for (Map.Entry<String, String> step : STEPS) {
            long n = folded.entrySet().stream().filter(e -> e.getKey().contains(step.getValue()))
                    .mapToLong(Map.Entry::getValue).sum();
            if (n > 0) {
                md.append(String.format(Locale.ROOT, "| %s | `%s` | %,d | %s | %.3f |%n",
                        step.getKey().replace("  ", "&nbsp;&nbsp;↳ "), step.getValue(), n, percent(n, samples),
                        javaMsPerCommand * n / samples));
            }
        }
        md.append("\n## Java code by kind of thread\n\n| thread kind | samples | share | ≈ ms CPU per command |\n"
                + "|---|---:|---:|---:|\n");
        for (Row row : top(byThread, 100)) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %.3f |%n", row.name(), row.samples(),
                    percent(row.samples(), samples), javaMsPerCommand * row.samples() / samples));
        }
        appendFrames(md, "Top 30 frames by self samples (the method running when sampled)", top(self, 30));
        md.append("\n## Top frames by total samples (on the stack when sampled), per category\n\n"
                + "The outermost frames of each category carry its cost: e.g. the Axon frame that loads the aggregate, "
                + "the JDBC call that appends. Frames are counted once per sample.\n");
        for (Row category : top(byCategory, 100)) {
            if (category.samples() * 100 < samples) {
                continue;
            }
            List<Row> frames = total.entrySet().stream()
                    .filter(e -> category.name().equals(categoryOf(e.getKey())))
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(8)
                    .map(e -> new Row(e.getKey(), e.getValue())).toList();
            appendFrames(md, "### " + category.name(), frames);
        }
        return md.toString();
    }

    private void appendFrames(StringBuilder md, String heading, List<Row> rows) {
        md.append('\n').append(heading.startsWith("#") ? heading : "## " + heading)
                .append("\n\n| frame | category | samples | share |\n|---|---|---:|---:|\n");
        for (Row row : rows) {
            String category = categoryOf(row.name());
            md.append(String.format(Locale.ROOT, "| `%s` | %s | %,d | %s |%n", row.name(),
                    category == null ? "JDK" : category, row.samples(), percent(row.samples(), samples)));
        }
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.ROOT, "%.1f %%", 100.0 * part / whole);
    }
}
