package cn.jsedu.ledger.demo;

import cn.jsedu.ledger.demo.DemoPlatform.Scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A platform's plan and money in fen: plan lines per source and year, what arrived when (installments and enterprise
 * contributions), and what was spent when. Every expenditure follows, and is smaller than, an earlier cash receipt of
 * its own source, so no cash balance is ever negative at any date (the command side would refuse it otherwise).
 */
final class MoneyFlow {

    static final long YUAN = 100;
    static final long WAN = 10_000 * YUAN;
    /** The arrival of a reward's payment: recorded after the reward's decision, as the chain's third step. */
    static final String REWARD_RECEIPT = "I-PROV-R";

    record PlanLine(String source, String partyId, int year, long fen) {
    }

    record Receipt(String entryId, String source, String partyId, String form, long fen, LocalDate date,
                   String voucher) {
        boolean cash() {
            return form.equals("CASH");
        }
    }

    /** {@code receiptId}: the receipt whose cash it spends (so it is recorded after that receipt has arrived). */
    record Expenditure(String entryId, String category, String source, String partyId, long fen, LocalDate date,
                       String voucher, String receiptId) {
    }

    final long total;
    final long enterprise1;
    final long enterprise2;
    final long college;
    final List<PlanLine> plan = new ArrayList<>();
    final List<Receipt> receipts = new ArrayList<>();
    final List<Expenditure> expenditures = new ArrayList<>();

    MoneyFlow(DemoPlatform p, LocalDate lastMoneyDate) {
        int y = p.startYear();
        total = (3000 + (p.index() % 6) * 200) * WAN;
        long enterprise = round(total * 36 / 100);
        enterprise1 = round(enterprise * 6 / 10);
        enterprise2 = enterprise - enterprise1;
        college = total - enterprise - 1500 * WAN;
        plan.add(new PlanLine("PROVINCIAL_FINANCE", null, y, 500 * WAN));
        plan.add(new PlanLine("PROVINCIAL_FINANCE", null, y + 1, 300 * WAN));
        plan.add(new PlanLine("PROVINCIAL_FINANCE", null, y + 2, 200 * WAN));
        plan.add(new PlanLine("LOCAL_GOVERNMENT", null, y, 300 * WAN));
        plan.add(new PlanLine("SPONSOR", null, y + 1, 200 * WAN));
        long c1 = round(college * 4 / 10);
        long c2 = round(college * 3 / 10);
        plan.add(new PlanLine("COLLEGE", null, y, c1));
        plan.add(new PlanLine("COLLEGE", null, y + 1, c2));
        plan.add(new PlanLine("COLLEGE", null, y + 2, college - c1 - c2));
        long e1a = round(enterprise1 / 2);
        long e2a = round(enterprise2 / 2);
        plan.add(new PlanLine("ENTERPRISE", "E1", y, e1a));
        plan.add(new PlanLine("ENTERPRISE", "E1", y + 1, enterprise1 - e1a));
        plan.add(new PlanLine("ENTERPRISE", "E2", y + 1, e2a));
        plan.add(new PlanLine("ENTERPRISE", "E2", y + 2, enterprise2 - e2a));

        boolean totalLow = p.scenario() == Scenario.TOTAL_LOW;
        receipt("I-PROV-1", "PROVINCIAL_FINANCE", null, "CASH", 500 * WAN, LocalDate.of(y, 4, 15), "苏财教〔" + y + "〕21号");
        receipt("I-PROV-2", "PROVINCIAL_FINANCE", null, "CASH", 300 * WAN, LocalDate.of(y + 1, 4, 15), "苏财教〔" + (y + 1) + "〕18号");
        if (!totalLow) {
            receipt("I-PROV-3", "PROVINCIAL_FINANCE", null, "CASH", 200 * WAN, LocalDate.of(y + 2, 4, 15), "苏财教〔" + (y + 2) + "〕16号");
            receipt("I-LOCAL-1", "LOCAL_GOVERNMENT", null, "CASH", 300 * WAN, LocalDate.of(y, 6, 20), "市财拨〔" + y + "〕33号");
            receipt("I-SPON-1", "SPONSOR", null, "CASH", 200 * WAN, LocalDate.of(y + 1, 5, 10), "举办方拨款-" + (y + 1) + "-07");
        }
        // the reward's money arrives through the provincial chain (payment, then arrival): on a platform whose
        // reward is never paid, it never arrives
        if (p.rewarded() && p.rewardPaid()) {
            receipt(REWARD_RECEIPT, "PROVINCIAL_FINANCE", null, "CASH", 100 * WAN, LocalDate.of(y + 2, 1, 20), "苏财教〔" + (y + 2) + "〕奖补3号");
        }
        receipt("I-COLL-1", "COLLEGE", null, "CASH", c1, LocalDate.of(y, 9, 1), "校财-" + y + "-0901");
        receipt("I-COLL-2", "COLLEGE", null, "CASH", c2, LocalDate.of(y + 1, 9, 1), "校财-" + (y + 1) + "-0901");
        receipt("I-COLL-3", "COLLEGE", null, "CASH", college - c1 - c2, LocalDate.of(y + 2, 9, 1), "校财-" + (y + 2) + "-0901");
        receipt("C-E1-1", "ENTERPRISE", "E1", "CASH", e1a, LocalDate.of(y, 5, 20), "企业转账-" + y + "-0520");
        receipt("C-E1-2", "ENTERPRISE", "E1", "CASH", enterprise1 - e1a, LocalDate.of(y + 1, 5, 20), "企业转账-" + (y + 1) + "-0520");
        receipt("C-E2-1", "ENTERPRISE", "E2", "EQUIPMENT", e2a, LocalDate.of(y + 1, 7, 1), "设备入库单-" + (y + 1) + "-07");
        if (p.scenario() == Scenario.ENTERPRISE_SHARE_LOW) {
            // the second enterprise never delivers its technology; the college makes up the total on its own
            receipt("I-COLL-X", "COLLEGE", null, "CASH", enterprise2 - e2a + 50 * WAN, LocalDate.of(y + 2, 11, 15), "校财-" + (y + 2) + "-1115");
        } else {
            receipt("C-E2-2", "ENTERPRISE", "E2", "TECHNOLOGY", enterprise2 - e2a, LocalDate.of(y + 2, 3, 15), "技术作价协议-" + (y + 2));
        }
        receipts.removeIf(r -> r.date().isAfter(lastMoneyDate));
        spend(lastMoneyDate);
    }

