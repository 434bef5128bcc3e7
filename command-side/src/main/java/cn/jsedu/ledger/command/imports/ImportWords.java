package cn.jsedu.ledger.command.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;

/**
 * The Chinese words of an import's errors ({@code i18n/import-words.properties}): column labels as the export heads
 * them, the sentence for each malformed cell, and the console's sentence for each rule a row may break.
 */
final class ImportWords {

    private static final Properties WORDS = load();

    private ImportWords() {
    }

    static String column(String key) {
        return key == null ? null : WORDS.getProperty("column." + key, key);
    }

    static String cell(String what, Object... arguments) {
        return MessageFormat.format(WORDS.getProperty("cell." + what), arguments);
    }

    static String problem(String code) {
        String sentence = WORDS.getProperty("problem." + code);
        return sentence != null ? sentence : MessageFormat.format(WORDS.getProperty("rowProblem.unknown"), code);
    }

    private static Properties load() {
        Properties words = new Properties();
        try (InputStream in = ImportWords.class.getResourceAsStream("/i18n/import-words.properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
