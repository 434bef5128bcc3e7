package cn.jsedu.ledger.demo;

import cn.jsedu.ledger.demo.DemoPlatform.Correction;
import cn.jsedu.ledger.demo.DemoPlatform.Scenario;
import cn.jsedu.ledger.kernel.money.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands that tell one platform's story, in the order a real programme would record them: declaration by the
 * college, approval and task book by the province, the co-construction agreement, three years of money in and out
 * (with corrections), half-year reports, decisions (four eyes), and its ending: acceptance, suspension or
 * termination with the recovery of unspent provincial funds. Every step carries a fixed Idempotency-Key and a fixed
 * body, so running the demo again records nothing twice.
 */
final class PlatformScript {

    static final String ADMIN = "admin1";
    static final String FINANCE = "finance";

    private final DemoPlatform p;
    private final String base;
    private final List<Step> steps = new ArrayList<>();
    private final MoneyFlow money;
    private final int y;

    PlatformScript(DemoPlatform p) {
        this.p = p;
        this.base = "/api/v1/platforms/" + p.platformId();
        this.y = p.startYear();
        this.money = new MoneyFlow(p, lastMoneyDate());
    }

    static List<Step> of(DemoPlatform p) {
        return new PlatformScript(p).build();
    }

    private LocalDate lastMoneyDate() {
        return switch (p.scenario()) {
            case SUSPENDED -> LocalDate.of(y + 1, 6, 30);
            case TERMINATED -> LocalDate.of(y + 1, 12, 31);
            default -> p.constructionEnd();
        };
    }

    private List<Step> build() {
        declare();
        step(ADMIN, base + "/approval", "approval", body("batch", p.batch(), "constructionStart", p.constructionStart(),
                "decisionRef", "苏教职〔" + y + "〕" + (10 + p.batch()) + "号"));
        step(ADMIN, base + "/task-book", "task-book", body("decisionRef", "苏教职函〔" + y + "〕任务书" + p.index() + "号",
                "targets", Indicators.targets(p), "budget", budget()));
        agreement();
        moneyEntries();
        confirmations();
        decisions();
        for (Map<String, Object> report : Reports.of(p, money)) {
            step(p.officer(), base + "/reports", "report-" + report.get("period"), report);
        }
        ending();
        return steps;
    }

    private void declare() {
        List<Map<String, Object>> enterprises = List.of(
                body("partyId", "E1", "name", p.enterpriseName(1), "creditCode", p.creditCode(1)),
                body("partyId", "E2", "name", p.enterpriseName(2), "creditCode", p.creditCode(2)));
        List<Map<String, Object>> plan = money.plan.stream().map(l -> l.partyId() == null
                ? body("source", l.source(), "year", l.year(), "amount", m(l.fen()))
                : body("source", l.source(), "partyId", l.partyId(), "year", l.year(), "amount", m(l.fen()))).toList();
        step(p.officer(), "/api/v1/platforms", "declare", body("platformId", p.platformId(),
                "college", body("code", p.collegeCode(), "name", p.college().name()),
                "majorGroup", p.theme().majorGroup(), "industry", p.theme().industry(), "title", p.theme().title(),
                "enterprises", enterprises, "plan", plan));
    }

    private void agreement() {
        long e2a = money.plan.stream().filter(l -> "E2".equals(l.partyId())).findFirst().orElseThrow().fen();
        step(p.officer(), base + "/agreements", "agreement", body("agreementId", "A-1",
                "signedOn", p.constructionStart().plusDays(9), "termsRef", "共建协议〔" + y + "〕" + p.index() + "号",
                "parties", List.of(
                        body("partyId", "E1", "name", p.enterpriseName(1), "creditCode", p.creditCode(1), "role", "ENTERPRISE"),
                        body("partyId", "E2", "name", p.enterpriseName(2), "creditCode", p.creditCode(2), "role", "ENTERPRISE")),
                "pledges", List.of(
                        body("partyId", "E1", "source", "ENTERPRISE", "form", "CASH", "amount", m(money.enterprise1)),
                        body("partyId", "E2", "source", "ENTERPRISE", "form", "EQUIPMENT", "amount", m(e2a)),
                        body("partyId", "E2", "source", "ENTERPRISE", "form", "TECHNOLOGY",
                                "amount", m(money.enterprise2 - e2a)))));
    }

