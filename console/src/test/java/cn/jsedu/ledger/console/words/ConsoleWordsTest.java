package cn.jsedu.ledger.console.words;

import cn.jsedu.ledger.console.api.view.ComplianceView;
import cn.jsedu.ledger.console.api.view.ReadinessView;
import cn.jsedu.ledger.console.config.ConsoleWebConfig;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue turns the APIs' codes and figures into words: every error code, every finding and every readiness
 * item has a sentence in Chinese without a Latin word in it, with amounts written as 元 with thousands separators.
 * The readiness figures below are the query side's as its API writes them (ReadinessFigures).
 */
class ConsoleWordsTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    /** A Latin word: what a Chinese sentence must not contain (codes and ids aside, which these sentences have none of). */
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

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
    void readinessFiguresOfTheQuerySideBecomeChinese() {
        assertThat(value("REPORTS_SUBMITTED", "{\"reportsDue\":7,\"reportsSubmitted\":3,\"missingPeriods\":[\"2021H1\",\"2021H2\"]}"))
                .isEqualTo("应报 7 期，已报 3 期；未报：2021H1、2021H2");
        assertThat(value("REPORTS_SUBMITTED", "{\"reportsDue\":2,\"reportsSubmitted\":2,\"missingPeriods\":[]}"))
                .isEqualTo("应报 2 期，已报 2 期");
        assertThat(value("ENTERPRISE_SHARE", "{\"enterprise\":\"7344000.00\",\"received\":\"23048000.00\","
                + "\"enterprisePercent\":31.86,\"minimumShare\":{\"numerator\":1,\"denominator\":3}}"))
                .isEqualTo("企业到位 7,344,000.00 元，占到位合计 23,048,000.00 元 的 31.86%");
        assertThat(value("ENTERPRISE_SHARE", "{\"enterprise\":\"0.00\",\"received\":\"0.00\","
                + "\"minimumShare\":{\"numerator\":1,\"denominator\":3}}"))
                .isEqualTo("企业到位 0.00 元，到位合计 0.00 元，尚无到位资金，不计占比");
        assertThat(value("TOTAL_RECEIVED", "{\"received\":\"23048000.00\",\"minimumTotal\":\"30000000.00\"}"))
                .isEqualTo("23,048,000.00 元");
        assertThat(value("CONSTRUCTION_PERIOD", "{\"constructionEnd\":\"2023-02-28\",\"windowStart\":\"2022-11-30\"}"))
                .isEqualTo("建设期至 2023-02-28");
        assertThat(value("CONSTRUCTION_PERIOD", "{}")).isEqualTo("尚未立项");
        assertThat(value("MANDATORY_INDICATORS", "{\"mandatoryTasks\":[1,2,3,4,5],\"mandatoryIndicators\":7,"
                + "\"indicatorsMet\":5,\"unmetIndicators\":[\"T1-CORE-MODULES\",\"T6-CREDIT-BANK\"]}"))
                .isEqualTo("必选指标 7 项，已完成 5 项；未完成：T1-CORE-MODULES、T6-CREDIT-BANK");
        assertThat(value("MANDATORY_INDICATORS", "{\"mandatoryTasks\":[1],\"mandatoryIndicators\":0,"
                + "\"indicatorsMet\":0,\"unmetIndicators\":[]}")).isEqualTo("尚无任务书");
        assertThat(value("WORKSTATION_SHARE", "{\"workstationYears\":[{\"year\":2020,\"offered\":100,\"total\":300,"
                + "\"met\":true},{\"year\":2021,\"offered\":80,\"total\":3000,\"met\":false}],"
                + "\"minimumShare\":{\"numerator\":1,\"denominator\":3}}"))
                .isEqualTo("2020 年 100/300、2021 年 80/3000");
        assertThat(value("WORKSTATION_SHARE", "{\"workstationYears\":[],\"minimumShare\":{\"numerator\":1,"
                + "\"denominator\":3}}")).isEqualTo("尚无完整年度的上报");
        assertThat(value("AGREEMENT_SIGNED", "{\"agreementsSigned\":1}")).isEqualTo("已签订 1 份");
        assertThat(value("NOT_SUSPENDED_OR_TERMINATED", "{\"status\":\"SUSPENDED\"}")).isEqualTo("暂停");
        assertThat(value("ENTERPRISE_CONTRIBUTIONS_CONFIRMED", "{\"contributionsDue\":3,\"contributionsConfirmed\":1,"
                + "\"unconfirmedContributions\":[{\"entryId\":\"C-2\",\"state\":\"DISPUTED\"},"
                + "{\"entryId\":\"C-3\",\"state\":\"UNCONFIRMED\"}]}"))
                .isEqualTo("应由企业确认 3 笔，已确认 1 笔；C-2（企业提出异议）、C-3（企业尚未确认）");
        assertThat(value("ENTERPRISE_CONTRIBUTIONS_CONFIRMED", "{\"contributionsDue\":2,\"contributionsConfirmed\":2,"
                + "\"unconfirmedContributions\":[]}")).isEqualTo("应由企业确认 2 笔，已确认 2 笔");

        assertThat(threshold("CONSTRUCTION_PERIOD", "{\"constructionEnd\":\"2023-02-28\",\"windowStart\":\"2022-11-30\"}"))
                .isEqualTo("2022-11-30 起");
        assertThat(threshold("CONSTRUCTION_PERIOD", "{}")).isEqualTo("—");
        assertThat(threshold("TOTAL_RECEIVED", "{\"received\":\"23048000.00\",\"minimumTotal\":\"30000000.00\"}"))
                .isEqualTo("不低于 30,000,000.00 元");
        assertThat(threshold("ENTERPRISE_SHARE", "{\"enterprise\":\"0.00\",\"received\":\"0.00\","
                + "\"minimumShare\":{\"numerator\":1,\"denominator\":3}}")).isEqualTo("不低于 1/3");
        assertThat(threshold("MANDATORY_INDICATORS", "{\"mandatoryTasks\":[1,2,3,4,5],\"mandatoryIndicators\":0,"
                + "\"indicatorsMet\":0,\"unmetIndicators\":[]}")).isEqualTo("必选任务（1、2、3、4、5）的指标全部完成");
        assertThat(threshold("WORKSTATION_SHARE", "{\"workstationYears\":[],\"minimumShare\":{\"numerator\":1,"
                + "\"denominator\":3}}")).isEqualTo("每个完整年度不低于 1/3");
        assertThat(threshold("NOT_SUSPENDED_OR_TERMINATED", "{\"status\":\"SUSPENDED\"}")).isEqualTo("未暂停且未中止");
        assertThat(threshold("ENTERPRISE_CONTRIBUTIONS_CONFIRMED", "{\"contributionsDue\":0,"
                + "\"contributionsConfirmed\":0,\"unconfirmedContributions\":[]}")).isEqualTo("企业投入均已由企业确认");
    }

    @Test
    void anItemWithoutTheFiguresOfItsCodeIsNotShownInEnglish() {
        String another = "{\"agreementsSigned\":1}";
        for (String code : List.of("TOTAL_RECEIVED", "ENTERPRISE_SHARE", "REPORTS_SUBMITTED", "MANDATORY_INDICATORS",
                "WORKSTATION_SHARE", "NOT_SUSPENDED_OR_TERMINATED", "ENTERPRISE_CONTRIBUTIONS_CONFIRMED")) {
            assertThat(value(code, another)).as(code).isEqualTo("—");
        }
        for (String code : List.of("TOTAL_RECEIVED", "ENTERPRISE_SHARE", "MANDATORY_INDICATORS", "WORKSTATION_SHARE")) {
            assertThat(threshold(code, another)).as(code).isEqualTo("—");
        }
        assertThat(value("AGREEMENT_SIGNED", "{\"status\":\"APPROVED\"}")).isEqualTo("—");
        assertThat(words.itemValue(new ReadinessView.Item("REPORTS_SUBMITTED", false, "3 of 7 due reports submitted",
                "every due report", List.of(), null), ZH)).as("an API without figures: its phrase is not read").isEqualTo("—");
        assertThat(value("A_NEW_ITEM", another)).isEqualTo("—");
    }

    @Test
    void theConsoleReadsEveryFigureTheChecklistWrites() {
        assertThat(Arrays.stream(ReadinessView.Figures.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactlyElementsOf(Arrays.stream(ReadinessFigures.class.getRecordComponents())
                        .map(RecordComponent::getName).toList());
        assertThat(Arrays.stream(ReadinessView.WorkstationYear.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactlyElementsOf(Arrays.stream(ReadinessFigures.WorkstationYear.class.getRecordComponents())
                        .map(RecordComponent::getName).toList());
        assertThat(Arrays.stream(ReadinessView.UnconfirmedContribution.class.getRecordComponents())
                .map(RecordComponent::getName)).containsExactlyElementsOf(Arrays.stream(
                        ReadinessFigures.UnconfirmedContribution.class.getRecordComponents())
                .map(RecordComponent::getName).toList());
        assertThat(Arrays.stream(ReadinessView.Share.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("numerator", "denominator");
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

    /** The item's words from its figures as the query API writes them; its English phrases say something else. */
    private String value(String code, String figuresJson) {
        return words.itemValue(item(code, figuresJson), ZH);
    }

    private String threshold(String code, String figuresJson) {
        return words.itemThreshold(item(code, figuresJson), ZH);
    }

    private static ReadinessView.Item item(String code, String figuresJson) {
        try {
            return new ReadinessView.Item(code, false, "an English phrase", "another", List.of(),
                    JSON.readValue(figuresJson, ReadinessView.Figures.class));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ComplianceView.Finding finding(String code, Map<String, String> figures) {
        return new ComplianceView.Finding(code, "English for API clients", figures, List.of());
    }
}
