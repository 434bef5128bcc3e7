package cn.jsedu.ledger.system.imports;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import's errors (command side, ADR 0024) and the console say the same thing in the same words: the import's
 * catalogue ({@code i18n/import-words}) repeats the console's sentence for each rule a row may break, and every key both
 * have must read the same. Here, because only the system tests have both applications on their class path.
 */
class ImportWordsAgreeWithConsoleTest {

    @Test
    void everyProblemBothCataloguesHaveReadsTheSame() throws IOException {
        Properties imports = load("import-words.properties");
        Properties console = load("console-words.properties");
        Set<String> shared = new TreeSet<>(imports.stringPropertyNames());
        shared.retainAll(console.stringPropertyNames());
        // the rules an imported row breaks most: without them this test would compare nothing
        assertThat(shared).contains("problem.INSUFFICIENT_CASH_BALANCE", "problem.DATE_OUTSIDE_WINDOW",
                "problem.AMOUNT_OUT_OF_RANGE", "problem.BUDGET_EXCEEDED", "problem.IMPORT_ROWS_REFUSED");
        for (String key : shared) {
            assertThat(imports.getProperty(key)).as(key).isEqualTo(console.getProperty(key));
        }
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ImportWordsAgreeWithConsoleTest.class.getResourceAsStream("/i18n/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