    private void moneyEntries() {
        for (MoneyFlow.Receipt r : money.receipts) {
            if (r.entryId().equals(MoneyFlow.REWARD_RECEIPT)) {
                continue; // arrives through the provincial chain, after the reward's decision (rewardPaid)
            }
            boolean typo = p.correction() == Correction.INSTALLMENT_TYPO && r.entryId().equals("I-COLL-2");
            long recorded = typo ? r.fen() + 5 * MoneyFlow.WAN : r.fen();
            if (r.source().equals("ENTERPRISE")) {
                Map<String, Object> body = body("entryId", r.entryId(), "partyId", r.partyId(), "form", r.form(),
                        "amount", m(recorded), "effectiveDate", r.date(), "voucherRef", r.voucher());
                if (!r.cash()) {
                    body.put("appraisalRef", "资产评估报告〔" + r.date().getYear() + "〕" + p.index() + "号");
                }
                if (p.index() == 1 && r.form().equals("EQUIPMENT")) {
                    body.put("documents", List.of(upload("appraisal-" + r.entryId(), "appraisal.pdf",
                            EvidenceFiles.pdf("Asset appraisal report (demo)", p.platformId() + " " + r.entryId(),
                                    "Equipment contributed by " + r.partyId() + " on " + r.date(),
                                    "Appraised value " + m(r.fen()) + " CNY"))));
                }
                step(p.officer(), base + "/enterprise-contributions", r.entryId(), body);
            } else {
                String user = r.source().equals("PROVINCIAL_FINANCE") ? FINANCE : p.officer();
                step(user, base + "/installments", r.entryId(), body("entryId", r.entryId(), "source", r.source(),
                        "form", "CASH", "amount", m(recorded), "effectiveDate", r.date(), "voucherRef", r.voucher()));
            }
            if (typo) {
                step(p.officer(), base + "/adjustments", "K-1", body("entryId", "K-1", "originalEntryId", r.entryId(),
                        "correctedAmount", m(r.fen()), "reason", "凭证金额录入错误，按银行回单更正"));
            }
        }
        money.expenditures.stream().filter(x -> !x.receiptId().equals(MoneyFlow.REWARD_RECEIPT))
                .forEach(this::expenditure);
        if (p.correction() == Correction.DUPLICATE_EXPENDITURE) {
            for (String id : List.of("X-DUP-A", "X-DUP-B")) {
                step(p.officer(), base + "/expenditures", id, body("entryId", id, "category", "OTHER",
                        "chargedSource", "COLLEGE", "amount", m(12 * MoneyFlow.WAN),
                        "effectiveDate", LocalDate.of(y + 2, 10, 20), "voucherRef", "付款凭证-" + (y + 2) + "-1020"));
            }
            step(p.officer(), base + "/adjustments", "K-2", body("entryId", "K-2", "originalEntryId", "X-DUP-B",
                    "correctedAmount", "0.00", "reason", "同一凭证重复录入，作废"));
        }
    }

    private void expenditure(MoneyFlow.Expenditure x) {
        Map<String, Object> body = body("entryId", x.entryId(), "category", x.category(), "chargedSource", x.source(),
                "amount", m(x.fen()), "effectiveDate", x.date(), "voucherRef", x.voucher());
        if (x.partyId() != null) {
            body.put("partyId", x.partyId());
        }
        step(p.officer(), base + "/expenditures", x.entryId(), body);
    }

