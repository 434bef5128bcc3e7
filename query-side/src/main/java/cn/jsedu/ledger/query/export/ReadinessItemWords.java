package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.readiness.AcceptanceChecklist;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;

import java.util.Objects;
import java.util.stream.Stream;

/**
 * A readiness item's value and requirement in the dossier's words, written from the item's typed
 * {@link ReadinessFigures} (never from its English phrases), in the console's sentences (its {@code ReadinessWords}).
 * An item without the figures its code needs is printed as "—" rather than guessed: {@code DossierPdfTest} prints
 * every item of a real checklist and fails on a "—".
 */
final class ReadinessItemWords {

    private final DossierWords words;

    ReadinessItemWords(DossierWords words) {
        this.words = words;
    }

    String value(ReadinessItem item) {
        ReadinessFigures f = item.figures();
        String text = f == null ? null : switch (item.code()) {
            case AcceptanceChecklist.CONSTRUCTION_PERIOD -> f.constructionEnd() == null
                    ? words.text("itemValue.notApproved") : words.text("itemValue.ends", f.constructionEnd().toString());
            case AcceptanceChecklist.TOTAL_RECEIVED -> f.received() == null ? null : yuan(f.received());
            case AcceptanceChecklist.ENTERPRISE_SHARE -> !present(f.enterprise(), f.received()) ? null
                    : f.enterprisePercent() == null
                    ? words.text("itemValue.shareNoneReceived", yuan(f.enterprise()), yuan(f.received()))
                    : words.text("itemValue.share", yuan(f.enterprise()), yuan(f.received()),
                    f.enterprisePercent().toPlainString());
            case AcceptanceChecklist.REPORTS_SUBMITTED -> !present(f.reportsDue(), f.reportsSubmitted(), f.missingPeriods())
                    ? null : f.missingPeriods().isEmpty()
                    ? words.text("itemValue.reports", count(f.reportsSubmitted()), count(f.reportsDue()))
                    : words.text("itemValue.reportsMissing", count(f.reportsSubmitted()), count(f.reportsDue()),
                    words.list(f.missingPeriods()));
            case AcceptanceChecklist.MANDATORY_INDICATORS -> !present(f.mandatoryIndicators(), f.indicatorsMet(),
                    f.unmetIndicators()) ? null : f.mandatoryIndicators() == 0 ? words.text("itemValue.noTaskBook")
                    : f.unmetIndicators().isEmpty()
                    ? words.text("itemValue.indicators", count(f.indicatorsMet()), count(f.mandatoryIndicators()))
                    : words.text("itemValue.indicatorsUnmet", count(f.indicatorsMet()), count(f.mandatoryIndicators()),
                    words.list(f.unmetIndicators()));
            case AcceptanceChecklist.WORKSTATION_SHARE -> f.workstationYears() == null ? null
                    : f.workstationYears().isEmpty() ? words.text("itemValue.noYear")
                    : words.list(f.workstationYears().stream().map(y -> words.text("itemValue.year",
                    String.valueOf(y.year()), String.valueOf(y.offered()), String.valueOf(y.total()))).toList());
            case AcceptanceChecklist.AGREEMENT_SIGNED -> f.agreementsSigned() == null ? null
                    : words.text("itemValue.signed", count(f.agreementsSigned()));
            case AcceptanceChecklist.NOT_SUSPENDED_OR_TERMINATED -> f.status() == null ? null
                    : words.find("status." + f.status().name());
            case AcceptanceChecklist.ENTERPRISE_CONTRIBUTIONS_CONFIRMED -> !present(f.contributionsDue(),
                    f.contributionsConfirmed(), f.unconfirmedContributions()) ? null
                    : f.unconfirmedContributions().isEmpty()
                    ? words.text("itemValue.confirmed", count(f.contributionsConfirmed()), count(f.contributionsDue()))
                    : words.text("itemValue.confirmedOpen", count(f.contributionsConfirmed()),
                    count(f.contributionsDue()), words.list(f.unconfirmedContributions().stream()
                            .map(c -> words.text("itemValue.contribution", c.entryId(),
                                    words.label("contributionState", c.state().name()))).toList()));
            default -> null;
        };
        return text == null ? words.text("itemValue.unknown") : text;
    }

    String threshold(ReadinessItem item) {
        ReadinessFigures f = item.figures();
        String text = f == null ? null : switch (item.code()) {
            case AcceptanceChecklist.CONSTRUCTION_PERIOD -> f.windowStart() == null ? words.text("itemThreshold.noPeriod")
                    : words.text("itemThreshold.onOrAfter", f.windowStart().toString());
            case AcceptanceChecklist.TOTAL_RECEIVED -> f.minimumTotal() == null ? null
                    : words.text("itemThreshold.atLeast", yuan(f.minimumTotal()));
            case AcceptanceChecklist.ENTERPRISE_SHARE -> f.minimumShare() == null ? null
                    : words.text("itemThreshold.atLeast", share(f.minimumShare()));
            case AcceptanceChecklist.REPORTS_SUBMITTED -> words.text("itemThreshold.reports");
            case AcceptanceChecklist.MANDATORY_INDICATORS -> f.mandatoryTasks() == null ? null
                    : words.text("itemThreshold.indicators",
                    words.list(f.mandatoryTasks().stream().map(String::valueOf).toList()));
            case AcceptanceChecklist.WORKSTATION_SHARE -> f.minimumShare() == null ? null
                    : words.text("itemThreshold.workstations", share(f.minimumShare()));
            case AcceptanceChecklist.AGREEMENT_SIGNED -> words.text("itemThreshold.agreement");
            case AcceptanceChecklist.NOT_SUSPENDED_OR_TERMINATED -> words.text("itemThreshold.running");
            case AcceptanceChecklist.ENTERPRISE_CONTRIBUTIONS_CONFIRMED -> words.text("itemThreshold.confirmed");
            default -> null;
        };
        return text == null ? words.text("itemValue.unknown") : text;
    }

    private String yuan(Money amount) {
        return words.yuan(amount.toString());
    }

    /** A count as digits: a number handed to the catalogue would be grouped (2,025). */
    private static String count(Integer n) {
        return String.valueOf(n);
    }

    private static String share(Share share) {
        return share.numerator() + "/" + share.denominator();
    }

    private static boolean present(Object... figures) {
        return Stream.of(figures).allMatch(Objects::nonNull);
    }
}
