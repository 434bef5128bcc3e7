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
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;
import cn.jsedu.ledger.query.readiness.ReadinessView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import cn.jsedu.ledger.query.platform.AcceptanceRequests;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dossier is a PDF whose text a machine can read back in Chinese (the font is embedded with its Unicode map),
 * with every section; without a Chinese font it is refused with a message saying what to install.
 */
class DossierPdfTest {

    private static final Money M = Money.ofYuan(10_000_000);
    private static final Map<String, String> LABELS = Map.of("item.TOTAL_RECEIVED", "到位资金不低于最低总投入",
            "status.ACCEPTED", "验收通过", "source.PROVINCIAL_FINANCE", "省财政专项资金（含奖补）", "decision.REWARD", "奖励",
            "result.EXCELLENT", "优秀", "kind.INSTALLMENT", "资金到位", "proposalKind.PERFORMANCE_DECISION", "绩效考核决定",
            "proposalStatus.APPROVED", "已通过");

    @Test
    void printsEverySectionInChineseWithTheEventIds() throws IOException {
        byte[] pdf = DossierPdf.render(dossier(), new CjkFont(new ExportSettings("")).font(), ZoneId.of("Asia/Shanghai"));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertThat(text).contains("江苏省高等职业教育产教融合集成平台验收材料", "无锡职业技术学院", "智能制造产教融合集成平台（JS-101）",
                "一、验收条件检查：满足（READY）", "到位资金不低于最低总投入", "二、资金情况（元）", "省财政专项资金（含奖补）",
                "10,000,000.00", "三、决定记录", "奖励", "苏教职〔2021〕9号", "绩效考核决定", "admin1", "admin2",
                "四、防篡改校验结果", "通过：事件链完整", "#3", "附：资金事件", "event-installment-1", "验收通过", "优秀");
    }

    @Test
    void aMissingChineseFontIsRefusedSayingWhatToInstall() {
        assertThatThrownBy(() -> new CjkFont(new ExportSettings("/nowhere/no-font.ttc")).font())
                .isInstanceOf(CjkFont.MissingFontException.class).hasMessageContaining("LEDGER_EXPORT_CJK_FONT");
        assertThat(CjkFont.CANDIDATES.get(0)).contains("wqy-microhei");
    }

    private static Dossier dossier() {
        Money zero = Money.ZERO;
        PlatformRow row = new PlatformRow("JS-101", "JS-PLATFORMS-2019", "4132010850", "无锡职业技术学院", "无锡市", "智能制造专业群", "高端装备制造",
                "智能制造产教融合集成平台", PlatformStatus.ACCEPTED, 1, LocalDate.of(2019, 3, 1), LocalDate.of(2022, 3, 1),
                "苏教职〔2019〕11号", true, LocalDate.of(2022, 3, 16), AcceptanceResult.EXCELLENT, LocalDate.of(2022, 4, 30),
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), 40, M, zero, M, zero, M,
                zero, zero, zero, zero, zero, M, zero, zero, zero);
        FiguresView figures = new FiguresView("10000000.00", "10000000.00", "0.00", "10000000.00", "0.00", "0.00",
                "10000000.00", new BigDecimal("100.00"));
        BalancesView balances = new BalancesView("JS-101", null, null, 40, List.of(new BalancesView.SourceBalance(
                FundingSource.PROVINCIAL_FINANCE, "省财政专项资金（含奖补）", figures)), List.of(), figures);
        ReadinessView readiness = new ReadinessView("JS-101", LocalDate.of(2026, 11, 29), 40, PlatformStatus.ACCEPTED,
                AcceptanceResult.EXCELLENT, ReadinessView.Overall.READY, List.of(new ReadinessItem("TOTAL_RECEIVED", true, "33000000.00", "≥ 30000000.00",
                List.of("event-installment-1"))));
        LedgerLine line = new LedgerLine("event-installment-1", "JS-101", 4, "I-1", EntryKind.INSTALLMENT, null,
                FundingSource.PROVINCIAL_FINANCE, null, null, null, M, new MoneyEffect(M, zero, zero, zero), LocalDate.of(2019, 4, 15),
                Instant.parse("2026-01-01T00:00:00Z"), "苏财教〔2019〕21号", null);
        VerificationSummary verified = new VerificationSummary(true, true, 40, 39L, "ab12", 3L,
                Instant.parse("2026-11-01T00:00:00Z"), null, null, null, null, Instant.parse("2026-11-29T00:00:00Z"), null);
        return new Dossier(row, readiness, balances,
                List.of(new PlatformQueries.Decision("D-1", DecisionType.REWARD, Money.ofYuan(1_000_000), "年度绩效考核优秀",
                        "苏教职〔2021〕9号", LocalDate.of(2021, 12, 20), Instant.parse("2026-01-01T00:00:00Z"), "event-decision")),
                List.of(new ProposalView("JS-101", "P-1", ProposalKind.PERFORMANCE_DECISION, ProposalStatus.APPROVED, "admin1",
                        Instant.parse("2026-01-01T00:00:00Z"), "REWARD 1000000.00", "admin2",
                        Instant.parse("2026-01-01T00:01:00Z"), "event-proposal")),
                verified, List.of(line), LocalDate.of(2026, 11, 29), Instant.parse("2026-11-29T00:00:00Z"),
                key -> LABELS.getOrDefault(key, key), List.of(new AcceptanceRequests.AcceptanceRequest(
                        LocalDate.of(2022, 3, 16), "疫情影响报告延迟", List.of("TOTAL_RECEIVED"), "admin1", "admin2",
                        "event-acceptance-request", Instant.parse("2026-01-01T00:02:00Z"))));
    }

    @Test
    void showsTheOverrideOfTheAcceptanceGate() throws IOException {
        byte[] pdf = DossierPdf.render(dossier(), new CjkFont(new ExportSettings("")).font(), ZoneId.of("Asia/Shanghai"));
        String text;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
        assertThat(text).contains("验收申请（2022-03-16）经两名省教育厅管理员豁免验收条件后提出：疫情影响报告延迟",
                "提出人admin1，复核人admin2", "豁免时不满足的检查项：到位资金不低于最低总投入", "event-acceptance-request");
    }
}
