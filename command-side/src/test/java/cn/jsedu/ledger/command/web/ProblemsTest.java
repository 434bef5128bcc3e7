package cn.jsedu.ledger.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A problem detail quotes what the parser said of a body; what it quotes must still be text. */
class ProblemsTest {

    @Test
    void aLoneSurrogateTheParserQuotesBecomesTheReplacementCharacter() {
        // Found by the fuzz run: a body "{\uD800}" drew a detail quoting '\uD800', which a strict JSON reader refuses.
        String cleaned = Problems.clean("Unexpected character ('\uD800' (code 55296)) and ('\uDC00')");

        assertThat(cleaned).isEqualTo("Unexpected character ('\uFFFD' (code 55296)) and ('\uFFFD')");
    }

    @Test
    void controlCharactersBecomeSpacesAndPairsAreKept() {
        assertThat(Problems.clean("a\nb\u0000c \uD83D\uDE00")).isEqualTo("a b c \uD83D\uDE00");
    }

    @Test
    void longTextIsCutAtThreeHundredCharactersNeverInsideAPair() {
        String cleaned = Problems.clean("x".repeat(299) + "\uD83D\uDE00" + "y".repeat(10));

        assertThat(cleaned).isEqualTo("x".repeat(299) + "…");
        assertThat(Problems.clean("z".repeat(300))).isEqualTo("z".repeat(300));
    }

    @Test
    void aNoncharacterBecomesTheReplacementCharacter() {
        // Found by the fuzz run: "unknown field" quoted a field name as the client wrote it, controls included.
        assertThat(Problems.clean("unknown field \uFFFF\uFDD0\u0000")).isEqualTo("unknown field \uFFFD\uFFFD ");
    }
}
