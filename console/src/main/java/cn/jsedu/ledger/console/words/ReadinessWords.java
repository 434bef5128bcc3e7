package cn.jsedu.ledger.console.words;

import cn.jsedu.ledger.console.api.view.ReadinessView;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A readiness checklist item's value and requirement in words of the catalogue ({@code itemValue.*},
 * {@code itemThreshold.*}), written from the item's typed figures as the query API answers them
 * ({@link ReadinessView.Figures}); the API's English phrases are for its other clients and are not read here. An item
 * without the figures its code needs (an older API, a new item) is not guessed at: the page says the figure is not
 * available ("—").
 */
final class ReadinessWords {

    private final Catalogue catalogue;

    ReadinessWords(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    String value(ReadinessView.Item item, Locale locale) {
        ReadinessView.Figures f = item.figures();
        String words = f == null || item.code() == null ? null : switch (item.code()) {
            case "CONSTRUCTION_PERIOD" -> f.constructionEnd() == null ? catalogue.text("itemValue.notApproved", locale)
                    : catalogue.text("itemValue.ends", locale, f.constructionEnd().toString());
            case "TOTAL_RECEIVED" -> f.received() == null ? null : catalogue.yuan(f.received(), locale);
            // nothing received yet: the API gives no share; say so rather than print a placeholder
            case "ENTERPRISE_SHARE" -> !present(f.enterprise(), f.received()) ? null : f.enterprisePercent() == null
                    ? catalogue.text("itemValue.shareNoneReceived", locale, catalogue.yuan(f.enterprise(), locale),
                    catalogue.yuan(f.received(), locale))
                    : catalogue.text("itemValue.share", locale, catalogue.yuan(f.enterprise(), locale),
                    catalogue.yuan(f.received(), locale), f.enterprisePercent().toPlainString());
            case "REPORTS_SUBMITTED" -> !present(f.reportsDue(), f.reportsSubmitted(), f.missingPeriods()) ? null
                    : f.missingPeriods().isEmpty()
                    ? catalogue.text("itemValue.reports", locale, count(f.reportsSubmitted()), count(f.reportsDue()))
                    : catalogue.text("itemValue.reportsMissing", locale, count(f.reportsSubmitted()),
                    count(f.reportsDue()), list(f.missingPeriods(), locale));
            case "MANDATORY_INDICATORS" -> !present(f.mandatoryIndicators(), f.indicatorsMet(), f.unmetIndicators())
                    ? null : f.mandatoryIndicators() == 0 ? catalogue.text("itemValue.noTaskBook", locale)
                    : f.unmetIndicators().isEmpty()
                    ? catalogue.text("itemValue.indicators", locale, count(f.indicatorsMet()),
                    count(f.mandatoryIndicators()))
                    : catalogue.text("itemValue.indicatorsUnmet", locale, count(f.indicatorsMet()),
                    count(f.mandatoryIndicators()), list(f.unmetIndicators(), locale));
            case "WORKSTATION_SHARE" -> f.workstationYears() == null ? null : f.workstationYears().isEmpty()
                    ? catalogue.text("itemValue.noYear", locale)
                    : list(f.workstationYears().stream().map(y -> catalogue.text("itemValue.year", locale,
                    String.valueOf(y.year()), String.valueOf(y.offered()), String.valueOf(y.total()))).toList(), locale);
            case "AGREEMENT_SIGNED" -> f.agreementsSigned() == null ? null
                    : catalogue.text("itemValue.signed", locale, count(f.agreementsSigned()));
            case "NOT_SUSPENDED_OR_TERMINATED" -> f.status() == null ? null
                    : catalogue.find("status." + f.status().name(), locale);
            case "ENTERPRISE_CONTRIBUTIONS_CONFIRMED" -> !present(f.contributionsDue(), f.contributionsConfirmed(),
                    f.unconfirmedContributions()) ? null : f.unconfirmedContributions().isEmpty()
                    ? catalogue.text("itemValue.confirmed", locale, count(f.contributionsConfirmed()),
                    count(f.contributionsDue()))
                    : catalogue.text("itemValue.confirmedOpen", locale, count(f.contributionsConfirmed()),
                    count(f.contributionsDue()), list(f.unconfirmedContributions().stream()
                            .map(c -> catalogue.text("itemValue.contribution", locale, c.entryId(),
                                    state(c.state(), locale))).toList(), locale));
            default -> null;
        };
        return words == null ? catalogue.text("itemValue.unknown", locale) : words;
    }

    String threshold(ReadinessView.Item item, Locale locale) {
        ReadinessView.Figures f = item.figures();
        String words = f == null || item.code() == null ? null : switch (item.code()) {
            case "CONSTRUCTION_PERIOD" -> f.windowStart() == null ? catalogue.text("itemThreshold.noPeriod", locale)
                    : catalogue.text("itemThreshold.onOrAfter", locale, f.windowStart().toString());
            case "TOTAL_RECEIVED" -> f.minimumTotal() == null ? null
                    : catalogue.text("itemThreshold.atLeast", locale, catalogue.yuan(f.minimumTotal(), locale));
            case "ENTERPRISE_SHARE" -> f.minimumShare() == null ? null
                    : catalogue.text("itemThreshold.atLeast", locale, f.minimumShare().toString());
            case "REPORTS_SUBMITTED" -> catalogue.text("itemThreshold.reports", locale);
            case "MANDATORY_INDICATORS" -> f.mandatoryTasks() == null ? null
                    : catalogue.text("itemThreshold.indicators", locale,
                    list(f.mandatoryTasks().stream().map(String::valueOf).toList(), locale));
            case "WORKSTATION_SHARE" -> f.minimumShare() == null ? null
                    : catalogue.text("itemThreshold.workstations", locale, f.minimumShare().toString());
            case "AGREEMENT_SIGNED" -> catalogue.text("itemThreshold.agreement", locale);
            case "NOT_SUSPENDED_OR_TERMINATED" -> catalogue.text("itemThreshold.running", locale);
            case "ENTERPRISE_CONTRIBUTIONS_CONFIRMED" -> catalogue.text("itemThreshold.confirmed", locale);
            default -> null;
        };
        return words == null ? catalogue.text("itemValue.unknown", locale) : words;
    }

    /** What the enterprise said of a contribution, in words; a state the catalogue does not know, as the API says it. */
    private String state(String state, Locale locale) {
        String words = state == null ? null : catalogue.find("contributionState." + state, locale);
        return words == null ? String.valueOf(state) : words;
    }

    /** Items joined as the language joins a list. */
    private String list(List<String> items, Locale locale) {
        return items.stream().collect(Collectors.joining(catalogue.text("list.separator", locale)));
    }

    /** A count as digits: a number handed to the catalogue would be grouped (2,025). */
    private static String count(Integer n) {
        return String.valueOf(n);
    }

    private static boolean present(Object... figures) {
        return Stream.of(figures).allMatch(Objects::nonNull);
    }
}
