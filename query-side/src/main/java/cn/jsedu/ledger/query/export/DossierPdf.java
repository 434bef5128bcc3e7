package cn.jsedu.ledger.query.export;

import cn.jsedu.ledger.query.balance.BalancesView;
import cn.jsedu.ledger.query.balance.FiguresView;
import cn.jsedu.ledger.query.compliance.Finding;
import cn.jsedu.ledger.query.document.DocumentView;
import cn.jsedu.ledger.query.finding.FindingView;
import cn.jsedu.ledger.query.ledger.LedgerLine;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.proposal.ProposalView;
import cn.jsedu.ledger.kernel.readiness.ReadinessItem;
import cn.jsedu.ledger.query.platform.AcceptanceRequests;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Prints a {@link Dossier} (OpenPDF): basic data, 一 readiness checklist, 二 funding table and compliance findings,
 * 三 decision history, 四 verification result, 五 audit findings and their rectification, 六 evidence documents with
 * their hashes and the records citing them, an appendix of the money events every figure was summed from (by event
 * id), and the block the responsible people sign and the college seals; every page numbered "第 n 页 / 共 m 页".
 * Codes and figures are printed in words ({@link DossierWords}): the event ids stay, they are how a figure is traced.
 */
final class DossierPdf {

    private static final Color HEAD = new Color(0xE8, 0xEE, 0xF4);

    private final Document document = new Document(PageSize.A4, 36, 36, 42, 42);
    private final Font title;
    private final Font heading;
    private final Font body;
    private final Font small;
    private final DateTimeFormatter time;

    private DossierPdf(BaseFont font, ZoneId zone) {
        title = new Font(font, 16, Font.BOLD);
        heading = new Font(font, 12, Font.BOLD);
        body = new Font(font, 9);
        small = new Font(font, 7);
        time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
    }

    static byte[] render(Dossier d, BaseFont font, ZoneId zone) {
        return new DossierPdf(font, zone).write(d);
    }

