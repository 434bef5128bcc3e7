package cn.jsedu.ledger.system.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

import java.util.List;

/**
 * What a hostile client types: text from every Unicode class that breaks readers (lone surrogates, noncharacters,
 * controls, bidirectional overrides, zero-width joiners, full-width digits, emoji, NUL), extremes of numbers as JSON
 * tokens and as text, and values of the wrong JSON type. Each generator mixes fixed nasty values with random ones.
 */
final class Hostile {

    /** Pieces of text that break something somewhere; written as escapes so the source stays plain ASCII. */
    static final List<String> TEXT = List.of(
            "", " ", "\u0000", "a\u0000b", "\u0007", "\u001b[31mred", "\u007f", "\u0085", "\u009b",
            "\t", "\r\n", "line\nbreak", "\u2028", "\u2029",
            "\ud800", "\udc00", "x\ud83d", "\udc00\ud800", "\ud83d\ude00", "\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67",
            "\ufffe", "\uffff", "\ufdd0", "\ufdef", "\udbff\udfff", "\ud83f\udffe", "\ue000",
            "\u200f", "\u202e\u0644\u0627", "\u2066x\u2069", "\u200b", "\u200d", "\ufeff", "\u00ad",
            "\uff11\uff12\uff13", "\uff10.\uff10\uff10", "\uff2a\uff33-101", "\u0661\u0662\u0663",
            "e\u0301", "Z\u0337\u0322\u031b", "\u6d4b\u8bd5", "\u0645\u0631\u062d\u0628\u0627", "\u0130i\u0131I",
            "NaN", "Infinity", "-Infinity", "1e400", "-1e400", "0x10", "-0", "+1.00", " 1.00", "1.00 ", "1,000.00",
            "1.005", "0.001", "-1.00", "0.00", "00.10", "10000000000.01", "9999999999999999.99", "99999999999999999.99",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "4294967296", "2147483648",
            "2020-02-30", "0000-01-01", "0001-01-01", "+999999999-12-31", "-999999999-01-01", "2020-1-1",
            "2020-01-01T00:00:00Z", "9999-12-31", "10000-01-01", "2020-13-01", "\uff12\uff10\uff12\uff10-01-01",
            "1970-01-01T00:00:00Z", "2020-06-01T12:00:00+08:00", "-1000000000-01-01T00:00:00Z",
            "'; DROP TABLE event_store.domain_event_entry; --", "\" OR 1=1 --", "${jndi:ldap://127.0.0.1/x}",
            "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "../../etc/passwd", "..", ".", "%00", "%2F", "%",
            "\\u0000", "\\", "\"", "{}", "[]", "null", "true", "JS-101", "E1", "A-1", "PROVINCIAL_FINANCE",
            "provincial_finance", "CASH ", "2020H3", "2020h1", "1999H1");

    /** JSON tokens of every type and extreme, written as they go on the wire. */
    static final List<String> TOKENS = List.of(
            "null", "true", "false", "0", "-0", "1", "-1", "0.0", "1.5", "-1.5", "1E2", "1e400", "-1e400", "1e-400",
            "2147483647", "2147483648", "-2147483649", "4294967296", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "18446744073709551616", "123456789012345678901234567890123456789012345678901",
            "0.1", "100.00", "1000000000", "1000000001", "10000000", "10000001",
            "[]", "[1]", "[\"a\"]", "[null]", "{}", "{\"a\":1}", "\"\"", "\"a\"", "\"1\"", "\"1.00\"", "\"true\"",
            "\"2020-06-01\"", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]");

    private Hostile() {
    }

    /** Hostile text: a fixed piece, a random string from a nasty alphabet, or a long run. */
    static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(TEXT)),
                net.jqwik.api.Tuple.of(3, nastyStrings()),
                net.jqwik.api.Tuple.of(1, longText()));
    }

    /** Random strings over characters chosen to hurt: controls, surrogates, noncharacters, marks, digits. */
    static Arbitrary<String> nastyStrings() {
        Arbitrary<Character> chars = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.chars().alpha().numeric()),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u0000', '\u001f')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\ud800', '\udfff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\ufffe', '\uffff', '\ufdd0', '\u200f', '\u202e', '\u200d', '\ufeff')),
                net.jqwik.api.Tuple.of(2, Arbitraries.chars().range('\u4e00', '\u4fff')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars().range('\uff10', '\uff19')),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('.', '/', '%', '\\', '"', '\'', '-', '_', ' ', '+', ';', '?', '#')));
        return chars.list().ofMinSize(1).ofMaxSize(24)
                .map(list -> list.stream().map(String::valueOf).reduce("", String::concat));
    }

    /** Long text around the limits: 1,000 characters of plain text allowed, 1,001 not; the parser stops at 100,000. */
    static Arbitrary<String> longText() {
        return Arbitraries.of(64, 65, 200, 1_000, 1_001, 10_000, 100_001)
                .flatMap(n -> Arbitraries.of("a", "\u6d4b", "\ud83d\ude00", "9").map(unit -> unit.repeat(n)));
    }

    /** A JSON value as text: a token of any type and extreme, or hostile text as a JSON string. */
    static Arbitrary<String> jsonValue() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.of(TOKENS)),
                net.jqwik.api.Tuple.of(1, text().map(Json::quote)));
    }
}