    /**
     * The budget declared with the task book (docs/adr/0020): per category and year, what the story spends there plus
     * 5 %, in whole hundreds of yuan, so that every expenditure is within it and 执行率 reads about 95 %. The duplicate
     * expenditure (corrected later) counts: it was spent when it was recorded.
     */
    private List<Map<String, Object>> budget() {
        Map<String, Long> spent = new java.util.TreeMap<>();
        for (MoneyFlow.Expenditure x : money.expenditures) {
            if (!x.receiptId().equals(MoneyFlow.REWARD_RECEIPT) || p.rewardPaid()) {
                spent.merge(x.category() + "/" + x.date().getYear(), x.fen(), Long::sum);
            }
        }
        if (p.correction() == Correction.DUPLICATE_EXPENDITURE) {
            spent.merge("OTHER/" + (y + 2), 24 * MoneyFlow.WAN, Long::sum);
        }
        long hundred = 100 * MoneyFlow.YUAN;
        return spent.entrySet().stream().map(e -> {
            String[] key = e.getKey().split("/");
            long budgeted = (e.getValue() * 105 / 100 + hundred - 1) / hundred * hundred;
            return body("category", key[0], "year", Integer.parseInt(key[1]), "amount", m(budgeted));
        }).toList();
    }

    /** An evidence document uploaded to the platform by its college; its SHA-256, for the entry that cites it. */
    private String upload(String name, String fileName, byte[] content) {
        steps.add(new Step(p.officer(), base + "/documents?fileName=" + fileName, Map.of(),
                Step.KEY_PREFIX + p.platformId() + ":document-" + name, false, content));
        return EvidenceFiles.sha256(content);
    }

    /**
     * Each enterprise confirms the contributions recorded in its name (ADR 0022); on JS-302, whose enterprise share is
     * short anyway, the second enterprise disputes its last one.
     */
    private void confirmations() {
        List<MoneyFlow.Receipt> contributions = money.receipts.stream().filter(r -> r.source().equals("ENTERPRISE")).toList();
        for (MoneyFlow.Receipt r : contributions) {
            String user = p.representative(r.partyId().equals("E1") ? 1 : 2);
            String answer = base + "/enterprise-contributions/" + r.entryId();
            if (p.platformId().equals("JS-302") && r == contributions.get(contributions.size() - 1)) {
                step(user, answer + "/dispute", "dispute-" + r.entryId(),
                        body("reason", "该笔投入的设备尚未交付，金额与评估报告不符"));
            } else {
                step(user, answer + "/confirmation", "confirm-" + r.entryId(), body());
            }
        }
    }

    private void decisions() {
        if (p.rewarded()) {
            decision("reward", "REWARD", m(100 * MoneyFlow.WAN), "年度绩效考核优秀，给予奖补", LocalDate.of(y + 1, 12, 20));
            if (p.rewardPaid()) {
                rewardPaidAndArrived();
            }
        }
        if (p.scenario() == Scenario.TOTAL_LOW) {
            decision("reduce", "REDUCE_SUPPORT", m(200 * MoneyFlow.WAN), "年度绩效考核较差，地方和举办方资金未到位",
                    LocalDate.of(y + 2, 3, 20));
        }
    }

    /**
     * The approved reward allocated its money (allocation id = the decision's, docs/adr/0020); the finance office pays
     * it and the college confirms its arrival, which is the reward's provincial installment; then it is spent.
     */
    private void rewardPaidAndArrived() {
        MoneyFlow.Receipt r = money.receipts.stream().filter(x -> x.entryId().equals(MoneyFlow.REWARD_RECEIPT))
                .findFirst().orElseThrow();
        step(FINANCE, base + "/provincial-payments", "payment-reward", body("paymentId", "P-reward",
                "allocationId", "D-reward", "amount", m(r.fen()), "paidOn", r.date().minusDays(10),
                "voucherRef", "苏财教拨〔" + r.date().getYear() + "〕奖补3号"));
        step(p.officer(), base + "/provincial-arrivals", "arrival-reward", body("entryId", r.entryId(),
                "paymentId", "P-reward", "arrivedOn", r.date(), "voucherRef", r.voucher()));
        money.expenditures.stream().filter(x -> x.receiptId().equals(MoneyFlow.REWARD_RECEIPT))
                .forEach(this::expenditure);
    }

