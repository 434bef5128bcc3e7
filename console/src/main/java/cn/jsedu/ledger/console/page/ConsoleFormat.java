package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.config.ConsoleProperties;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;

/**
 * Display formats for the templates ({@code ${@fmt.money(x)}}): money with thousands separators and exactly two
 * decimals (from the exact decimal string, never through a float), percentages, times in the programme's zone.
 */
@Component("fmt")
public class ConsoleFormat {

    private final DateTimeFormatter time;

    public ConsoleFormat(ConsoleProperties properties) {
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(properties.timeZone());
    }

    public String money(String decimal) {
        if (decimal == null || decimal.isBlank()) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(new BigDecimal(decimal));
    }

    public String percent(BigDecimal percent) {
        return percent == null ? "–" : percent.toPlainString() + "%";
    }

    /** Centipoints (hundredths of a point, the API's integer scores) as points with two decimals: 2250 → 22.50. */
    public String points(Integer centipoints) {
        return centipoints == null ? "–" : BigDecimal.valueOf(centipoints, 2).toPlainString();
    }

    public String time(Instant instant) {
        return instant == null ? "" : time.format(instant);
    }

    /** The first block of a UUID: enough to tell events apart on screen; the full id is in the title. */
    public String shortId(String id) {
        if (id == null) {
            return "";
        }
        int dash = id.indexOf('-');
        return dash > 0 ? id.substring(0, dash) : id;
    }

    public String ids(Collection<String> ids) {
        return ids == null ? "" : String.join(" ", ids);
    }
}
