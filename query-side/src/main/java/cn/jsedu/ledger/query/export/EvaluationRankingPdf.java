package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.kernel.evaluation.EvaluationScheme;
import cn.jsedu.ledger.kernel.evaluation.ItemKind;
import cn.jsedu.ledger.kernel.evaluation.SchemeItem;
import cn.jsedu.ledger.query.evaluation.EvaluationRankingView;
import cn.jsedu.ledger.query.evaluation.ItemScore;
import cn.jsedu.ledger.query.evaluation.ObjectiveScoresView;
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
 * An evaluation ranking (ADR 0026) printed for the department's files (OpenPDF, A4 landscape): the round's reference
 * date, the knownAt the scores were computed as known at and the scheme version, then per platform its rank, objective
 * total and each objective item's points; an appendix lists, per platform and item, the events the score was computed
 * from, so that a printed figure can be traced. Pages numbered as the dossier's.
 */
public final class EvaluationRankingPdf {

    private static final Color HEAD = new Color(0xE8, 0xEE, 0xF4);

    private final Document document = new Document(PageSize.A4.rotate(), 30, 30, 36, 42);
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font small;
    private final DateTimeFormatter time;

    private EvaluationRankingPdf(BaseFont font, ZoneId zone) {
        title = new Font(font, 15, Font.BOLD);
        heading = new Font(font, 11, Font.BOLD);
        body = new Font(font, 8);
        small = new Font(font, 6);
        time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    /** The ranking as a PDF in Chinese, {@code generatedAt} and {@code knownAt} in {@code zone}'s time. */
    public static byte[] render(EvaluationRankingView ranking, EvaluationScheme scheme, BaseFont font, ZoneId zone,
                                Instant generatedAt) {
        byte[] pdf = new EvaluationRankingPdf(font, zone).write(ranking, scheme, generatedAt);
        return DossierPageNumbers.stamp(pdf, font);
    }

    private byte[] write(EvaluationRankingView ranking, EvaluationScheme scheme, Instant generatedAt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        document.addTitle("绩效评价客观得分排名 " + ranking.programmeId());
        document.open();
        paragraph("江苏省高等职业教育产教融合集成平台绩效评价客观得分排名", title, Element.ALIGN_CENTER);
        paragraph("计划 " + ranking.programmeId() + (ranking.batch() == null ? "（全部批次）" : "（第" + ranking.batch()
                + "批）") + "；评价基准日 " + ranking.referenceDate() + "；数据截至 " + time.format(ranking.knownAt())
                + "（北京时间，knownAt " + ranking.knownAt() + "）；评价方案 " + ranking.schemeId() + " 第"
                + ranking.schemeVersion() + "版；生成时间 " + time.format(generatedAt), body, Element.ALIGN_CENTER);

        List<SchemeItem> items = scheme.itemsOf(ItemKind.OBJECTIVE);
        List<Float> widths = new ArrayList<>(List.of(0.6f, 1.4f, 3f, 2.4f, 1.1f));
        items.forEach(i -> widths.add(1.1f));
        float[] w = new float[widths.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = widths.get(i);
        }
        PdfPTable table = table(w);
        List<String> labels = new ArrayList<>(List.of("排名", "平台编号", "平台名称", "学校", "客观得分"));
        items.forEach(i -> labels.add(i.title() + "（" + i.weight() + "分）"));
        header(table, labels);
        for (EvaluationRankingView.RankedPlatform row : ranking.rows()) {
            ObjectiveScoresView s = row.scores();
            cells(table, String.valueOf(row.rank()), s.platformId(), s.title(), s.collegeName(),
                    points(s.objectiveCentipoints()) + " / " + points(s.objectiveFullCentipoints()));
            for (SchemeItem item : items) {
                ItemScore score = score(s, item);
                table.addCell(cell(points(score.centipoints()) + (score.targetMet() ? "" : "（未达标）"), body));
            }
        }
        if (ranking.rows().isEmpty()) {
            PdfPCell none = cell("没有在该时点已立项的平台", body);
            none.setColspan(w.length);
            table.addCell(none);
        }
        document.add(table);

        section("附：各项得分依据的事件编号");
        PdfPTable evidence = table(new float[]{1.4f, 2f, 9f});
        header(evidence, List.of("平台编号", "评价项", "事件编号（可在平台审计历史中查到）"));
        for (EvaluationRankingView.RankedPlatform row : ranking.rows()) {
            for (SchemeItem item : items) {
                ItemScore score = score(row.scores(), item);
                cells(evidence, row.scores().platformId(), item.title());
                evidence.addCell(cell(score.eventIds().isEmpty() ? "—" : String.join(" ", score.eventIds()), small));
            }
        }
        document.add(evidence);
        document.close();
        return out.toByteArray();
    }

    private static ItemScore score(ObjectiveScoresView s, SchemeItem item) {
        return s.items().stream().filter(i -> i.code().equals(item.code())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no score of " + item.code() + " for " + s.platformId()));
    }

    private static String points(int centipoints) {
        return BigDecimal.valueOf(centipoints, 2).toPlainString();
    }

    private void section(String text) {
        Paragraph p = new Paragraph(text, heading);
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        document.add(p);
    }

    private void paragraph(String text, Font font, int alignment) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(alignment);
        p.setSpacingAfter(8);
        document.add(p);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        return table;
    }

    private void header(PdfPTable table, List<String> labels) {
        for (String label : labels) {
            PdfPCell cell = cell(label, body);
            cell.setBackgroundColor(HEAD);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    private void cells(PdfPTable table, String... values) {
        for (String value : values) {
            table.addCell(cell(value, body));
        }
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "—" : text, font));
        cell.setPadding(3);
        return cell;
    }
}
