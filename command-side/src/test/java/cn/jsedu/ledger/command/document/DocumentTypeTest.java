package cn.jsedu.ledger.command.document;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The type of a document is decided from its bytes, never its name (ADR 0021). */
class DocumentTypeTest {

    @Test
    void tellsTheTakenTypesFromTheirMagicBytes() {
        assertThat(DocumentType.detect("%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1))).contains(DocumentType.PDF);
        assertThat(DocumentType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}))
                .contains(DocumentType.PNG);
        assertThat(DocumentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}))
                .contains(DocumentType.JPEG);
    }

    @Test
    void tellsAWorkbookFromAWordDocumentByTheirParts() throws IOException {
        assertThat(DocumentType.detect(zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml")))
                .contains(DocumentType.XLSX);
        assertThat(DocumentType.detect(zip("[Content_Types].xml", "word/document.xml"))).contains(DocumentType.DOCX);
    }

    @Test
    void refusesAnythingElseWhateverItWouldBeCalled() throws IOException {
        assertThat(DocumentType.detect("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentType.detect(new byte[] {'M', 'Z', 0, 0})).isEmpty();
        assertThat(DocumentType.detect(new byte[0])).isEmpty();
        assertThat(DocumentType.detect("%PD".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        // a ZIP that is no Office document, and one that claims to be both
        assertThat(DocumentType.detect(zip("payload.exe"))).isEmpty();
        assertThat(DocumentType.detect(zip("xl/workbook.xml"))).isEmpty();
        assertThat(DocumentType.detect(zip("[Content_Types].xml", "xl/workbook.xml", "word/document.xml"))).isEmpty();
        // a ZIP header with a broken directory
        byte[] truncated = zip("[Content_Types].xml", "xl/workbook.xml");
        assertThat(DocumentType.detect(java.util.Arrays.copyOf(truncated, truncated.length - 30))).isEmpty();
    }

    private static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
