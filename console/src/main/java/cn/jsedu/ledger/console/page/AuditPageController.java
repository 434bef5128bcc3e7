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
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
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

    @GetMapping("/console/platforms/{platformId}/audit")
    public String audit(@PathVariable String platformId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String knownAt, Model model, ApiCall call) {
        LocalDate date = parseDate(asOf);
        Instant known = parseInstant(knownAt);
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
        model.addAttribute("history", Reads.join(history).stream().map(e -> new HistoryLine(e,
                known == null || !e.recordedAt().isAfter(known), String.valueOf(e.payload()), lineOf.get(e.eventId())))
                .toList());
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
