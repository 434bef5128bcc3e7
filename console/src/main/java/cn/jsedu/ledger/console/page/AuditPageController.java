package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.BalancesView;
import cn.jsedu.ledger.console.api.view.ComplianceView;
import cn.jsedu.ledger.console.api.view.HistoryEntryView;
import cn.jsedu.ledger.console.api.view.LedgerLinesView;
import cn.jsedu.ledger.console.api.view.PlatformDetailView;
import cn.jsedu.ledger.console.api.view.VerificationReportView;
import cn.jsedu.ledger.console.config.ConsoleProperties;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;

/**
 * The auditor's page of a platform: its full event history from the event store (who, in which role, when, why,
 * with which idempotency key), balances and compliance as of an effective date and as known at a past moment
 * (time travel: events recorded after that moment are marked unknown then), and the tamper-evidence verification;
 * each as the query API answers it for that date and moment.
 */
@Controller
public class AuditPageController extends ConsolePage {

    private final QueryApi queries;
    private final Reads reads;
    private final ZoneId zone;

    public AuditPageController(QueryApi queries, Reads reads, ConsoleProperties properties) {
        this.queries = queries;
        this.reads = reads;
        this.zone = properties.timeZone();
    }

    /**
     * One history entry, whether it was already recorded at the chosen "known at" moment, and the ledger line it
     * recorded (null for an event that moves no money): the line gives the amount in yuan, the effective date, the
     * voucher and the source as the query API's ledger serves them, so the raw payload (amounts in fen) can stay
     * behind a details toggle.
     */
    public record HistoryLine(HistoryEntryView entry, boolean known, String payload, LedgerLinesView.LedgerLineView line) {
    }

    /**
     * The history can be filtered ({@link HistoryFilter}: {@code kind}, {@code source}, {@code from}, {@code to},
     * {@code q}); a value that is not one (a date that is not a date, an unknown source) is ignored and the page says
     * so. With a filter set, the page's evidence links lead to the unfiltered history, where every event is.
     */
    @GetMapping("/console/platforms/{platformId}/audit")
    public String audit(@PathVariable String platformId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String knownAt, @RequestParam(required = false) String kind,
                        @RequestParam(required = false) String source, @RequestParam(required = false) String from,
                        @RequestParam(required = false) String to, @RequestParam(required = false) String q,
                        Model model, ApiCall call) {
        LocalDate date = parseDate(asOf);
        Instant known = parseInstant(knownAt);
        FundingSource fundingSource = parseSource(source);
        LocalDate fromDay = parseDate(from);
        LocalDate toDay = parseDate(to);
        HistoryFilter filter = new HistoryFilter(kind, fundingSource, fromDay, toDay, q);
        CompletableFuture<PlatformDetailView> platform = reads.start(() -> queries.platform(platformId, null, call));
        CompletableFuture<BalancesView> balances = reads.start(() -> queries.balances(platformId, date, known, null, call));
        CompletableFuture<ComplianceView> compliance = reads.start(() -> queries.compliance(platformId, date, known, null, call));
        CompletableFuture<List<HistoryEntryView>> history = reads.start(() -> queries.history(platformId, call));
        CompletableFuture<LedgerLinesView> ledger = reads.start(() -> queries.ledger(platformId, null, call));
        CompletableFuture<VerificationReportView> verification = reads.start(() -> queries.verification(platformId, call));
        model.addAttribute("platform", Reads.join(platform));
        model.addAttribute("invalidTime", (asOf != null && !asOf.isBlank() && date == null)
                || (knownAt != null && !knownAt.isBlank() && known == null));
        model.addAttribute("asOf", date);
        model.addAttribute("knownAt", known == null ? null : LocalDateTime.ofInstant(known, zone).toString());
        model.addAttribute("balances", Reads.join(balances));
        model.addAttribute("compliance", Reads.join(compliance));
        Map<String, LedgerLinesView.LedgerLineView> lineOf = Reads.join(ledger).lines().stream()
                .collect(Collectors.toMap(LedgerLinesView.LedgerLineView::eventId, Function.identity(), (a, b) -> a));
        List<HistoryEntryView> entries = Reads.join(history);
        model.addAttribute("history", entries.stream()
                .filter(e -> filter.admits(e, lineOf.get(e.eventId()), zone))
                .map(e -> new HistoryLine(e, known == null || !e.recordedAt().isAfter(known),
                        String.valueOf(e.payload()), lineOf.get(e.eventId())))
                .toList());
        model.addAttribute("historyTotal", entries.size());
        model.addAttribute("filter", filter);
        model.addAttribute("invalidFilter", (!blank(source) && fundingSource == null)
                || (!blank(from) && fromDay == null) || (!blank(to) && toDay == null));
        model.addAttribute("kinds", entries.stream().map(HistoryEntryView::type).distinct().toList());
        model.addAttribute("sources", lineOf.values().stream().map(LedgerLinesView.LedgerLineView::source)
                .filter(Objects::nonNull).distinct().sorted().toList());
        model.addAttribute("unfiltered", UriComponentsBuilder.fromPath("/console/platforms/{id}/audit")
                .queryParamIfPresent("asOf", Optional.ofNullable(date))
                .queryParamIfPresent("knownAt", Optional.ofNullable(known == null ? null : LocalDateTime.ofInstant(known, zone)))
                .encode().buildAndExpand(platformId).toUriString());
        model.addAttribute("verification", verification(verification));
        return "console/audit";
    }

    /** A verification that could not be run is shown as such on the page, which stays usable. */
    private static VerificationSummary verification(CompletableFuture<VerificationReportView> read) {
        try {
            return VerificationSummary.of(Reads.join(read));
        } catch (ApiProblem e) {
            return VerificationSummary.unavailable(e);
        }
    }

    private static FundingSource parseSource(String text) {
        try {
            return blank(text) ? null : FundingSource.valueOf(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalDate parseDate(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A datetime-local picker's value, read in the programme's time zone (China time). */
    private Instant parseInstant(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
