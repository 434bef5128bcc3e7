package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.ItemScore;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.query.round.RoundDetailView;
import cn.jsedu.ledger.query.round.RoundResultView;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A round's published results (绩效评价结果) printed for the department's files, as {@link EvaluationRankingPdf}
 * prints a ranking (A4 landscape, the same fonts, pages numbered): the round, its reference date, the knownAt its
 * objective scores were computed as known at, the scheme version and when it was published; then per platform its
 * rank, every item's points, the totals and the grade.
 */
public final class EvaluationResultsPdf {

    private static final Color HEAD = new Color(0xE8, 0xEE, 0xF4);

    private final Document document = new Document(PageSize.A4.rotate(), 30, 30, 36, 42);
    private final Font title;
    private final Font body;
    private final DateTimeFormatter time;

    private EvaluationResultsPdf(BaseFont font, ZoneId zone) {
        title = new Font(font, 15, Font.BOLD);
        body = new Font(font, 8);
        time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /** The round's published results as a PDF in Chinese; times in {@code zone}. */
    public static byte[] render(RoundDetailView round, Instant knownAt, EvaluationScheme scheme, BaseFont font,
                                ZoneId zone, Instant generatedAt) {
        byte[] pdf = new EvaluationResultsPdf(font, zone).write(round, knownAt, scheme, generatedAt);
        return DossierPageNumbers.stamp(pdf, font);
    }

    private byte[] write(RoundDetailView round, Instant knownAt, EvaluationScheme scheme, Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle(round.kindZh() + "结果 " + round.roundId());
        document.open();
        paragraph("江苏省高等职业教育产教融合集成平台" + round.year() + "年" + round.kindZh() + "结果", title);
        paragraph("评价轮次 " + round.roundId() + "；计划 " + round.programmeId()
                + (round.batch() == null ? "（全部批次）" : "（第" + round.batch() + "批）") + "；评价基准日 "
                + round.referenceDate() + "；客观得分数据截至 " + time.format(knownAt) + "（knownAt " + knownAt
                + "）；评价方案 " + round.schemeId() + " 第" + round.schemeVersion() + "版；发布时间 "
                + (round.publishedAt() == null ? "—" : time.format(round.publishedAt())) + "；生成时间 "
                + time.format(generatedAt), body);

        List<SchemeItem> items = scheme.items();
        List<Float> widths = new ArrayList<>(List.of(0.6f, 1.4f, 3f, 2.2f));
        items.forEach(i -> widths.add(1.1f));
        widths.addAll(List.of(1f, 1f, 1f, 0.9f));
        float[] w = new float[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        PdfPTable table = new PdfPTable(w);
        table.setWidthPercentage(100);
        List<String> labels = new ArrayList<>(List.of("排名", "平台编号", "平台名称", "学校"));
        items.forEach(i -> labels.add(i.title() + "（" + i.weight() + "分）"));
        labels.addAll(List.of("客观得分", "专家评议得分", "总分", "等级"));
        for (String label : labels) {
            PdfPCell cell = cell(label);
            cell.setBackgroundColor(HEAD);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        for (RoundResultView r : round.results()) {
            List<String> values = new ArrayList<>(List.of(String.valueOf(r.rank()), r.platformId(),
                    r.title() == null ? "—" : r.title(), r.collegeName() == null ? "—" : r.collegeName()));
            for (SchemeItem item : items) {
                values.add(points(score(item.kind() == ItemKind.PANEL ? r.panel() : r.objective(), item.code())));
            }
            values.addAll(List.of(points(r.objectiveCentipoints()), points(r.panelCentipoints()),
                    points(r.totalCentipoints()), r.gradeZh()));
            values.forEach(v -> table.addCell(cell(v)));
        }
        document.add(table);
        document.close();
        return out.toByteArray();
    }

    private static int score(List<ItemScore> scores, String code) {
        return scores.stream().filter(s -> s.code().equals(code)).findFirst().map(ItemScore::centipoints)
                .orElseThrow(() -> new IllegalStateException("no score of " + code));
    }

    private static String points(int centipoints) {
        return BigDecimal.valueOf(centipoints, 2).toPlainString();
    }

    private void paragraph(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(8);
        document.add(p);
    }

    private PdfPCell cell(String text) {
        PdfPCell cell = new PdfPCell(new Phrase(text, body));
        cell.setPadding(3);
        return cell;
    }
}
