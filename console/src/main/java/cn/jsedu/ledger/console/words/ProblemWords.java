package cn.jsedu.ledger.console.words;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refusal of the command API in words of the catalogue: the problem's stable {@code code} as a sentence
 * ({@code problem.CODE}), and each field error as a sentence naming the field by its label on the form. The API's
 * field messages are English for API clients; they are read back by their known shape (Bean Validation's and the
 * API's own), and a message of a shape this console does not know becomes "the value of X was not accepted", never
 * English on a Chinese page.
 */
final class ProblemWords {

    /** A field message's known shape and the catalogue key of its sentence ({0} the label, {1} the shape's figure). */
    private record Shape(Pattern pattern, String key) {
    }

    private static final List<Shape> SHAPES = List.of(
            new Shape(Pattern.compile("must not be (?:null|blank|empty)"), "fieldProblem.required"),
            new Shape(Pattern.compile("must be a decimal string.*"), "fieldProblem.money"),
            new Shape(Pattern.compile("has the wrong type \\(money is a decimal string.*"), "fieldProblem.wrongType"),
            new Shape(Pattern.compile("has the wrong type"), "fieldProblem.wrongType"),
            new Shape(Pattern.compile("must be a whole number.*"), "fieldProblem.integer"),
            new Shape(Pattern.compile("must be a half-year.*"), "fieldProblem.period"),
            new Shape(Pattern.compile("size must be between [0-9]+ and ([0-9]+)"), "fieldProblem.tooLong"),
            new Shape(Pattern.compile("must not contain control characters|.*characters that are not allowed.*"),
                    "fieldProblem.characters"),
            new Shape(Pattern.compile("must be greater than(?: or equal to)? (-?[0-9.]+)"), "fieldProblem.min"),
            new Shape(Pattern.compile("must be less than(?: or equal to)? (-?[0-9.]+)"), "fieldProblem.max"),
            new Shape(Pattern.compile("unknown field"), "fieldProblem.unknownField"));

    private final Catalogue catalogue;

    ProblemWords(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The sentence for a problem code; a code this console does not know yet is named as such. */
    String problem(String code, Locale locale) {
        String sentence = catalogue.find("problem." + code, locale);
        return sentence == null ? catalogue.text("problem.unknown", locale, code) : sentence;
    }

    /**
     * One field error as a sentence: {@code label} is the field's label on the form; {@code type} the form's input
     * type ({@code money}, {@code number}, ...), which says what a wrong type should have been.
     */
    String field(String label, String type, String message, String problemCode, String problemDetail, Locale locale) {
        String m = message == null ? "" : message.trim();
        if (!m.isEmpty() && m.equals(problemDetail)) {
            // a rule of the domain blamed on this field: its code says what is wrong
            return catalogue.text("fieldProblem.rule", locale, label, problem(problemCode, locale));
        }
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(m);
            if (matcher.matches()) {
                String key = shape.key();
                if (key.equals("fieldProblem.wrongType") || key.equals("fieldProblem.integer")) {
                    key = "number".equals(type) ? "fieldProblem.integer" : "money".equals(type) ? "fieldProblem.money"
                            : "fieldProblem.invalid";
                }
                return catalogue.text(key, locale, label, matcher.groupCount() > 0 ? matcher.group(1) : "");
            }
        }
        return catalogue.text("fieldProblem.invalid", locale, label, "");
    }
}
