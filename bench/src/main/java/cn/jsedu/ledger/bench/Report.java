package cn.jsedu.ledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything one run measured: figures (one value per repetition), the ratios the goals are stated in (computed
 * from medians measured in this same run), and notes. Printed as the Markdown that BENCHMARKS.md quotes.
 */
final class Report {

    record Figure(String id, String label, String unit, List<Double> reps) {
    }

    record Ratio(String scenario, String what, double value, String goal, Boolean met) {
    }

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private final List<Ratio> ratios = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> setup = new ArrayList<>();
    private final Map<String, List<Cpu.Usage>> cpu = new LinkedHashMap<>();
    private final Map<String, String> cpuNotes = new LinkedHashMap<>();

    synchronized void add(String id, String label, String unit, double value) {
        figures.computeIfAbsent(id, k -> new Figure(id, label, unit, new ArrayList<>())).reps().add(value);
        log("  %-28s %-62s %12s %s", id, label, fmt(value), unit);
    }

    synchronized double median(String id) {
        Figure f = figures.get(id);
        return f == null ? Double.NaN : Stats.median(f.reps());
    }

    synchronized boolean has(String id) {
        return figures.containsKey(id);
    }

    /**
     * A goal "numerator ≥ goal × denominator" (atLeast) or "≤" (otherwise). When both figures have the same number
     * of repetitions (measured in pairs, side by side) the ratio is taken per pair and its median reported with
     * its range; otherwise it is the ratio of the medians.
     */
    synchronized void ratio(String scenario, String what, String numerator, String denominator, double goal,
                            boolean atLeast) {
        add(scenario, what + "  (" + numerator + " / " + denominator + ")",
                divide(reps(numerator), reps(denominator)), goal, atLeast);
    }

    /** The same, each side first divided by the baseline measured beside it: (a / aBase) / (b / bBase). */
    synchronized void normalized(String scenario, String what, String a, String aBase, String b, String bBase,
                                 double goal, boolean atLeast) {
        add(scenario, what + "  ((" + a + " / " + aBase + ") / (" + b + " / " + bBase + "))",
                divide(divide(reps(a), reps(aBase)), divide(reps(b), reps(bBase))), goal, atLeast);
    }

    /** A figure with no goal of its own, reported as a ratio (S11). */
    synchronized void ratio(String scenario, String what, String numerator, String denominator) {
        add(scenario, what + "  (" + numerator + " / " + denominator + ")",
                divide(reps(numerator), reps(denominator)), Double.NaN, true);
    }

    private void add(String scenario, String what, List<Double> pairs, double goal, boolean atLeast) {
        double value = pairs.isEmpty() ? Double.NaN : Stats.median(pairs);
        if (pairs.size() > 1) {
            what += " [pairs " + fmt(Stats.min(pairs)) + " – " + fmt(Stats.max(pairs)) + "]";
        }
        String goalText = Double.isNaN(goal) ? "report" : (atLeast ? "≥ " : "≤ ") + fmt(goal);
        Boolean met = Double.isNaN(value) || Double.isNaN(goal) ? null : atLeast ? value >= goal : value <= goal;
        ratios.add(new Ratio(scenario, what, value, goalText, met));
        log("  RATIO %-4s %-100s %8s  goal %s %s", scenario, what, fmt(value), goalText,
                met == null ? "" : met ? "met" : "MISSED");
    }

    private List<Double> reps(String id) {
        Figure f = figures.get(id);
        return f == null ? List.of() : f.reps();
    }

    /** Per pair when both sides have the same repetitions; otherwise the ratio of the medians, alone. */
    private static List<Double> divide(List<Double> a, List<Double> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        if (a.size() != b.size()) {
            return List.of(Stats.median(a) / Stats.median(b));
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i) / b.get(i));
        }
        return out;
    }

    synchronized void note(String text) {
        notes.add(text);
        log("  NOTE %s", text);
    }

    /**
     * A CPU reading of one repetition of {@code id}; the note shows the last repetition's ({@code ops} operations
     * of the kind {@code unit} in it). Every reading is kept: BenchSmokeTest checks none exceeds the cores.
     */
    synchronized void cpu(String id, Cpu.Usage usage, double ops, String unit) {
        cpu.computeIfAbsent(id, k -> new ArrayList<>()).add(usage);
        String text = id + " CPU over its last repetition (its warm-up included, if any): " + usage.describe() + "; "
                + usage.perOperation(ops, unit);
        cpuNotes.put(id, text);
        log("  CPU %s", text);
    }

    /** Every CPU reading, by figure id, in the order measured. */
    synchronized Map<String, List<Cpu.Usage>> cpuUsages() {
        Map<String, List<Cpu.Usage>> copy = new LinkedHashMap<>();
        cpu.forEach((id, usages) -> copy.put(id, List.copyOf(usages)));
        return copy;
    }

    synchronized void setup(String text) {
        setup.add(text);
        log("  SETUP %s", text);
    }

    synchronized List<Figure> figures() {
        return List.copyOf(figures.values());
    }

    synchronized String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### Run\n\n");
        setup.forEach(s -> md.append("- ").append(s).append('\n'));
        md.append("\n### Ratios against the goals (medians of this run)\n\n| scenario | ratio | value | goal | |\n|---|---|---:|---|---|\n");
        for (Ratio r : ratios) {
            md.append("| ").append(r.scenario()).append(" | ").append(r.what()).append(" | ").append(fmt(r.value()))
                    .append(" | ").append(r.goal()).append(" | ")
                    .append(r.met() == null ? "" : r.met() ? "met" : "**missed**").append(" |\n");
        }
        md.append("\n### Figures (min / median / max over the repetitions)\n\n| id | what | unit | min | median | max | reps |\n|---|---|---|---:|---:|---:|---:|\n");
        for (Figure f : figures.values()) {
            md.append("| ").append(f.id()).append(" | ").append(f.label()).append(" | ").append(f.unit()).append(" | ")
                    .append(fmt(Stats.min(f.reps()))).append(" | ").append(fmt(Stats.median(f.reps()))).append(" | ")
                    .append(fmt(Stats.max(f.reps()))).append(" | ").append(f.reps().size()).append(" |\n");
        }
        if (!notes.isEmpty() || !cpuNotes.isEmpty()) {
            md.append("\n### Notes\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
            cpuNotes.values().forEach(n -> md.append("- ").append(n).append('\n'));
        }
        return md.toString();
    }

    void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, markdown());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return String.valueOf(v);
        }
        double a = Math.abs(v);
        if (a >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        if (a >= 10) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, format + "%n", args);
        System.out.flush();
    }
}
