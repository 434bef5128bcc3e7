package cn.jsedu.ledger.console.words;

import org.springframework.context.MessageSource;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * The console's message catalogue ({@code i18n/console-words*.properties}, zh and en) with the one way an amount is
 * written in a sentence: thousands separators, two decimals, and the unit ({@code 7,344,000.00 元}). The APIs answer
 * codes and figures; only the console (and the dossier) turns them into words.
 */
public final class Catalogue {

    private final MessageSource messages;

    public Catalogue(MessageSource messages) {
        this.messages = messages;
    }

    /** The message, or {@code null} when the catalogue has no such key. */
    public String find(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, null, locale);
    }

    public String text(String key, Locale locale, Object... args) {
        String text = find(key, locale, args);
        return text == null ? key : text;
    }

    /** An exact decimal amount in yuan, as a sentence quotes it; anything that is not a decimal is kept as given. */
    public String yuan(String decimal, Locale locale) {
        return text("amount.yuan", locale, grouped(decimal));
    }

    /** {@code 7344000} as {@code 7,344,000.00}, from the exact decimal (never through a float). */
    public static String grouped(String decimal) {
        if (decimal == null || decimal.isBlank()) {
            return "";
        }
        try {
            DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            return format.format(new BigDecimal(decimal.trim()));
        } catch (NumberFormatException e) {
            return decimal;
        }
    }
}
