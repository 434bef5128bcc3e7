package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.chain.ChainProblem;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The dossier's catalogue has the same keys in Chinese and English, and words for every problem and state it prints. */
class DossierWordsTest {

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryPrintedValueHasWords() throws IOException {
        Properties zh = load("dossier-words.properties");
        Properties en = load("dossier-words_en.properties");
        assertThat(en.stringPropertyNames()).isEqualTo(zh.stringPropertyNames());
        for (ChainProblem problem : ChainProblem.values()) {
            assertThat(zh).containsKey("chainProblem." + problem.name());
        }
        for (ContributionConfirmations.State state : ContributionConfirmations.State.values()) {
            assertThat(zh).containsKey("contributionState." + state.name());
        }
    }

    @Test
    void amountsInSentencesAreExactYuanWithSeparators() {
        DossierWords words = DossierPdfTest.words();
        assertThat(words.yuan("7344000")).isEqualTo("7,344,000.00 元");
        assertThat(words.yuan("-0.01")).isEqualTo("-0.01 元");
        assertThat(words.yuan("9999999999.99")).isEqualTo("9,999,999,999.99 元");
        assertThat(words.label("decision", "WITHDRAW_KEY_SUPPORT")).isEqualTo("不再作为重点支持项目");
        assertThat(words.label("decision", "NO_SUCH_DECISION")).isEqualTo("NO_SUCH_DECISION"); // shown, not hidden
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DossierWordsTest.class.getResourceAsStream("/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
