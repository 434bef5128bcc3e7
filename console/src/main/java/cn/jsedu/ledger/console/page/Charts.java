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

    /** One series of a bar or line chart. */
    public record Series(String name, List<BigDecimal> data) {
    }

    public static String bars(List<String> categories, List<Series> series, boolean horizontal) {
        Map<String, Object> option = base();
        Map<String, Object> categoryAxis = Map.of("type", "category", "data", categories,
                "axisLabel", Map.of("interval", 0, "rotate", horizontal ? 0 : 20));
        Map<String, Object> valueAxis = Map.of("type", "value");
        option.put("xAxis", horizontal ? valueAxis : categoryAxis);
        option.put("yAxis", horizontal ? categoryAxis : valueAxis);
        option.put("series", series.stream().map(s -> Map.of("name", s.name(), "type", "bar", "data", s.data())).toList());
        return json(option);
    }

    public static String lines(List<String> categories, List<Series> series) {
        Map<String, Object> option = base();
        option.put("xAxis", Map.of("type", "category", "data", categories, "boundaryGap", false));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", series.stream().map(s -> Map.of("name", s.name(), "type", "line", "data", s.data(),
                "smooth", false)).toList());
        return json(option);
    }

    public static String pie(Map<String, Long> slices) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "item"));
        option.put("legend", Map.of("bottom", 0));
        List<Map<String, Object>> data = new ArrayList<>();
        slices.forEach((name, value) -> data.add(Map.of("name", name, "value", value)));
        option.put("series", List.of(Map.of("type", "pie", "radius", List.of("40%", "70%"), "data", data)));
        return json(option);
    }

    private static Map<String, Object> base() {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 10, "right", 20, "bottom", 10, "top", 40, "containLabel", true));
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
