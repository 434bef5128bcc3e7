package cn.jsedu.ledger.support.web;

/**
 * Which text the ledger takes in: any Unicode scalar value except lone surrogates (not text at all: strict JSON
 * parsers, XML and PostgreSQL refuse them), noncharacters (U+FDD0..U+FDEF and the last two code points of every
 * plane, reserved for a program's internal use) and control characters; tab, CR and LF only in body text, where
 * the request's own validation decides whether a field allows them. Everything stored is later written out as
 * JSON, CSV, XLSX or PDF, so what would break a strict reader is refused where it comes in.
 */
public final class InputText {

    private InputText() {
    }

    /** Why {@code text} is refused, or null if it is acceptable; line breaks and tabs allowed when asked. */
    public static String problem(String text, boolean lineBreaksAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    if (isNoncharacter(Character.toCodePoint(c, text.charAt(i + 1)))) {
                        return "must not contain noncharacters";
                    }
                    i++;
                    continue;
                }
                return "must not contain lone surrogates";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not contain lone surrogates";
            }
            if (isNoncharacter(c)) {
                return "must not contain noncharacters";
            }
            if (Character.isISOControl(c) && !(lineBreaksAllowed && (c == '\t' || c == '\r' || c == '\n'))) {
                return "must not contain control characters";
            }
        }
        return null;
    }

    static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }
}
