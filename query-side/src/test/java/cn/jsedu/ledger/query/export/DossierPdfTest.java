package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.fund.EntryKind;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.fund.MoneyEffect;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.platform.AcceptanceResult;
import cn.jsedu.ledger.kernel.platform.DecisionType;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.platform.ProposalKind;
import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.proposal.ProposalStatus;
import cn.jsedu.ledger.query.proposal.ProposalView;
import cn.jsedu.ledger.kernel.readiness.ReadinessFigures;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;
import cn.jsedu.ledger.query.readiness.ReadinessView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import cn.jsedu.ledger.kernel.chain.ChainProblem;
import cn.jsedu.ledger.kernel.money.Share;
import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.kernel.readiness.AcceptanceChecklist;
import cn.jsedu.ledger.kernel.readiness.ContributionConfirmations;
import cn.jsedu.ledger.kernel.report.PlatformReports;
import cn.jsedu.ledger.query.compliance.ComplianceView;
import cn.jsedu.ledger.query.compliance.Finding;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.finding.FindingStatus;
import cn.jsedu.ledger.query.document.DocumentView;
import cn.jsedu.ledger.query.finding.FindingView;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import cn.jsedu.ledger.query.platform.AcceptanceRequests;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dossier is a PDF whose text a machine can read back in Chinese (the font is embedded with its Unicode map),
 * with every section, in words rather than codes, numbered pages and a block to sign and seal; without a Chinese font
 * it is refused with a message saying what to install. The words are the real catalogues' (query-side.yml's).
 */
class DossierPdfTest {

    private static final Money M = Money.ofYuan(10_000_000);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    /** What the dossier prints as it was entered or made (ids, user names, a hash): not codes to put in words. */
    private static final List<String> USER_DATA = List.of("event-installment-1", "event-decision", "event-proposal",
            "event-acceptance-request", "event-plan", "JS-101", "admin1", "admin2", "ab12");

