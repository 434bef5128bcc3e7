package cn.jsedu.ledger.query.reconciliation;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.platform.PlanLine;
import cn.jsedu.ledger.query.audit.ReplayedPlatform;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.ledger.Balances;
import cn.jsedu.ledger.query.ledger.Figures;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformRow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import static cn.jsedu.ledger.query.reconciliation.Disagreement.ABSENT;
import static cn.jsedu.ledger.query.reconciliation.Disagreement.Kind;

/**
 * One platform's read model against the same platform folded from its events up to the same version. The read side
 * is what the API serves from (the platform row, and the inputs {@link BalanceQueries} folds into balances); the
 * events side is the audit replay's fold ({@link ReplayedPlatform}: the kernel's folds and {@code LedgerLines}).
 * Balances on both sides are made by the one {@link Balances} fold, so a disagreement is in the stored rows, never in
 * a second copy of the rules.
 */
final class PlatformComparison {

    /** The fields of a ledger line that are compared, by the name a disagreement gives them. */
    private static final Map<String, Function<LedgerLine, Object>> LINE_FIELDS = lineFields();

    private PlatformComparison() {
    }

    /**
     * @param row            the platform's read-model row (status and running totals as stored)
     * @param read           the read model's inputs of every money figure (as known now)
     * @param events         the platform folded from its events up to the read model's version
     * @param eventBalances  {@code events}' balances, by the same fold the API uses
     */
    static void compare(Findings findings, PlatformRow row, BalanceQueries.Inputs read, ReplayedPlatform events,
                        Balances eventBalances) {
        findings.compare(Kind.STATUS, "status", row.status(), events.status());
        findings.compare(Kind.STATUS, "keySupport", row.keySupport(), events.keySupport());
        for (RunningTotal total : RunningTotal.values()) {
            findings.compare(Kind.PLATFORM_TOTAL, total.figure(), total.of(row), total.fromEvents(eventBalances));
        }
        findings.compare(Kind.PLATFORM_TOTAL, "totals.provincialAdjustment", row.provincialAdjustment(),
                events.provincialAdjustment());
        balances(findings, Balances.of(read.lines(), read.plan(), read.provincialAdjustment(), null, null),
                eventBalances);
        if (!read.plan().equals(events.plan())) {
            findings.add(Kind.PLAN, "plan", describe(read.plan()), describe(events.plan()));
        }
        findings.compare(Kind.DECISIONS, "decisions.count", read.decisions().size(), events.decisionCount());
        findings.compare(Kind.DECISIONS, "decisions.provincialAdjustment", read.provincialAdjustment(),
                events.provincialAdjustment());
        lines(findings, read.lines(), events.lines());
    }

    /** The figures the balances API shows, per source and per enterprise party; the derived ones follow from these. */
    private static void balances(Findings findings, Balances read, Balances events) {
        for (FundingSource source : FundingSource.values()) {
            figures(findings, "balances." + source.name(), read.of(source), events.of(source));
        }
        TreeSet<String> parties = new TreeSet<>(read.byEnterpriseParty().keySet());
        parties.addAll(events.byEnterpriseParty().keySet());
        for (String party : parties) {
            figures(findings, "balances.party[" + party + "]", read.byEnterpriseParty().getOrDefault(party, Figures.NONE),
                    events.byEnterpriseParty().getOrDefault(party, Figures.NONE));
        }
    }

    private static void figures(Findings findings, String prefix, Figures read, Figures events) {
        findings.compare(Kind.BALANCE, prefix + ".planned", read.planned(), events.planned());
        findings.compare(Kind.BALANCE, prefix + ".receivedCash", read.receivedCash(), events.receivedCash());
        findings.compare(Kind.BALANCE, prefix + ".receivedNonCash", read.receivedNonCash(), events.receivedNonCash());
        findings.compare(Kind.BALANCE, prefix + ".spent", read.spent(), events.spent());
        findings.compare(Kind.BALANCE, prefix + ".recovered", read.recovered(), events.recovered());
    }

    /** Line by line, matched by the id of the event behind it: missing, extra, and every field that differs. */
    private static void lines(Findings findings, List<LedgerLine> read, List<LedgerLine> events) {
        Map<String, LedgerLine> stored = read.stream()
                .collect(Collectors.toMap(LedgerLine::eventId, l -> l, (a, b) -> a, LinkedHashMap::new));
        for (LedgerLine expected : events) {
            LedgerLine actual = stored.remove(expected.eventId());
            if (actual == null) {
                findings.add(Kind.LEDGER_LINE, label(expected), ABSENT, describe(expected));
                continue;
            }
            LINE_FIELDS.forEach((field, value) -> findings.compare(Kind.LEDGER_LINE, label(expected) + "." + field,
                    value.apply(actual), value.apply(expected)));
        }
        stored.values().forEach(extra -> findings.add(Kind.LEDGER_LINE, label(extra), describe(extra), ABSENT));
    }

    private static String label(LedgerLine line) {
        return "ledgerLine[" + line.sequenceNumber() + " " + line.entryId() + "]";
    }

    private static String describe(LedgerLine line) {
        return line.kind() + " " + line.entryId() + " " + line.source() + " " + line.amount() + " (event "
                + line.eventId() + ")";
    }

    private static String describe(List<PlanLine> plan) {
        return plan.stream().map(l -> l.source() + (l.partyId() == null ? "" : "/" + l.partyId()) + " " + l.year()
                + " " + l.amount()).collect(Collectors.joining("; ", "[", "]"));
    }

    private static Map<String, Function<LedgerLine, Object>> lineFields() {
        Map<String, Function<LedgerLine, Object>> fields = new LinkedHashMap<>();
        fields.put("sequenceNumber", LedgerLine::sequenceNumber);
        fields.put("entryId", LedgerLine::entryId);
        fields.put("kind", LedgerLine::kind);
        fields.put("originalEntryId", LedgerLine::originalEntryId);
        fields.put("source", LedgerLine::source);
        fields.put("partyId", LedgerLine::partyId);
        fields.put("form", LedgerLine::form);
        fields.put("category", LedgerLine::category);
        fields.put("amount", LedgerLine::amount);
        fields.put("receivedCash", LedgerLine::receivedCash);
        fields.put("receivedNonCash", LedgerLine::receivedNonCash);
        fields.put("spent", LedgerLine::spent);
        fields.put("recovered", LedgerLine::recovered);
        fields.put("effectiveDate", LedgerLine::effectiveDate);
        fields.put("recordedAt", LedgerLine::recordedAt);
        fields.put("voucherRef", LedgerLine::voucherRef);
        fields.put("reason", LedgerLine::reason);
        return Collections.unmodifiableMap(fields);
    }
}
