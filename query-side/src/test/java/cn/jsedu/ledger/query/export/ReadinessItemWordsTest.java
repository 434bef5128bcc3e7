package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.readiness.AcceptanceChecklist;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations.State;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures.UnconfirmedContribution;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures.WorkstationYear;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;
import cn.jsedu.ledger.kernel.report.PlatformReports;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier writes a readiness item from its typed figures, in the console's sentences: the English phrases are
 * for API clients and are not read (here they say something else entirely), and an item without its figures is "—",
 * never a guess.
 */
class ReadinessItemWordsTest {

    private static final String PHRASE = "an English phrase the dossier must not read";

    private final DossierWords words = DossierPdfTest.words();

    @Test
    void everyItemIsWrittenFromItsFigures() {
        assertThat(value("CONSTRUCTION_PERIOD", ReadinessFigures.constructionPeriod(LocalDate.of(2023, 2, 28),
                LocalDate.of(2022, 11, 30)))).isEqualTo("建设期至 2023-02-28");
        assertThat(threshold("CONSTRUCTION_PERIOD", ReadinessFigures.constructionPeriod(LocalDate.of(2023, 2, 28),
                LocalDate.of(2022, 11, 30)))).isEqualTo("2022-11-30 起");
        assertThat(value("CONSTRUCTION_PERIOD", ReadinessFigures.constructionPeriod(null, null))).isEqualTo("尚未立项");
        assertThat(threshold("CONSTRUCTION_PERIOD", ReadinessFigures.constructionPeriod(null, null))).isEqualTo("—");

        ReadinessFigures total = ReadinessFigures.totalReceived(Money.parse("23048000.00"), Money.parse("30000000.00"));
        assertThat(value("TOTAL_RECEIVED", total)).isEqualTo("23,048,000.00 元");
        assertThat(threshold("TOTAL_RECEIVED", total)).isEqualTo("不低于 30,000,000.00 元");

        ReadinessFigures share = ReadinessFigures.enterpriseShare(Money.parse("7344000.00"), Money.parse("23048000.00"),
                new BigDecimal("31.86"), new Share(1, 3));
        assertThat(value("ENTERPRISE_SHARE", share)).isEqualTo("企业到位 7,344,000.00 元，占到位合计 23,048,000.00 元 的 31.86%");
        assertThat(threshold("ENTERPRISE_SHARE", share)).isEqualTo("不低于 1/3");

        assertThat(value("REPORTS_SUBMITTED", ReadinessFigures.reports(7, 3, List.of("2021H1", "2021H2"))))
                .isEqualTo("应报 7 期，已报 3 期；未报：2021H1、2021H2");
        assertThat(value("REPORTS_SUBMITTED", ReadinessFigures.reports(2, 2, List.of()))).isEqualTo("应报 2 期，已报 2 期");
        assertThat(threshold("REPORTS_SUBMITTED", ReadinessFigures.reports(2, 2, List.of()))).isEqualTo("应报的定期报告全部报送");

        ReadinessFigures indicators = ReadinessFigures.indicators(List.of(1, 2, 3, 4, 5), 7, 5,
                List.of("T1-CORE-MODULES", "T6-CREDIT-BANK"));
        assertThat(value("MANDATORY_INDICATORS", indicators))
                .isEqualTo("必选指标 7 项，已完成 5 项；未完成：T1-CORE-MODULES、T6-CREDIT-BANK");
        assertThat(threshold("MANDATORY_INDICATORS", indicators)).isEqualTo("必选任务（1、2、3、4、5）的指标全部完成");
        assertThat(value("MANDATORY_INDICATORS", ReadinessFigures.indicators(List.of(1), 2, 2, List.of())))
                .isEqualTo("必选指标 2 项，已完成 2 项");

        ReadinessFigures years = ReadinessFigures.workstations(List.of(new WorkstationYear(2020, 100, 300, true),
                new WorkstationYear(2021, 80, 3000, false)), new Share(1, 3));
        assertThat(value("WORKSTATION_SHARE", years)).as("a year and a count are digits, never grouped")
                .isEqualTo("2020 年 100/300、2021 年 80/3000");
        assertThat(threshold("WORKSTATION_SHARE", years)).isEqualTo("每个完整年度不低于 1/3");

        assertThat(value("AGREEMENT_SIGNED", ReadinessFigures.agreements(1))).isEqualTo("已签订 1 份");
        assertThat(value("NOT_SUSPENDED_OR_TERMINATED", ReadinessFigures.status(PlatformStatus.SUSPENDED)))
                .isEqualTo("暂停");
        assertThat(threshold("NOT_SUSPENDED_OR_TERMINATED", ReadinessFigures.status(PlatformStatus.SUSPENDED)))
                .isEqualTo("未暂停且未中止");

        ReadinessFigures confirmations = ReadinessFigures.confirmations(3, 1, List.of(
                new UnconfirmedContribution("C-2", State.DISPUTED), new UnconfirmedContribution("C-3", State.UNCONFIRMED)));
        assertThat(value("ENTERPRISE_CONTRIBUTIONS_CONFIRMED", confirmations))
                .isEqualTo("应由企业确认 3 笔，已确认 1 笔；C-2（企业提出异议）、C-3（企业尚未确认）");
        assertThat(value("ENTERPRISE_CONTRIBUTIONS_CONFIRMED", ReadinessFigures.confirmations(2, 2, List.of())))
                .isEqualTo("应由企业确认 2 笔，已确认 2 笔");
        assertThat(threshold("ENTERPRISE_CONTRIBUTIONS_CONFIRMED", confirmations)).isEqualTo("企业投入均已由企业确认");
    }

