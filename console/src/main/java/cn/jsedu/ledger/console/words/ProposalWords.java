package cn.jsedu.ledger.console.words;

import cn.jsedu.ledger.console.api.view.ProposalView;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pending proposal's one-line summary in words of the catalogue. The query API writes it for API clients
 * ({@code "REWARD 1000000.00 苏教职〔2022〕7号: 年度绩效考核优秀"}, {@code "plan of 4 lines, REF: reason"},
 * {@code "suspension REF: reason"}); the console reads the parts back by that shape (the proposer's own words, the
 * reason and the reference, are kept as written).
 */
final class ProposalWords {

    private static final Pattern DECISION = Pattern.compile("([A-Z_]+)(?: (-?[0-9]+(?:\\.[0-9]+)?))? (.*?): (.*)", Pattern.DOTALL);
    private static final Pattern PLAN = Pattern.compile("plan of ([0-9]+) lines, (.*?): (.*)", Pattern.DOTALL);
    private static final Pattern SUSPENSION = Pattern.compile("suspension (.*?): (.*)", Pattern.DOTALL);

    private final Catalogue catalogue;

    ProposalWords(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    String summary(ProposalView proposal, Locale locale) {
        String s = proposal.summary() == null ? "" : proposal.summary();
        Matcher m;
        if ((m = PLAN.matcher(s)).matches()) {
            return catalogue.text("proposalText.plan", locale, m.group(1), m.group(2), m.group(3));
        }
        if ((m = SUSPENSION.matcher(s)).matches()) {
            return catalogue.text("proposalText.suspension", locale, m.group(1), m.group(2));
        }
        if ((m = DECISION.matcher(s)).matches() && catalogue.find("decision." + m.group(1), locale) != null) {
            String type = catalogue.text("decision." + m.group(1), locale);
            return m.group(2) == null
                    ? catalogue.text("proposalText.decision", locale, type, m.group(3), m.group(4))
                    : catalogue.text("proposalText.decisionAmount", locale, type, catalogue.yuan(m.group(2), locale),
                    m.group(3), m.group(4));
        }
        return catalogue.text("itemValue.unknown", locale);
    }
}