    private void ending() {
        LocalDate end = p.constructionEnd();
        switch (p.scenario()) {
            case ACCEPTED_EXCELLENT, ACCEPTED_PASSED, ACCEPTANCE_REQUESTED -> {
                // The acceptance gate judges readiness as the ledger knew it on the day of the request (ADR 0022), and
                // the demo records its half-year reports today, years after that day: as for any history entered
                // after the fact (补录), two administrators let the request through with that reason.
                fourEyes(base + "/acceptance-overrides", "acceptance-override", body("requestedOn", end.plusDays(15),
                        "reason", "历史数据补录：半年报告于系统上线后补录，报送记录晚于验收申请日，纸质报告已存档"));
                if (p.scenario() != Scenario.ACCEPTANCE_REQUESTED) {
                    step(ADMIN, base + "/acceptance-reviews", "acceptance-review", body("result",
                            p.scenario() == Scenario.ACCEPTED_EXCELLENT ? "EXCELLENT" : "PASSED",
                            "reviewedOn", end.plusDays(60), "panel", "江苏省教育厅验收专家组",
                            "remarks", "建设任务全面完成，资金使用规范"));
                }
            }
            case SUSPENDED -> {
                decision("withdraw", "WITHDRAW_KEY_SUPPORT", null, "中期检查资金到位严重滞后", LocalDate.of(y + 1, 12, 15));
                fourEyes(base + "/suspension", "suspension", body("reason", "资金到位严重滞后，建设进度缓慢，暂停建设整改",
                        "decisionRef", "苏教职〔" + (y + 2) + "〕5号"));
                // 延期 (ADR 0022): the rectification needs time beyond the three years
                fourEyes(base + "/extensions", "extension", body("newEnd", end.plusMonths(6),
                        "reason", "暂停整改期间建设任务顺延", "decisionRef", "苏教职〔" + (y + 2) + "〕6号"));
            }
            case MISSING_REPORT -> {
                if (p.platformId().equals("JS-104")) {
                    // the acceptance gate's override (ADR 0022): a report is missing, two administrators let it pass
                    fourEyes(base + "/acceptance-overrides", "acceptance-override", body("requestedOn", end.plusDays(15),
                            "reason", "2021年下半年报告因系统迁移未能报送，纸质报告已存档，经厅务会研究同意验收"));
                }
            }
            case TERMINATED -> {
                decision("terminate", "TERMINATE", null, "中期绩效考核不合格，建设任务无法完成", LocalDate.of(y + 2, 6, 30));
                step(FINANCE, base + "/recoveries", "R-1", body("entryId", "R-1", "source", "PROVINCIAL_FINANCE",
                        "amount", m(money.cashOf("PROVINCIAL_FINANCE")), "effectiveDate", LocalDate.of(y + 2, 9, 15),
                        "reason", "项目中止，追回未使用的省财政专项资金", "decisionRef", "苏财教〔" + (y + 2) + "〕40号"));
            }
            default -> {
            }
        }
    }

    private void decision(String name, String type, String amount, String basis, LocalDate decidedOn) {
        Map<String, Object> body = body("decisionId", "D-" + name, "type", type, "basis", basis,
                "decisionRef", "苏教职〔" + decidedOn.getYear() + "〕" + (20 + p.index()) + "号", "decidedOn", decidedOn);
        if (amount != null) {
            body.put("amount", amount);
        }
        fourEyes(base + "/decisions", "decision-" + name, body);
    }

    private void step(String user, String path, String name, Map<String, Object> body) {
        steps.add(new Step(user, path, body, Step.KEY_PREFIX + p.platformId() + ":" + name, false));
    }

    private void fourEyes(String path, String name, Map<String, Object> body) {
        steps.add(new Step(ADMIN, path, body, Step.KEY_PREFIX + p.platformId() + ":" + name, true));
    }

    /** A JSON object with its keys in the given order; dates and numbers as the API reads them. */
    static Map<String, Object> body(Object... keysAndValues) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            body.put((String) keysAndValues[i], value instanceof LocalDate date ? date.toString() : value);
        }
        return body;
    }

    static String m(long fen) {
        return Money.ofFen(fen).toString();
    }
}
