package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.evaluation.EvaluationSchemes;
import cn.jsedu.ledger.kernel.evaluation.Grade;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.evaluation.RoundKind;
import cn.jsedu.ledger.query.round.RoundDetailView;
import cn.jsedu.ledger.query.round.RoundResultView;
import cn.jsedu.ledger.query.round.RoundStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A published round's results as a PDF, read back as text: the round, its dates, every item's points, the grades. */
class EvaluationResultsPdfTest {

    private static final Instant KNOWN_AT = Instant.parse("2021-10-01T00:00:00Z");

    private static RoundResultView result(int rank, String platformId, int objectiveEach, int panelEach, Grade grade) {
        List<ItemScore> objective = EvaluationSchemes.DEFAULT_V1.itemsOf(ItemKind.OBJECTIVE).stream()
                .map(i -> new ItemScore(i.code(), objectiveEach)).toList();
        List<ItemScore> panel = EvaluationSchemes.DEFAULT_V1.itemsOf(ItemKind.PANEL).stream()
                .map(i -> new ItemScore(i.code(), panelEach)).toList();
        return new RoundResultView(rank, platformId, "平台 " + platformId, "无锡职业技术学院", objective, panel,
                6 * objectiveEach, 2 * panelEach, 6 * objectiveEach + 2 * panelEach, grade, grade.chineseName());
    }

    @Test
    void theResultsReadBackWithTheRoundItsDatesPointsAndGrades() throws IOException {
        RoundDetailView round = new RoundDetailView("EVAL-JS-PLATFORMS-2019-2021-ANNUAL-ALL", "JS-PLATFORMS-2019",
                RoundKind.ANNUAL, RoundKind.ANNUAL.chineseName(), 2021, null, LocalDate.of(2021, 9, 1),
                EvaluationSchemes.DEFAULT_SCHEME_ID, 1, RoundStatus.PUBLISHED, "admin1", KNOWN_AT,
                Instant.parse("2021-10-03T00:00:00Z"), 9, List.of(), List.of(), null,
                List.of(result(1, "JS-101", 800, 2_400, Grade.EXCELLENT), result(2, "JS-102", 100, 1_000, Grade.FAILED)),
                null);

        byte[] pdf = EvaluationResultsPdf.render(round, KNOWN_AT, EvaluationSchemes.DEFAULT_V1,
                new CjkFont(new ExportSettings("")).font(), ZoneId.of("Asia/Shanghai"), KNOWN_AT);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("2021年年度绩效评价结果", "EVAL-JS-PLATFORMS-2019-2021-ANNUAL-ALL", "全部批次",
                    "评价基准日2021-09-01", "2021-10-0108:00:00", "第1版", "资金到位率", "专家评议", "JS-101", "JS-102",
                    "96.00", "优秀", "不合格", "第1页/共");
            assertThat(text.indexOf("JS-101")).isLessThan(text.indexOf("JS-102"));
        }
    }
}