    private byte[] write(Dossier d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfWriter.getInstance(document, out);
        PlatformRow p = d.platform();
        DossierWords w = d.words();
        document.addTitle("验收材料 " + p.platformId());
        document.open();
        paragraph("江苏省高等职业教育产教融合集成平台验收材料", title, Element.ALIGN_CENTER);
        paragraph(p.title() + "（" + p.platformId() + "）", heading, Element.ALIGN_CENTER);
        PdfPTable info = table(new float[]{1, 2, 1, 2});
        cells(info, "学校", p.collegeName() + "（" + p.collegeCode() + "）", "专业群", p.majorGroup());
        cells(info, "服务产业", p.industry(), "批次", p.batch() == null ? "—" : "第" + p.batch() + "批");
        cells(info, "建设期", p.constructionStart() + " 至 " + p.constructionEnd(), "立项文号", p.approvalRef());
        cells(info, "状态", w.label("status", p.status()), "验收结果",
                p.acceptanceResult() == null ? "—" : w.label("result", p.acceptanceResult()));
        cells(info, "数据版本", String.valueOf(p.version()), "生成时间", time.format(d.generatedAt()) + "（北京时间）");
        document.add(info);

        section("一、验收条件检查：" + w.label("readiness", d.readiness().ready() ? "READY" : "NOT_READY") + "，截至 "
                + d.asOf());
        PdfPTable checklist = table(new float[]{2.2f, 0.8f, 3, 2, 3.2f});
        header(checklist, "检查项", "是否满足", "实际", "要求", "依据事件编号");
        for (ReadinessItem item : d.readiness().items()) {
            cells(checklist, w.label("item", item.code()), item.met() ? "满足" : "不满足", w.itemValue(item),
                    w.itemThreshold(item));
            checklist.addCell(cell(String.join("\n", item.evidence()), small));
        }
        document.add(checklist);
        for (AcceptanceRequests.AcceptanceRequest r : d.acceptanceRequests()) {
            paragraph(r.overridden()
                    ? "验收申请（" + r.requestedOn() + "）经两名省教育厅管理员豁免验收条件后提出：" + r.overrideReason()
                    + "；提出人 " + r.proposedBy() + "，复核人 " + r.approvedBy() + "；豁免时不满足的检查项："
                    + (r.failingItems().isEmpty() ? "无" : String.join("、", r.failingItems().stream()
                    .map(code -> w.label("item", code)).toList())) + "（事件 " + r.eventId() + "）"
                    : "验收申请（" + r.requestedOn() + "）提出时验收条件均满足（事件 " + r.eventId() + "）", small,
                    Element.ALIGN_LEFT);
        }

        section("二、资金情况（元）");
        PdfPTable money = table(new float[]{2.4f, 1.6f, 1.6f, 1.6f, 1.6f, 1.3f, 1.6f, 1});
        // 到位率 as everywhere the ledger shows it to people: what is in place (received less recovered) ÷ planned
        header(money, "资金来源", "计划", "到位（现金）", "到位（非现金）", "支出", "追回", "现金余额", "实际到位率（扣除追回）");
        for (BalancesView.SourceBalance b : d.balances().sources()) {
            figures(money, w.label("source", b.source()), b.figures());
        }
        for (BalancesView.PartyBalance b : d.balances().enterpriseParties()) {
            figures(money, "　其中 " + (b.name() == null ? b.partyId() : b.name()), b.figures());
        }
        figures(money, "合计", d.balances().total());
        document.add(money);
        findings(d);

        section("三、决定记录");
        PdfPTable decisions = table(new float[]{1.4f, 1.4f, 2.4f, 2, 1.2f, 2.6f});
        header(decisions, "决定", "金额", "依据", "文号", "决定日期", "事件编号");
        for (PlatformQueries.Decision x : d.decisions()) {
            cells(decisions, w.label("decision", x.type()), x.amount() == null ? "—" : money(x.amount().toString()),
                    x.basis(), x.decisionRef(), String.valueOf(x.decidedOn()));
            decisions.addCell(cell(x.eventId(), small));
        }
        if (d.decisions().isEmpty()) {
            decisions.addCell(span("无", 6));
        }
        document.add(decisions);
        PdfPTable proposals = table(new float[]{1.6f, 1, 1.2f, 2, 1.2f, 2, 3});
        header(proposals, "双人复核事项", "状态", "提出人", "提出时间", "批准/撤回人", "处理时间", "摘要");
        for (ProposalView x : d.proposals()) {
            cells(proposals, w.label("proposalKind", x.kind()), w.label("proposalStatus", x.status()), x.proposedBy(),
                    time.format(x.proposedAt()), x.decidedBy() == null ? "—" : x.decidedBy(),
                    x.decidedAt() == null ? "—" : time.format(x.decidedAt()), w.proposal(x.summary()));
        }
        if (d.proposals().isEmpty()) {
            proposals.addCell(span("无", 7));
        }
        document.add(proposals);

        section("四、防篡改校验结果");
        VerificationSummary v = d.verification();
        PdfPTable check = table(new float[]{1, 3});
        cells(check, "结论", !v.available() ? "无法校验：" + w.text(v.problem())
                : v.valid() ? "通过：事件链完整" : "未通过：发现篡改");
        if (v.available()) {
            cells(check, "事件数", String.valueOf(v.events()));
            cells(check, "链头", v.headSequence() == null ? "—" : "序号 " + v.headSequence() + "，哈希 " + v.headHash());
            cells(check, "签名检查点", v.checkpoint() == null ? "尚无签名检查点（仅校验链的完整性）"
                    : "#" + v.checkpoint() + "（" + time.format(v.checkpointCreatedAt()) + "）");
            if (v.brokenSequence() != null) {
                // the detail names hashes and keys: technical, but what an investigator needs to find the row
                cells(check, "首个异常事件", "序号 " + v.brokenSequence() + " " + v.brokenEventId() + "："
                        + w.label("chainProblem", v.brokenProblem()) + "（" + v.brokenDetail() + "）");
            }
            cells(check, "校验时间", time.format(v.verifiedAt()));
        }
        document.add(check);

        auditFindings(d);
        documents(d);

        section("附：资金事件（每项金额均可按事件编号追溯）");
        PdfPTable events = table(new float[]{0.6f, 3, 1.6f, 1.8f, 1.4f, 1.2f});
        header(events, "序号", "事件编号", "类型", "资金来源", "金额", "生效日期");
        for (LedgerLine l : d.lines()) {
            events.addCell(cell(String.valueOf(l.sequenceNumber()), small));
            events.addCell(cell(l.eventId(), small));
            events.addCell(cell(w.label("kind", l.kind()), small));
            events.addCell(cell(w.label("source", l.source()), small));
            events.addCell(cell(money(l.amount().toString()), small));
            events.addCell(cell(String.valueOf(l.effectiveDate()), small));
        }
        document.add(events);
        signatures();
        document.close();
        return DossierPageNumbers.stamp(out.toByteArray(), body.getBaseFont());
    }

