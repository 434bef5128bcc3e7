package cn.jsedu.ledger.console.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ECharts options built on the server and handed to the page as JSON in a {@code data-chart} attribute; the page's
 * only script ({@code console.js}, same origin) draws them. No inline script, so the console's content security
 * policy can forbid scripts from anywhere else. Chart numbers are for drawing only; tables show the exact figures.
 */
public final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {
    }

    /** Colours by meaning, the same as the tables' (console.css): never by a series' place in a list. */
    public static final String GOOD = "#1e7d32";
    public static final String BAD = "#b42318";
    public static final String WARN = "#c77700";
    public static final String NEUTRAL = "#1d5fa8";
    public static final String MUTED = "#7b8794";

    /** One series of a bar or line chart, with its colour (null: the chart's palette). */
    public record Series(String name, List<BigDecimal> data, String color) {

        public Series(String name, List<BigDecimal> data) {
            this(name, data, null);
        }
    }

    /** One slice of a pie: its label, count, colour by meaning, and the value a click filters by. */
    public record Slice(String name, long value, String color, String key) {
    }

    public static String bars(List<String> categories, List<Series> series, boolean horizontal) {
        Map<String, Object> option = base();
        Map<String, Object> categoryAxis = Map.of("type", "category", "data", categories,
                "axisLabel", Map.of("interval", 0, "rotate", horizontal ? 0 : 20));
        Map<String, Object> valueAxis = Map.of("type", "value");
        option.put("xAxis", horizontal ? valueAxis : categoryAxis);
        option.put("yAxis", horizontal ? categoryAxis : valueAxis);
        option.put("series", series.stream().map(s -> styled(s, "bar")).toList());
        return json(option);
    }

    /** Bars of one series where each bar has its own colour and click value (a count per category). */
    public static String countBars(List<Slice> bars, boolean horizontal) {
        Map<String, Object> option = base();
        option.put("legend", Map.of("show", false));
        Map<String, Object> categoryAxis = Map.of("type", "category", "data", bars.stream().map(Slice::name).toList(),
                "axisLabel", Map.of("interval", 0, "width", 220, "overflow", "break"));
        Map<String, Object> valueAxis = Map.of("type", "value", "minInterval", 1);
        option.put("xAxis", horizontal ? valueAxis : categoryAxis);
        option.put("yAxis", horizontal ? categoryAxis : valueAxis);
        option.put("series", List.of(Map.of("type", "bar", "data", bars.stream().map(Charts::datum).toList(),
                "label", Map.of("show", true, "position", horizontal ? "right" : "top"))));
        return json(option);
    }

    public static String lines(List<String> categories, List<Series> series) {
        Map<String, Object> option = base();
        option.put("xAxis", Map.of("type", "category", "data", categories, "boundaryGap", false));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", series.stream().map(s -> styled(s, "line")).toList());
        return json(option);
    }

    public static String pie(List<Slice> slices) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("bottom", 0, "type", "scroll"));
        option.put("series", List.of(Map.of("type", "pie", "radius", List.of("35%", "62%"), "center", List.of("50%", "45%"),
                "data", slices.stream().map(Charts::datum).toList())));
        return json(option);
    }

    /** The chart's figures in words, for its text alternative: {@code 名称：数值；…}. */
    public static String describe(List<Slice> slices, String separator, String listSeparator) {
        List<String> parts = new ArrayList<>();
        slices.forEach(s -> parts.add(s.name() + separator + s.value()));
        return String.join(listSeparator, parts);
    }

    private static Map<String, Object> styled(Series s, String type) {
        Map<String, Object> series = new LinkedHashMap<>();
        series.put("name", s.name());
        series.put("type", type);
        series.put("data", s.data());
        if (s.color() != null) {
            series.put("itemStyle", Map.of("color", s.color()));
            if (type.equals("line")) {
                series.put("lineStyle", Map.of("color", s.color()));
            }
        }
        return series;
    }

    private static Map<String, Object> datum(Slice s) {
        Map<String, Object> datum = new LinkedHashMap<>();
        datum.put("name", s.name());
        datum.put("value", s.value());
        if (s.color() != null) {
            datum.put("itemStyle", Map.of("color", s.color()));
        }
        if (s.key() != null) {
            datum.put("key", s.key());
        }
        return datum;
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0, "type", "scroll"));
        option.put("grid", Map.of("left", 10, "right", 30, "bottom", 10, "top", 40, "containLabel", true));
        return option;
    }

    private static String json(Object option) {
        try {
            return JSON.writeValueAsString(option);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
