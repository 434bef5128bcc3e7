package cn.jsedu.ledger.kernel.readiness;

import java.util.List;
import java.util.Objects;

/**
 * One item of the acceptance checklist: whether it holds, its value and threshold as short English phrases for API
 * clients that print them as they are, the same typed in {@code figures} for clients that write their own words
 * (never parse the phrases back), and the events behind it.
 */
public record ReadinessItem(String code, boolean met, String value, String threshold, List<String> evidence,
                            ReadinessFigures figures) {

    public ReadinessItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(figures, "figures");
    }
}