    @Test
    void theEdgeCasesSayWhatIsMissing() {
        assertThat(value("ENTERPRISE_SHARE", ReadinessFigures.enterpriseShare(Money.ZERO, Money.ZERO, null,
                new Share(1, 3)))).as("nothing received: no share, and never a 'null%'")
                .isEqualTo("企业到位 0.00 元，到位合计 0.00 元，尚无到位资金，不计占比");
        assertThat(value("MANDATORY_INDICATORS", ReadinessFigures.indicators(List.of(1, 2), 0, 0, List.of())))
                .isEqualTo("尚无任务书");
        assertThat(value("WORKSTATION_SHARE", ReadinessFigures.workstations(List.of(), new Share(1, 3))))
                .isEqualTo("尚无完整年度的上报");
    }

    @Test
    void anItemWithoutTheFiguresOfItsCodeIsADash() {
        ReadinessFigures another = ReadinessFigures.agreements(1);
        for (String code : List.of("TOTAL_RECEIVED", "ENTERPRISE_SHARE", "REPORTS_SUBMITTED", "MANDATORY_INDICATORS",
                "WORKSTATION_SHARE", "NOT_SUSPENDED_OR_TERMINATED", "ENTERPRISE_CONTRIBUTIONS_CONFIRMED")) {
            assertThat(value(code, another)).as(code).isEqualTo("—");
        }
        assertThat(value("AGREEMENT_SIGNED", ReadinessFigures.status(PlatformStatus.APPROVED))).isEqualTo("—");
        for (String code : List.of("TOTAL_RECEIVED", "ENTERPRISE_SHARE", "MANDATORY_INDICATORS", "WORKSTATION_SHARE")) {
            assertThat(threshold(code, another)).as(code).isEqualTo("—");
        }
        assertThat(value("A_NEW_ITEM", another)).isEqualTo("—");
    }

    @Test
    void everyItemOfARealChecklistHasWords() {
        List<ReadinessItem> items = AcceptanceChecklist.items(new AcceptanceChecklist.Subject(PlatformStatus.APPROVED,
                LocalDate.of(2019, 3, 1), LocalDate.of(2022, 3, 1), Money.ZERO, Money.ZERO, List.of(),
                PlatformReports.NONE, ContributionConfirmations.NONE), LocalDate.of(2026, 11, 29),
                ProgrammeParameters.defaults());
        for (ReadinessItem item : items) {
            assertThat(words.itemValue(item)).as(item.code()).isNotEqualTo("—").doesNotContain("null");
            assertThat(words.itemThreshold(item)).as(item.code()).isNotEqualTo("—");
        }
    }

    private String value(String code, ReadinessFigures figures) {
        return words.itemValue(new ReadinessItem(code, false, PHRASE, PHRASE, List.of(), figures));
    }

    private String threshold(String code, ReadinessFigures figures) {
        return words.itemThreshold(new ReadinessItem(code, false, PHRASE, PHRASE, List.of(), figures));
    }
}