    private void receipt(String id, String source, String party, String form, long fen, LocalDate date, String voucher) {
        receipts.add(new Receipt(id, source, party, form, fen, date, voucher));
    }

    /** A share of every cash receipt spent some weeks later, on categories that fit its source. */
    private void spend(LocalDate lastMoneyDate) {
        int n = 0;
        for (Receipt r : receipts) {
            if (!r.cash()) {
                continue;
            }
            n++;
            Expenditure x = switch (r.source()) {
                case "PROVINCIAL_FINANCE" -> new Expenditure("X-" + n, category(n, "EQUIPMENT_PURCHASE",
                        "FACILITY_RENOVATION", "RESOURCE_DEVELOPMENT"), r.source(), null, round(r.fen() * 85 / 100),
                        r.date().plusDays(60), "付款凭证-" + n, r.entryId());
                case "COLLEGE" -> new Expenditure("X-" + n, category(n, "TEACHER_DEVELOPMENT", "TRAINING_OPERATION",
                        "RESOURCE_DEVELOPMENT"), r.source(), null, round(r.fen() * 80 / 100), r.date().plusDays(60),
                        "付款凭证-" + n, r.entryId());
                case "ENTERPRISE" -> new Expenditure("X-" + n, "TRAINING_OPERATION", r.source(), r.partyId(),
                        round(r.fen() * 75 / 100), r.date().plusDays(45), "付款凭证-" + n, r.entryId());
                default -> new Expenditure("X-" + n, "FACILITY_RENOVATION", r.source(), null,
                        round(r.fen() * 90 / 100), r.date().plusDays(90), "付款凭证-" + n, r.entryId());
            };
            if (!x.date().isAfter(lastMoneyDate)) {
                expenditures.add(x);
            }
        }
    }

    private static String category(int n, String... categories) {
        return categories[n % categories.length];
    }

    /** Whole hundreds of yuan, rounded down: what a budget line looks like. */
    static long round(long fen) {
        return fen / (100 * YUAN) * (100 * YUAN);
    }

    long cashOf(String source) {
        long in = receipts.stream().filter(r -> r.cash() && r.source().equals(source)).mapToLong(Receipt::fen).sum();
        long out = expenditures.stream().filter(x -> x.source().equals(source)).mapToLong(Expenditure::fen).sum();
        return in - out;
    }
}
