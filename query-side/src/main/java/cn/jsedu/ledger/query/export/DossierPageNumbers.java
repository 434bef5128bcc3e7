package cn.jsedu.ledger.query.export;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Numbers every page of a finished dossier "第 n 页 / 共 m 页" at the foot. Stamped onto the finished file, because the
 * total is only known once every table has been laid out; a page that goes missing from a filed, signed dossier is
 * then seen.
 */
final class DossierPageNumbers {

    private DossierPageNumbers() {
    }

    static byte[] stamp(byte[] pdf, BaseFont font) {
        try (PdfReader reader = new PdfReader(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte over = stamper.getOverContent(page);
                over.beginText();
                over.setFontAndSize(font, 8);
                over.showTextAligned(Element.ALIGN_CENTER, "第 " + page + " 页 / 共 " + pages + " 页",
                        (size.getLeft() + size.getRight()) / 2, size.getBottom() + 20, 0);
                over.endText();
            }
            stamper.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
