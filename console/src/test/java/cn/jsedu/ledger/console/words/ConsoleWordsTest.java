package cn.jsedu.ledger.console.words;

import cn.jsedu.ledger.console.api.view.ComplianceView;
import cn.jsedu.ledger.console.api.view.ReadinessView;
import cn.jsedu.ledger.console.config.ConsoleWebConfig;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue turns the APIs' codes and figures into words: every error code, every finding and every readiness
 * item has a sentence in Chinese without a Latin word in it, with amounts written as 元 with thousands separators.
 * The readiness phrases below are the query side's as it writes them (ReadinessCalculator).
 */
class ConsoleWordsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** A Latin word: what a Chinese sentence must not contain (codes and ids aside, which these sentences have none of). */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    private final ConsoleWords words = new ConsoleWords(new ConsoleWebConfig().messageSource());

    @Test
    void everyErrorCodeHasASentenceInBothLanguages() {
        for (ErrorCode code : ErrorCode.values()) {
            String zh = words.problem(code.name(), ZH);
            assertThat(zh).as(code.name()).doesNotContain(code.name()).doesNotContainPattern(LATIN_WORD);
            assertThat(words.problem(code.name(), Locale.ENGLISH)).as(code.name()).doesNotContain("problem.");
        }
        assertThat(words.problem("SOMETHING_NEW", ZH)).isEqualTo("服务拒绝了该请求（代码 SOMETHING_NEW）。");
    }

    @Test
    void findingsQuoteTheirFiguresInYuan() {
        ComplianceView view = new ComplianceView("JS-209", null, null, 9, "1/3", new BigDecimal("40.00"),
                new BigDecimal("75.50"), List.of());
        assertThat(words.finding(finding("ACTUAL_ENTERPRISE_SHARE_NOT_MET", Map.of("actualEnterprise", "7344000.00",
                "actualTotal", "23048000.00")), view, ZH))
                .isEqualTo("企业实际到位 7,344,000.00 元，不足实际到位合计 23,048,000.00 元 的 1/3。");
        assertThat(words.finding(finding("ACTUAL_TOTAL_BELOW_MINIMUM", Map.of("actualTotal", "23048000.00",
                "minimumTotal", "30000000.00")), view, ZH))
                .isEqualTo("建设期已满，实际到位 23,048,000.00 元，低于最低要求 30,000,000.00 元。");
        assertThat(words.finding(finding("ARRIVAL_BEHIND_SCHEDULE", Map.of("received", "12000000.00",
                "plannedTotal", "30000000.00")), view, ZH))
                .isEqualTo("到位（未扣追回）12,000,000.00 元，为计划 30,000,000.00 元 的 40.00%；建设期已过 75.50%。");
        assertThat(words.finding(finding("RECOVERY_DUE", Map.of("recoveryDue", "1500000", "provincialCashBalance", "0.00")),
                view, Locale.ENGLISH)).isEqualTo("CNY 1,500,000.00 of provincial money is to be recovered (provincial cash balance CNY 0.00).");
        for (String code : List.of("PLANNED_TOTAL_BELOW_MINIMUM", "PLANNED_ENTERPRISE_SHARE_NOT_MET",
                "ACTUAL_ENTERPRISE_SHARE_NOT_MET", "ACTUAL_TOTAL_BELOW_MINIMUM", "ARRIVAL_BEHIND_SCHEDULE", "RECOVERY_DUE")) {
            assertThat(words.finding(finding(code, Map.of()), view, ZH)).as(code).doesNotContainPattern(LATIN_WORD);
        }
    }

    @Test
    void readinessPhrasesOfTheQuerySideBecomeChinese() {
        assertThat(value("REPORTS_SUBMITTED", "3 of 7 due reports submitted; missing [2021H1, 2021H2]"))
                .isEqualTo("应报 7 期，已报 3 期；未报：2021H1、2021H2");
        assertThat(value("REPORTS_SUBMITTED", "2 of 2 due reports submitted")).isEqualTo("应报 2 期，已报 2 期");
        assertThat(value("ENTERPRISE_SHARE", "7344000.00 of 23048000.00 (31.86%)"))
                .isEqualTo("企业到位 7,344,000.00 元，占到位合计 23,048,000.00 元 的 31.86%");
        assertThat(value("ENTERPRISE_SHARE", "0.00 of 0.00 (null%)"))
                .isEqualTo("企业到位 0.00 元，到位合计 0.00 元，尚无到位资金，不计占比");
        assertThat(value("TOTAL_RECEIVED", "23048000.00")).isEqualTo("23,048,000.00 元");
        assertThat(value("CONSTRUCTION_PERIOD", "ends 2023-02-28")).isEqualTo("建设期至 2023-02-28");
        assertThat(value("CONSTRUCTION_PERIOD", "not approved")).isEqualTo("尚未立项");
        assertThat(value("MANDATORY_INDICATORS", "5 of 7 met; not met [T1-CORE-MODULES, T6-CREDIT-BANK]"))
                .isEqualTo("必选指标 7 项，已完成 5 项；未完成：T1-CORE-MODULES、T6-CREDIT-BANK");
        assertThat(value("MANDATORY_INDICATORS", "no task book")).isEqualTo("尚无任务书");
        assertThat(value("WORKSTATION_SHARE", "2020: 100/300, 2021: 80/300")).isEqualTo("2020 年 100/300、2021 年 80/300");
        assertThat(value("WORKSTATION_SHARE", "no complete year reported")).isEqualTo("尚无完整年度的上报");
        assertThat(value("AGREEMENT_SIGNED", "1 signed")).isEqualTo("已签订 1 份");
        assertThat(value("NOT_SUSPENDED_OR_TERMINATED", "SUSPENDED")).isEqualTo("暂停");

        assertThat(threshold("CONSTRUCTION_PERIOD", "on or after 2022-11-30")).isEqualTo("2022-11-30 起");
        assertThat(threshold("TOTAL_RECEIVED", "≥ 30000000.00")).isEqualTo("不低于 30,000,000.00 元");
        assertThat(threshold("ENTERPRISE_SHARE", "≥ 1/3")).isEqualTo("不低于 1/3");
        assertThat(threshold("MANDATORY_INDICATORS", "every mandatory indicator (tasks [1, 2, 3, 4, 5])"))
                .isEqualTo("必选任务（1、2、3、4、5）的指标全部完成");
        assertThat(threshold("WORKSTATION_SHARE", "≥ 1/3 in every complete year")).isEqualTo("每个完整年度不低于 1/3");
        assertThat(threshold("NOT_SUSPENDED_OR_TERMINATED", "not SUSPENDED or TERMINATED")).isEqualTo("未暂停且未中止");
    }

    @Test
    void aPhraseOfAnUnknownShapeIsNotShownInEnglish() {
        assertThat(value("REPORTS_SUBMITTED", "all reports are in, congratulations")).isEqualTo("—");
        assertThat(value("A_NEW_ITEM", "something")).isEqualTo("—");
    }

    @Test
    void fieldErrorsNameTheFieldByItsLabel() {
        assertThat(words.fieldProblem("金额（元）", "money", "must be a decimal string with at most 2 fractional digits, "
                + "e.g. \"1500000.00\"", "VALIDATION_FAILED", "amount: ...", ZH))
                .isEqualTo("“金额（元）”应为金额（元），如 1,500,000.00，最多两位小数。");
        assertThat(words.fieldProblem("培训人次", "number", "has the wrong type (money is a decimal string, e.g. \"100.00\")",
                "MALFORMED_REQUEST", "usage.trainingPersonTimes has the wrong type", ZH)).isEqualTo("“培训人次”应为整数，如 120。");
        assertThat(words.fieldProblem("凭证号", "text", "must not be blank", "VALIDATION_FAILED", "x", ZH))
                .isEqualTo("请填写“凭证号”。");
        String detail = "the LOCAL_GOVERNMENT cash balance would turn negative: 100.00 - 200.00";
        assertThat(words.fieldProblem("金额（元）", "money", detail, "INSUFFICIENT_CASH_BALANCE", detail, ZH))
                .isEqualTo("“金额（元）”：该资金来源的现金余额不足，支出后余额将为负数。");
        assertThat(words.fieldProblem("生效日期", "date", "effectiveDate 2031-01-01 is in the future", "DATE_IN_FUTURE",
                "another text", ZH)).isEqualTo("“生效日期”的值不被接受，请检查。");
    }

    @Test
    void proposalSummariesOfTheQuerySideBecomeChinese() {
        assertThat(proposal("REWARD 1000000.00 苏教职〔2022〕7号: 年度绩效考核优秀"))
                .isEqualTo("奖励 1,000,000.00 元 · 文号 苏教职〔2022〕7号 · 依据：年度绩效考核优秀");
        assertThat(proposal("WITHDRAW_KEY_SUPPORT 苏教职〔2022〕8号: 考核不合格"))
                .isEqualTo("不再作为重点支持项目 · 文号 苏教职〔2022〕8号 · 依据：考核不合格");
        assertThat(proposal("plan of 4 lines, 苏教职〔2021〕3号: 企业变更")).isEqualTo("资金计划调整（4 行）· 文号 苏教职〔2021〕3号 · 原因：企业变更");
        assertThat(proposal("suspension 苏教职〔2021〕9号: 资金到位滞后")).isEqualTo("暂停 · 文号 苏教职〔2021〕9号 · 原因：资金到位滞后");
        assertThat(proposal("something else entirely")).isEqualTo("—");
    }

    private String proposal(String summary) {
        return words.proposal(new cn.jsedu.ledger.console.api.view.ProposalView("JS-1", "P-1", null, "PENDING", "admin1",
                null, summary, null, null, null), ZH);
    }

    private String value(String code, String value) {
        return words.itemValue(new ReadinessView.Item(code, false, value, "", List.of()), ZH);
    }

    private String threshold(String code, String threshold) {
        return words.itemThreshold(new ReadinessView.Item(code, false, "", threshold, List.of()), ZH);
    }

    private static ComplianceView.Finding finding(String code, Map<String, String> figures) {
        return new ComplianceView.Finding(code, "English for API clients", figures, List.of());
    }
}
