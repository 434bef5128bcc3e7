package cn.jsedu.ledger.command.document;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of evidence document the ledger takes, told apart by their content (magic bytes), never by a file name or
 * the Content-Type a client claims: PDF, PNG, JPEG, and the two Office Open XML kinds, which are ZIP archives told
 * apart by their central directory ({@code xl/} or {@code word/} next to {@code [Content_Types].xml}). Only the
 * directory is read, never a compressed entry, so a crafted archive costs no decompression.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final int END_OF_DIRECTORY = 0x06054b50;
    private static final int DIRECTORY_ENTRY = 0x02014b50;

    private final String mediaType;
    private final String extension;

    DocumentType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type of this content, or empty if it is none the ledger takes. */
    public static Optional<DocumentType> detect(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, ZIP_MAGIC)) {
            return officeDocument(content);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** Reads the ZIP's central directory (names only) for the parts an Office Open XML package must have. */
    private static Optional<DocumentType> officeDocument(byte[] content) {
        ByteBuffer zip = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int end = -1;
        // the end-of-directory record is 22 bytes plus a comment of at most 65,535
        for (int at = content.length - 22; at >= Math.max(0, content.length - 22 - 65_535); at--) {
            if (zip.getInt(at) == END_OF_DIRECTORY) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        int entries = Short.toUnsignedInt(zip.getShort(end + 10));
        long offset = Integer.toUnsignedLong(zip.getInt(end + 16));
        boolean contentTypes = false;
        boolean workbook = false;
        boolean wordDocument = false;
        for (int i = 0; i < entries; i++) {
            if (offset < 0 || offset + 46 > content.length || zip.getInt((int) offset) != DIRECTORY_ENTRY) {
                return Optional.empty();
            }
            int nameLength = Short.toUnsignedInt(zip.getShort((int) offset + 28));
            int extraLength = Short.toUnsignedInt(zip.getShort((int) offset + 30));
            int commentLength = Short.toUnsignedInt(zip.getShort((int) offset + 32));
            if (offset + 46 + nameLength > content.length) {
                return Optional.empty();
            }
            String name = new String(content, (int) offset + 46, nameLength, StandardCharsets.UTF_8);
            contentTypes |= name.equals("[Content_Types].xml");
            workbook |= name.equals("xl/workbook.xml");
            wordDocument |= name.equals("word/document.xml");
            offset += 46L + nameLength + extraLength + commentLength;
        }
        if (!contentTypes || workbook == wordDocument) {
            return Optional.empty();
        }
        return Optional.of(workbook ? XLSX : DOCX);
    }
}
