package cn.jsedu.ledger.query.export;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A proposal's one-line summary in the dossier's words. The read model keeps it as the proposal projection writes it
 * for API clients ({@code "WITHDRAW_KEY_SUPPORT 苏教职〔2022〕7号: 年度考核不合格"}, {@code "plan of 4 lines, REF: reason"},
 * ...); the parts are read back by that shape, the proposer's own words (reference, reason) kept as written. A summary
 * of a shape not known here is printed as it is: the reviewer sees what was proposed, if not in the best words.
 */
final class ProposalSummaryWords {

    private static final Pattern DECISION = Pattern.compile("([A-Z_]+)(?: (-?[0-9]+(?:\\.[0-9]+)?))? (.*?): (.*)", Pattern.DOTALL);
    private static final Pattern PLAN = Pattern.compile("plan of ([0-9]+) lines, (.*?): (.*)", Pattern.DOTALL);
    private static final Pattern SUSPENSION = Pattern.compile("suspension (.*?): (.*)", Pattern.DOTALL);
    private static final Pattern EXTENSION = Pattern.compile("extension to ([0-9-]+) (.*?): (.*)", Pattern.DOTALL);
    private static final Pattern OVERRIDE = Pattern.compile(
            "acceptance requested on ([0-9-]+) past the readiness checklist: (.*)", Pattern.DOTALL);

    private final DossierWords words;

    ProposalSummaryWords(DossierWords words) {
        this.words = words;
    }

    String summary(String summary) {
        String s = summary == null ? "" : summary;
        Matcher m;
        if ((m = PLAN.matcher(s)).matches()) {
            return words.text("proposalText.plan", m.group(1), m.group(2), m.group(3));
        }
        if ((m = SUSPENSION.matcher(s)).matches()) {
            return words.text("proposalText.suspension", m.group(1), m.group(2));
        }
        if ((m = EXTENSION.matcher(s)).matches()) {
            return words.text("proposalText.extension", m.group(1), m.group(2), m.group(3));
        }
        if ((m = OVERRIDE.matcher(s)).matches()) {
            return words.text("proposalText.acceptanceOverride", m.group(1), m.group(2));
        }
        if ((m = DECISION.matcher(s)).matches() && words.find("decision." + m.group(1)) != null) {
            String type = words.text("decision." + m.group(1));
            return m.group(2) == null
                    ? words.text("proposalText.decision", type, m.group(3), m.group(4))
                    : words.text("proposalText.decisionAmount", type, words.yuan(m.group(2)), m.group(3), m.group(4));
        }
        return s;
    }
}
