package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.view.FindingsView;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.finding.FindingStatus;
import org.springframework.context.MessageSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import static cn.jsedu.ledger.console.form.FormField.Option;
import static cn.jsedu.ledger.console.form.FormField.date;
import static cn.jsedu.ledger.console.form.FormField.enumOptions;
import static cn.jsedu.ledger.console.form.FormField.select;
import static cn.jsedu.ledger.console.form.FormField.text;

/**
 * The audit finding forms (审计发现 and 整改, docs/adr/0021): the auditor records one, the college answers it, the
 * education department closes or reopens it. Each later step offers only the findings in the state its command
 * accepts (the API's FINDING_NOT_OPEN, FINDING_NOT_ANSWERED, FINDING_ALREADY_OPEN otherwise), named by id, category,
 * deadline and the start of the text, so the user picks a finding by what it says.
 */
final class FindingForms {

    /** Enough of a finding's text to tell it from the others in a list; the whole text is on the platform page. */
    private static final int TEXT_SHOWN = 30;

    private FindingForms() {
    }

    static List<FormField> record() {
        return List.of(select("category", true, enumOptions("findingCategory", List.of(FindingCategory.values())))
                        .labelKey("field.findingCategory"),
                text("text", true).labelKey("field.findingText"), date("deadline", true),
                text("findingId", false).labelKey("field.newFindingId"));
    }

    static List<FormField> rectification(List<Option> open) {
        return List.of(chosen(open), text("text", true).labelKey("field.rectificationText"));
    }

    static List<FormField> closure(List<Option> answered) {
        return List.of(chosen(answered), text("remarks", true).labelKey("field.closureRemarks"));
    }

    static List<FormField> reopening(List<Option> answeredOrClosed) {
        return List.of(chosen(answeredOrClosed), text("reason", true), date("deadline", true));
    }

    private static FormField chosen(List<Option> findings) {
        return select("findingId", true, findings);
    }

    /** The platform's findings in one of the given states, labelled for a list. */
    static List<Option> inState(QueryApi queries, String platformId, Set<FindingStatus> states, MessageSource messages,
                                Locale locale, ApiCall call) {
        FindingsView view = queries.findings(platformId, null, call);
        return view.findings().stream().filter(f -> states.contains(f.status()))
                .map(f -> Option.text(f.findingId(), label(f, messages, locale))).toList();
    }

    static String label(FindingsView.Finding f, MessageSource messages, Locale locale) {
        String category = messages.getMessage("findingCategory." + f.category().name(), null, f.category().name(), locale);
        String text = f.text() == null ? "" : f.text().length() <= TEXT_SHOWN ? f.text()
                : f.text().substring(0, TEXT_SHOWN) + "…";
        return f.findingId() + " · " + category + " · " + messages.getMessage("field.deadlineOn",
                new Object[]{f.deadline()}, locale) + " · " + text;
    }
}
