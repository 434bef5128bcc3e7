package cn.jsedu.ledger.console.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.web.util.HtmlUtils;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A console page's HTML as a test reads it: an element's text or attribute by id, a chart's option as JSON. */
record RenderedPage(String html) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The start tag of the element with this id. */
    String tag(String id) {
        Matcher m = Pattern.compile("<[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no element #" + id);
        }
        return m.group();
    }

    /** The text directly inside the element with this id (up to its first child tag), unescaped and trimmed. */
    String text(String id) {
        int start = html.indexOf(tag(id)) + tag(id).length();
        return HtmlUtils.htmlUnescape(html.substring(start, html.indexOf('<', start))).trim();
    }

    String attribute(String id, String name) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag(id));
        if (!m.find()) {
            throw new AssertionError("#" + id + " has no " + name);
        }
        return HtmlUtils.htmlUnescape(m.group(1));
    }

    JsonNode chart(String id) {
        try {
            return JSON.readTree(attribute(id, "data-chart"));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The last value of the chart's series with this name. */
    String lastOf(String chartId, String seriesName) {
        for (JsonNode series : chart(chartId).get("series")) {
            if (series.get("name").asText().equals(seriesName)) {
                JsonNode data = series.get("data");
                return data.get(data.size() - 1).decimalValue().setScale(2).toPlainString();
            }
        }
        throw new AssertionError("no series " + seriesName + " in #" + chartId);
    }
}
