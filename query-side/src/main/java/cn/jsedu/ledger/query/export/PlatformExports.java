package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import static cn.jsedu.ledger.query.export.ExportTable.date;
import static cn.jsedu.ledger.query.export.ExportTable.money;
import static cn.jsedu.ledger.query.export.ExportTable.number;
import static cn.jsedu.ledger.query.export.ExportTable.percent;
import static cn.jsedu.ledger.query.export.ExportTable.text;

/**
 * One platform's exports: its ledger entries (one row per money event, with the event id), and its balances with,
 * on every row, the ids of the events its figures were summed from and of the events that set its plan. The
 * figures are the balances API's ({@link BalanceQueries}), so a spreadsheet and the API never disagree.
 */
@Service
public class PlatformExports {

    private final BalanceQueries balances;
    private final Clock clock;

    public PlatformExports(BalanceQueries balances, Clock clock) {
        this.balances = balances;
        this.clock = clock; // its zone is the ledger's (Beijing time): recording times are written in it
    }

    public ExportTable ledger(PlatformRow platform) {
        List<ExportTable.Column> columns = List.of(number("sequenceNumber", "事件序号"), text("eventId", "事件编号"),
                text("entryId", "分录编号"), text("kind", "类型"), text("originalEntryId", "更正的原分录"),
                text("source", "资金来源"), text("partyId", "合作方"), text("form", "投入形式"), text("category", "支出类别"),
                money("amount", "金额"), money("receivedCash", "到位（现金）"), money("receivedNonCash", "到位（非现金）"),
                money("spent", "支出"), money("recovered", "追回"), date("effectiveDate", "生效日期"),
                text("recordedAt", "记录时间（北京时间）"), text("voucherRef", "凭证"), text("reason", "原因"));
        List<List<Object>> rows = new ArrayList<>();
        for (LedgerLine l : balances.inputs(platform, null).lines()) {
            rows.add(Arrays.asList(l.sequenceNumber(), l.eventId(), l.entryId(), l.kind(), l.originalEntryId(),
                    l.source().name(), l.partyId(), l.form() == null ? null : l.form().name(),
                    l.category() == null ? null : l.category().name(), s(l.amount()), s(l.receivedCash()),
                    s(l.receivedNonCash()), s(l.spent()), s(l.recovered()), l.effectiveDate(), ExportTimes.format(l.recordedAt(), clock.getZone()),
                    l.voucherRef(), l.reason()));
        }
        return new ExportTable("分录 ledger", columns, rows);
    }

    public ExportTable balances(PlatformRow platform, LocalDate asOf, Instant knownAt) {
        BalancesView view = balances.balances(platform, asOf, knownAt);
        BalanceQueries.Inputs in = balances.inputs(platform, knownAt);
        List<ExportTable.Column> columns = List.of(text("level", "层级"), text("source", "资金来源"),
                text("sourceName", "来源名称"), text("partyId", "合作方"), text("partyName", "合作方名称"),
                money("planned", "计划"), money("receivedCash", "到位（现金）"), money("receivedNonCash", "到位（非现金）"),
                money("received", "到位合计（未扣追回）"), money("spent", "支出"), money("recovered", "追回"),
                money("cashBalance", "现金余额"), percent("arrivalRate", "到位率（未扣追回，%）"),
                money("netReceived", "实际到位（扣除追回）"), percent("netArrivalRate", "实际到位率（%）"),
                text("eventIds", "资金事件编号"),
                text("planEventIds", "计划/决定事件编号"));
        List<List<Object>> rows = new ArrayList<>();
        for (BalancesView.SourceBalance b : view.sources()) {
            rows.add(row("SOURCE", b.source().name(), b.sourceName(), null, null, b.figures(),
                    ids(in, asOf, knownAt, l -> l.source() == b.source()), planIds(in, b.source())));
        }
        for (BalancesView.PartyBalance p : view.enterpriseParties()) {
            rows.add(row("PARTY", FundingSource.ENTERPRISE.name(), FundingSource.ENTERPRISE.chineseName(), p.partyId(),
                    p.name(), p.figures(), ids(in, asOf, knownAt, l -> l.source() == FundingSource.ENTERPRISE
                            && p.partyId().equals(l.partyId())), planIds(in, FundingSource.ENTERPRISE)));
        }
        rows.add(row("TOTAL", null, "合计", null, null, view.total(), ids(in, asOf, knownAt, l -> true), planIds(in, null)));
        return new ExportTable("余额 balances", columns, rows);
    }

    private static List<Object> row(String level, String source, String sourceName, String partyId, String partyName,
                                    FiguresView f, String eventIds, String planIds) {
        return Arrays.asList(level, source, sourceName, partyId, partyName, f.planned(), f.receivedCash(),
                f.receivedNonCash(), f.received(), f.spent(), f.recovered(), f.cashBalance(),
                f.arrivalRate() == null ? null : f.arrivalRate().toPlainString(), f.netReceived(),
                f.netArrivalRate() == null ? null : f.netArrivalRate().toPlainString(), eventIds, planIds);
    }

    private static String ids(BalanceQueries.Inputs in, LocalDate asOf, Instant knownAt, Predicate<LedgerLine> which) {
        return String.join(" ", in.lines().stream().filter(l -> l.counts(asOf, knownAt)).filter(which)
                .map(LedgerLine::eventId).toList());
    }

    /** The plan version in force, and for provincial money the rewards and reductions that changed its plan. */
    private static String planIds(BalanceQueries.Inputs in, FundingSource source) {
        List<String> ids = new ArrayList<>();
        if (in.planEventId() != null) {
            ids.add(in.planEventId());
        }
        if (source == null || source == FundingSource.PROVINCIAL_FINANCE) {
            in.decisions().stream().filter(d -> !d.type().provincialEffect(d.amount()).isZero())
                    .map(PlatformQueries.Decision::eventId).forEach(ids::add);
        }
        return String.join(" ", ids);
    }

    private static String s(Object money) {
        return money == null ? null : money.toString();
    }
}