    /** The funding findings of the compliance rules, in sentences with their figures, and the events behind them. */
    private void findings(Dossier d) {
        if (d.compliance().findings().isEmpty()) {
            paragraph("资金合规检查：未发现问题（截至 " + d.compliance().asOf() + "）", body, Element.ALIGN_LEFT);
            return;
        }
        paragraph("资金合规检查发现的问题（截至 " + d.compliance().asOf() + "）", body, Element.ALIGN_LEFT);
        PdfPTable findings = table(new float[]{2, 4, 3});
        header(findings, "问题", "说明", "依据事件编号");
        for (Finding f : d.compliance().findings()) {
            cells(findings, d.words().label("finding", f.code()), d.words().finding(f, d.compliance()));
            findings.addCell(cell(String.join("\n", f.eventIds()), small));
        }
        document.add(findings);
    }

    /** 审计发现与整改 (ADR 0021): every finding with its state, the college's rectification and the event recording it. */
    private void auditFindings(Dossier d) {
        section("五、审计发现与整改");
        DossierWords w = d.words();
        PdfPTable table = table(new float[]{1, 1.2f, 3, 1.3f, 1.3f, 3, 2.2f});
        header(table, "编号", "类别", "发现", "整改期限", "状态", "整改说明", "事件编号");
        for (FindingView f : d.auditFindings()) {
            cells(table, f.findingId(), w.label("findingCategory", f.category()), f.text(), String.valueOf(f.deadline()),
                    w.label("findingStatus", f.status()) + (f.overdue() ? "（已逾期）" : ""),
                    f.rectification() == null ? "—" : f.rectification().text());
            table.addCell(cell(f.eventId(), small));
        }
        if (d.auditFindings().isEmpty()) {
            table.addCell(span("无", 7));
        }
        document.add(table);
    }

    /**
     * 证明材料 (ADR 0021): each evidence document by name, type, size and SHA-256, and the records citing it; the
     * hash is what the offline verifier checks the file of an evidence bundle against.
     */
    private void documents(Dossier d) {
        section("六、证明材料（按内容摘要核对）");
        PdfPTable table = table(new float[]{2.2f, 1.4f, 1.2f, 3.6f, 2.6f});
        header(table, "文件", "类型", "大小（字节）", "内容摘要", "引用它的记录");
        for (DocumentView x : d.documents()) {
            cells(table, x.fileName() == null ? "—" : x.fileName(), d.words().label("mediaType", x.mediaType()), String.format(Locale.ROOT, "%,d", x.sizeBytes()));
            table.addCell(cell(x.sha256(), small));
            table.addCell(cell(x.citations().isEmpty() ? "尚未被引用" : String.join("\n", x.citations().stream()
                    .map(c -> d.words().label("event", c.eventType())
                            + (c.subjectId() == null ? "" : " " + c.subjectId())).toList()), body));
        }
        if (d.documents().isEmpty()) {
            table.addCell(span("无", 5));
        }
        document.add(table);
    }

    /** Who prepared and who reviewed the dossier sign it, and the college seals it: a dossier is filed signed. */
    private void signatures() {
        section("签章");
        PdfPTable block = table(new float[]{1, 2, 1, 2});
        block.setKeepTogether(true);
        for (String[] row : new String[][]{{"经办人（签字）", "审核人（签字）"}, {"单位（盖章）", "日期"}}) {
            for (int i = 0; i < row.length; i++) {
                PdfPCell label = cell(row[i], body);
                label.setBackgroundColor(HEAD);
                block.addCell(label);
                PdfPCell space = cell(row[i].equals("日期") ? "　　　　年　　月　　日" : " ", body);
                space.setMinimumHeight(row[i].startsWith("单位") ? 90 : 42); // room for a signature, and for a seal
                block.addCell(space);
            }
        }
        document.add(block);
    }

    private void figures(PdfPTable table, String name, FiguresView f) {
        cells(table, name, money(f.planned()), money(f.receivedCash()), money(f.receivedNonCash()), money(f.spent()),
                money(f.recovered()), money(f.cashBalance()),
                f.netArrivalRate() == null ? "—" : f.netArrivalRate().toPlainString() + "%");
    }

    /** Amounts in the funding tables, whose heading names the unit (元): thousands separators, exact. */
    static String money(String decimal) {
        return DossierWords.grouped(decimal);
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
        table.setHeaderRows(0);
        return table;
    }

    private void header(PdfPTable table, String... labels) {
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

    private PdfPCell span(String text, int columns) {
        PdfPCell cell = cell(text, body);
        cell.setColspan(columns);
        return cell;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "—" : text, font));
        cell.setPadding(3);
        return cell;
    }
}
