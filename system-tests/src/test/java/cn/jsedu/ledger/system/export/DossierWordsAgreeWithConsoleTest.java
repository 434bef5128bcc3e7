package cn.jsedu.ledger.system.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF dossier (query side) and the console say the same thing in the same words: the dossier's catalogue
 * ({@code i18n/dossier-words}) repeats the console's sentences for readiness values, proposals, findings and amounts
 * (the query side does not depend on the console), and every key both have must read the same in both languages.
 * Here, because only the system tests have both applications on their class path.
 */
class DossierWordsAgreeWithConsoleTest {

    @ParameterizedTest
    @CsvSource({"dossier-words.properties, console-words.properties",
            "dossier-words_en.properties, console-words_en.properties"})
    void everyKeyBothCataloguesHaveReadsTheSame(String dossierFile, String consoleFile) throws IOException {
        Properties dossier = load(dossierFile);
        Properties console = load(consoleFile);
        Set<String> shared = new TreeSet<>(dossier.stringPropertyNames());
        shared.retainAll(console.stringPropertyNames());
        // the sentences the two print of the same facts: without them this test would compare nothing
        assertThat(shared).contains("amount.yuan", "list.separator", "itemValue.share", "itemThreshold.atLeast",
                "proposalText.decisionAmount", "findingText.ACTUAL_ENTERPRISE_SHARE_NOT_MET");
        for (String key : shared) {
            assertThat(dossier.getProperty(key)).as(key).isEqualTo(console.getProperty(key));
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DossierWordsAgreeWithConsoleTest.class.getResourceAsStream("/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
