package cn.jsedu.ledger.console.form;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Numbers as people type them into the forms, made into the API's shape: full-width digits and punctuation
 * ({@code １，５００．００}) become ASCII, thousands separators in their right places and a trailing 元 or ¥ are
 * dropped, so an amount typed as the console shows it ({@code 1,500.00}) is accepted. Anything else is sent as typed,
 * and the API's refusal names the field ({@link cn.jsedu.ledger.console.words.ConsoleWords}): this class decides
 * nothing the API decides.
 */
final class TypedNumbers {

    /** Digits grouped by three with commas, as the console prints amounts. */
    private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]*)?");

    private TypedNumbers() {
    }

    /** An amount or a count as the API takes it, when it is one written another way; else the text as typed. */
    static String plain(String typed) {
        String s = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        s = s.replaceFirst("^[¥]\\s*", "").replaceFirst("\\s*元$", "");
        if (GROUPED.matcher(s).matches()) {
            s = s.replace(",", "");
        }
        return s.matches("-?[0-9]+(\\.[0-9]*)?") ? s : typed.strip();
    }
}
