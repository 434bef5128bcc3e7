package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.audit.HistoryEntry;
import cn.jsedu.ledger.query.audit.HistoryQueries;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.compliance.ComplianceCalculator;
import cn.jsedu.ledger.query.export.PlatformVerifications;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.web.ReadYourWrites;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The auditor's page of a platform: its full event history from the event store (who, in which role, when, why,
 * with which idempotency key), balances and compliance as of an effective date and as known at a past moment
 * (time travel: events recorded after that moment are marked unknown then), and the tamper-evidence verification.
 */
@Controller
public class AuditPageController extends ConsolePage {

    private final ReadYourWrites reads;
    private final HistoryQueries history;
    private final BalanceQueries balances;
    private final PlatformVerifications verifications;
    private final ProgrammeParameters parameters;
    private final Clock clock;

    public AuditPageController(ReadYourWrites reads, HistoryQueries history, BalanceQueries balances,
                               PlatformVerifications verifications, ProgrammeParameters parameters, Clock clock) {
        this.reads = reads;
        this.history = history;
        this.balances = balances;
        this.verifications = verifications;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** One history entry, and whether it was already recorded at the chosen "known at" moment. */
    public record HistoryLine(HistoryEntry entry, boolean known, String payload) {
    }

    @GetMapping("/console/platforms/{platformId}/audit")
    public String audit(@PathVariable String platformId, @RequestParam(required = false) String asOf,
                        @RequestParam(required = false) String knownAt, Model model) {
        PlatformRow row = reads.platform(platformId, null);
        LocalDate date = parseDate(asOf);
        Instant known = parseInstant(knownAt);
        model.addAttribute("invalidTime", (asOf != null && !asOf.isBlank() && date == null)
                || (knownAt != null && !knownAt.isBlank() && known == null));
        model.addAttribute("platform", row);
        model.addAttribute("asOf", date);
        model.addAttribute("knownAt", known == null ? null : LocalDateTime.ofInstant(known, clock.getZone()).toString());
        model.addAttribute("balances", balances.balances(row, date, known));
        model.addAttribute("compliance", ComplianceCalculator.compute(balances.inputs(row, known),
                date == null ? LocalDate.now(clock) : date, known, parameters));
        List<HistoryEntry> entries = history.history(platformId);
        model.addAttribute("history", entries.stream().map(e -> new HistoryLine(e,
                known == null || !e.recordedAt().isAfter(known), e.payload().toString())).toList());
        model.addAttribute("verification", verifications.of(platformId));
        return "console/audit";
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
            return text == null || text.isBlank() ? null : LocalDateTime.parse(text).atZone(clock.getZone()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