    static DossierWords words() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/ledger-values", "i18n/dossier-words");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new DossierWords(messages, Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void printsEverySectionInChineseWithTheEventIds() throws IOException {
        String text = text(render(accepted()));
        assertThat(text).contains("江苏省高等职业教育产教融合集成平台验收材料", "无锡职业技术学院", "智能制造产教融合集成平台（JS-101）",
                "一、验收条件检查：满足，截至2026-11-29", "到位资金不低于最低总投入", "33,000,000.00元", "不低于30,000,000.00元",
                "二、资金情况（元）", "省财政专项资金（含奖补）", "10,000,000.00", "资金合规检查：未发现问题", "三、决定记录", "奖励",
                "苏教职〔2021〕9号", "绩效考核决定", "奖励1,000,000.00元·文号苏教职〔2021〕9号·依据：年度绩效考核优秀",
                "admin1", "admin2", "四、防篡改校验结果", "通过：事件链完整", "#3", "附：资金事件", "event-installment-1", "验收通过",
                "优秀");
        // audit findings with their rectification, and evidence documents by hash with the records citing them
        assertThat(text).contains("五、审计发现与整改", "F-1", "会计核算", "凭证附件不全", "2022-06-30", "已销号",
                "已补齐凭证附件", "event-finding", "六、证明材料（按内容摘要核对）", "到账凭证.pdf", "便携文档", "123,456",
                "a".repeat(64), "资金到位I-1");
        // the rate of what is in place (received less recovered), labelled so, as the console and the exports show it
        assertThat(text).contains("实际到位率（扣除追回）", "95.00%").doesNotContain("100.00%");
    }

    /** Found on the dossier of a platform not ready for acceptance: 不满足（NOT_READY）, WITHDRAW_KEY_SUPPORT, codes. */
    @Test
    void printsWordsWhereTheReadModelsHoldCodes() throws IOException {
        String text = text(render(notReady()));
        assertThat(text).contains("一、验收条件检查：不满足", "尚无任务书", "应报7期，已报0期；未报：2019H1、2019H2",
                "已签订0份", "不低于1/3", "企业到位7,344,000.00元，占到位合计23,048,000.00元的31.86%",
                "企业实际到位占比不足三分之一", "企业实际到位7,344,000.00元，不足实际到位合计23,048,000.00元的1/3。",
                "不再作为重点支持项目", "不再作为重点支持项目·文号苏教职〔2022〕7号·依据：年度考核不合格",
                "建设期延至2023-03-01·文号苏教职〔2022〕8号·原因：疫情", "未暂停且未中止", "已立项");
        String codesLeft = text;
        for (String data : USER_DATA) {
            codesLeft = codesLeft.replace(data, "");
        }
        assertThat(codesLeft).as("English or codes left in the dossier").doesNotContainPattern("[A-Za-z]{2,}");
    }

    @Test
    void everyPageIsNumberedAndTheLastEndsWithTheBlockToSignAndSeal() throws IOException {
        byte[] pdf = render(notReady());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1); // the appendix of 60 events does not fit on the first page
            for (int page = 1; page <= pages; page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document).replaceAll("\\s+", "")).as("page " + page)
                        .contains("第" + page + "页/共" + pages + "页");
            }
            PDFTextStripper last = new PDFTextStripper();
            last.setStartPage(pages);
            assertThat(last.getText(document).replaceAll("\\s+", ""))
                    .contains("签章", "经办人（签字）", "审核人（签字）", "单位（盖章）", "日期", "年　　月　　日");
        }
    }

    @Test
    void aVerificationThatFoundTamperingNamesTheProblemInWords() throws IOException {
        Dossier d = notReady();
        VerificationSummary broken = new VerificationSummary(true, false, 40, 39L, "ab12", 3L,
                Instant.parse("2026-11-01T00:00:00Z"), 7L, "event-installment-1", ChainProblem.HASH_MISMATCH,
                "stored hash ab12", Instant.parse("2026-11-29T00:00:00Z"), null);
        String text = text(render(new Dossier(d.platform(), d.readiness(), d.balances(), d.compliance(), d.decisions(),
                d.proposals(), broken, d.lines(), d.asOf(), d.generatedAt(), d.words(), d.acceptanceRequests(),
                d.auditFindings(), d.documents())));
        assertThat(text).contains("未通过：发现篡改", "序号7event-installment-1：事件内容与其哈希不符：写入后被改动")
                .doesNotContain("HASH_MISMATCH");
        String unavailable = text(render(new Dossier(d.platform(), d.readiness(), d.balances(), d.compliance(),
                d.decisions(), d.proposals(), VerificationSummary.unavailable("verification.failed"), d.lines(),
                d.asOf(), d.generatedAt(), d.words(), d.acceptanceRequests(), d.auditFindings(), d.documents())));
        assertThat(unavailable).contains("无法校验：校验过程出错，详见查询服务日志");
    }

    @Test
    void aMissingChineseFontIsRefusedSayingWhatToInstall() {
        assertThatThrownBy(() -> new CjkFont(new ExportSettings("/nowhere/no-font.ttc")).font())
                .isInstanceOf(CjkFont.MissingFontException.class).hasMessageContaining("LEDGER_EXPORT_CJK_FONT");
        assertThat(CjkFont.CANDIDATES.get(0)).contains("wqy-microhei");
    }

    @Test
    void showsTheOverrideOfTheAcceptanceGate() throws IOException {
        String text = text(render(accepted()));
        assertThat(text).contains("验收申请（2022-03-16）经两名省教育厅管理员豁免验收条件后提出：疫情影响报告延迟",
                "提出人admin1，复核人admin2", "豁免时不满足的检查项：到位资金不低于最低总投入", "event-acceptance-request");
    }

    private static byte[] render(Dossier dossier) {
        return DossierPdf.render(dossier, new CjkFont(new ExportSettings("")).font(), ZoneId.of("Asia/Shanghai"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static PlatformRow row(PlatformStatus status, AcceptanceResult result) {
        Money zero = Money.ZERO;
        return new PlatformRow("JS-101", "JS-PLATFORMS-2019", "4132010850", "无锡职业技术学院", "无锡市", "智能制造专业群", "高端装备制造",
                "智能制造产教融合集成平台", status, 1, LocalDate.of(2019, 3, 1), LocalDate.of(2022, 3, 1),
                "苏教职〔2019〕11号", true, LocalDate.of(2022, 3, 16), result, LocalDate.of(2022, 4, 30),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), 40, M, zero, M, zero, M,
                zero, zero, zero, zero, zero, M, zero, zero, zero);
    }

    private static BalancesView balances() {
        // 500,000.00 of the 10,000,000.00 recovered: the API's gross arrival rate is 100.00, what is in place 95.00
        FiguresView figures = new FiguresView("10000000.00", "10000000.00", "0.00", "10000000.00", "0.00", "500000.00",
                "9500000.00", new BigDecimal("100.00"));
        return new BalancesView("JS-101", null, null, 40, List.of(new BalancesView.SourceBalance(
                FundingSource.PROVINCIAL_FINANCE, "省财政专项资金（含奖补）", figures)), List.of(), figures);
    }

    private static LedgerLine line(int sequence, String eventId) {
        return new LedgerLine(eventId, "JS-101", sequence, "I-" + sequence, EntryKind.INSTALLMENT, null,
                FundingSource.PROVINCIAL_FINANCE, null, null, null, M, new MoneyEffect(M, Money.ZERO, Money.ZERO,
                Money.ZERO), LocalDate.of(2019, 4, 15), Instant.parse("2026-01-01T00:00:00Z"), "苏财教〔2019〕21号", null);
    }

    private static VerificationSummary verified() {
        return new VerificationSummary(true, true, 40, 39L, "ab12", 3L, Instant.parse("2026-11-01T00:00:00Z"), null,
                null, null, null, Instant.parse("2026-11-29T00:00:00Z"), null);
    }

    private static Dossier accepted() {
        ReadinessView readiness = new ReadinessView("JS-101", TODAY, 40, PlatformStatus.ACCEPTED,
                AcceptanceResult.EXCELLENT, ReadinessView.Overall.READY, List.of(new ReadinessItem("TOTAL_RECEIVED",
                true, "33000000.00", "≥ 30000000.00", List.of("event-installment-1"),
                ReadinessFigures.totalReceived(Money.parse("33000000.00"), Money.parse("30000000.00")))));
        ComplianceView compliance = ComplianceView.builder("JS-101", 40, PlatformStatus.ACCEPTED, TODAY, null).build();
        return new Dossier(row(PlatformStatus.ACCEPTED, AcceptanceResult.EXCELLENT), readiness, balances(), compliance,
                List.of(new PlatformQueries.Decision("D-1", DecisionType.REWARD, Money.ofYuan(1_000_000), "年度绩效考核优秀",
                        "苏教职〔2021〕9号", LocalDate.of(2021, 12, 20), Instant.parse("2026-01-01T00:00:00Z"), "event-decision")),
                List.of(new ProposalView("JS-101", "P-1", ProposalKind.PERFORMANCE_DECISION, ProposalStatus.APPROVED, "admin1",
                        Instant.parse("2026-01-01T00:00:00Z"), "REWARD 1000000.00 苏教职〔2021〕9号: 年度绩效考核优秀", "admin2",
                        Instant.parse("2026-01-01T00:01:00Z"), "event-proposal")),
                verified(), List.of(line(4, "event-installment-1")), TODAY, Instant.parse("2026-11-29T00:00:00Z"),
                words(), List.of(new AcceptanceRequests.AcceptanceRequest(
                        LocalDate.of(2022, 3, 16), "疫情影响报告延迟", List.of("TOTAL_RECEIVED"), "admin1", "admin2",
                        "event-acceptance-request", Instant.parse("2026-01-01T00:02:00Z"))),
                List.of(new FindingView("JS-101", "F-1", FindingCategory.ACCOUNTING, null, "凭证附件不全", List.of(),
                        List.of(), LocalDate.of(2022, 6, 30), FindingStatus.CLOSED, false, "auditor",
                        Instant.parse("2022-05-01T00:00:00Z"), "event-finding", new FindingView.Rectification(
                        "已补齐凭证附件", List.of(), "college-1", Instant.parse("2022-06-01T00:00:00Z")),
                        new FindingView.Closure("整改到位", "admin1", Instant.parse("2022-06-10T00:00:00Z")), 0, null)),
                List.of(new DocumentView("a".repeat(64), "application/pdf", 123456, "到账凭证.pdf", "finance1",
                        Instant.parse("2021-03-01T00:00:00Z"), "/api/v1/platforms/JS-101/documents/" + "a".repeat(64),
                        List.of(new DocumentView.Citation("event-installment-1", 4, "InstallmentRecordedEvent", "I-1",
                                Instant.parse("2021-03-01T00:01:00Z"))))));
    }

    /** An approved platform short of enterprise money, with no reports, task book or agreement: the real checklist. */
    private static Dossier notReady() {
        Money received = Money.parse("23048000.00");
        Money enterprise = Money.parse("7344000.00");
        List<ReadinessItem> items = AcceptanceChecklist.items(new AcceptanceChecklist.Subject(PlatformStatus.APPROVED,
                LocalDate.of(2019, 3, 1), LocalDate.of(2022, 3, 1), received, enterprise, List.of(),
                PlatformReports.NONE, ContributionConfirmations.NONE), TODAY, ProgrammeParameters.defaults());
        ReadinessView readiness = new ReadinessView("JS-101", TODAY, 40, PlatformStatus.APPROVED, null,
                ReadinessView.Overall.NOT_READY, items);
        ComplianceView compliance = ComplianceView.builder("JS-101", 40, PlatformStatus.APPROVED, TODAY, null)
                .minimumEnterpriseShare(Share.ONE_THIRD)
                .findings(List.of(new Finding("ACTUAL_ENTERPRISE_SHARE_NOT_MET", "enterprise investment in place "
                        + "7344000.00 is less than 1/3 of 23048000.00", Map.of("actualEnterprise", "7344000.00",
                        "actualTotal", "23048000.00"), List.of("event-installment-1")))).build();
        List<LedgerLine> lines = new java.util.ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(line(i, "event-installment-1"));
        }
        return new Dossier(row(PlatformStatus.APPROVED, null), readiness, balances(), compliance,
                List.of(new PlatformQueries.Decision("D-2", DecisionType.WITHDRAW_KEY_SUPPORT, null, "年度考核不合格",
                        "苏教职〔2022〕7号", LocalDate.of(2022, 1, 20), Instant.parse("2026-01-01T00:00:00Z"), "event-decision")),
                List.of(new ProposalView("JS-101", "P-2", ProposalKind.PERFORMANCE_DECISION, ProposalStatus.APPROVED,
                                "admin1", Instant.parse("2026-01-01T00:00:00Z"),
                                "WITHDRAW_KEY_SUPPORT 苏教职〔2022〕7号: 年度考核不合格", "admin2",
                                Instant.parse("2026-01-01T00:01:00Z"), "event-proposal"),
                        new ProposalView("JS-101", "P-3", ProposalKind.CONSTRUCTION_EXTENSION, ProposalStatus.WITHDRAWN,
                                "admin1", Instant.parse("2026-01-01T00:00:00Z"),
                                "extension to 2023-03-01 苏教职〔2022〕8号: 疫情", "admin1",
                                Instant.parse("2026-01-01T00:01:00Z"), "event-proposal")),
                verified(), lines, TODAY, Instant.parse("2026-11-29T00:00:00Z"), words(), List.of(), List.of(),
                List.of());
    }
}
