package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.query.evaluation.EvaluationRankingView;
import cn.jsedu.ledger.query.evaluation.ItemScore;
import cn.jsedu.ledger.query.evaluation.ObjectiveScoresView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The ranking's PDF read back as text: the round's dates and scheme, each platform's points, the events behind them. */
class EvaluationRankingPdfTest {

    private static final Instant KNOWN_AT = Instant.parse("2021-10-01T00:00:00Z");

    private static ObjectiveScoresView scores(String platformId, int fundsCentipoints, String eventId) {
        List<ItemScore> items = EvaluationSchemes.DEFAULT_V1.itemsOf(cn.jsedu.ledger.kernel.evaluation.ItemKind.OBJECTIVE)
                .stream().map(i -> new ItemScore(i.code(), i.title(), i.weight(),
                        i.code().equals(EvaluationSchemes.FUNDS_IN_PLACE) ? fundsCentipoints : i.fullCentipoints(),
                        1, 1, true, Map.of(), List.of(eventId + "-" + i.code()))).toList();
        int total = items.stream().mapToInt(ItemScore::centipoints).sum();
        return new ObjectiveScoresView(platformId, "平台 " + platformId, "无锡职业技术学院", 2, PlatformStatus.APPROVED, 7,
                LocalDate.of(2021, 9, 1), KNOWN_AT, EvaluationSchemes.DEFAULT_SCHEME_ID, 1, total, 5_000, items);
    }

    @Test
    void theRankingReadsBackWithItsDatesPointsAndEvents() throws IOException {
        EvaluationRankingView ranking = new EvaluationRankingView("JS-PLATFORMS-2019", 2, LocalDate.of(2021, 9, 1),
                KNOWN_AT, EvaluationSchemes.DEFAULT_SCHEME_ID, 1, List.of(
                new EvaluationRankingView.RankedPlatform(1, scores("JS-101", 1_200, "ev-a")),
                new EvaluationRankingView.RankedPlatform(2, scores("JS-102", 1_037, "ev-b"))));

        byte[] pdf = EvaluationRankingPdf.render(ranking, EvaluationSchemes.DEFAULT_V1,
                new CjkFont(new ExportSettings("")).font(), ZoneId.of("Asia/Shanghai"), KNOWN_AT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("绩效评价客观得分排名", "第2批", "评价基准日2021-09-01",
                    "2021-10-0108:00:00", "2021-10-01T00:00:00Z", "第1版", "资金到位率", "JS-101", "JS-102",
                    "50.00/50.00", "48.37/50.00", "10.37", "ev-b-FUNDS_IN_PLACE", "ev-a-WORKSTATION_SHARE",
                    "第1页/共");
            assertThat(text.indexOf("JS-101")).isLessThan(text.indexOf("JS-102"));
        }
    }
}
