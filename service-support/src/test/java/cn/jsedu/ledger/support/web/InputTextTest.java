package cn.jsedu.ledger.support.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Which text the ledger takes in: every class of refused character, and real text that must pass. */
class InputTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "a\udc00", "\udc00\ud800", "\uffff", "\ufffe", "\ufdd0", "\ufdef",
            "\ud83f\udffe", "\udbff\udfff", "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u009f"})
    void refused(String text) {
        assertThat(InputText.problem("凭证" + text + "号", true)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"财拨〔2020〕12号", "凭证😀", "𠀀𪚥", "ＡＢＣ１２３（全角）", "\ufdcf\ufdf0\ufffd", "a b",
            "\u200b\u00a0", "ﬁ"})
    void accepted(String text) {
        assertThat(InputText.problem(text, false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t", "\r", "\n"})
    void lineBreaksAndTabsOnlyWhereAllowed(String text) {
        assertThat(InputText.problem("a" + text + "b", true)).isNull();
        assertThat(InputText.problem("a" + text + "b", false)).isNotNull();
    }
}
