package cn.jsedu.ledger.query.export;

import com.lowagie.text.pdf.BaseFont;
import org.springframework.stereotype.Component;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The Chinese font of the PDF dossier, found on the file system (nothing is downloaded, no font is bundled):
 * {@code ledger.export.cjk-font} (env {@code LEDGER_EXPORT_CJK_FONT}, a .ttf/.otf/.ttc file; a .ttc may name its
 * face as {@code file.ttc,0}) or else the first of the freely redistributable Debian fonts below. WenQuanYi Micro Hei
 * (Apache 2.0 / GPLv3 with font exception) is preferred: TrueType outlines, so only the glyphs used are embedded.
 * CI installs it ({@code .ci/run}); without any of them a dossier is refused with a message saying what to install.
 */
@Component
public class CjkFont {

    static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",          // fonts-wqy-microhei
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",            // fonts-wqy-zenhei
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",  // fonts-noto-cjk
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc");

    private final String configured;
    private volatile BaseFont font;

    public CjkFont(ExportSettings settings) {
        this.configured = settings.cjkFont() == null ? "" : settings.cjkFont();
    }

    /** Thrown when no Chinese font can be found: the dossier cannot be rendered readably. */
    public static class MissingFontException extends RuntimeException {
        MissingFontException(String message) {
            super(message);
        }
    }

    public BaseFont font() {
        BaseFont loaded = font;
        if (loaded == null) {
            synchronized (this) {
                if (font == null) {
                    font = load(locate().orElseThrow(() -> new MissingFontException("no Chinese (CJK) font found for the "
                            + "PDF dossier: install the Debian package fonts-wqy-microhei (or fonts-noto-cjk), or set "
                            + "LEDGER_EXPORT_CJK_FONT to a .ttf/.otf/.ttc file; looked at " + searched())));
                }
                loaded = font;
            }
        }
        return loaded;
    }

    Optional<String> locate() {
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured);
        }
        return CANDIDATES.stream().filter(p -> Files.isReadable(Path.of(p))).findFirst();
    }

    private String searched() {
        return configured != null && !configured.isBlank() ? configured : String.join(", ", CANDIDATES);
    }

    private static BaseFont load(String file) {
        String name = file.toLowerCase().endsWith(".ttc") ? file + ",0" : file;
        if (!Files.isReadable(Path.of(file.replaceFirst(",\\d+$", "")))) {
            throw new MissingFontException("the Chinese font " + file + " (LEDGER_EXPORT_CJK_FONT) is not readable");
        }
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw new MissingFontException("the Chinese font " + file + " cannot be used: " + e.getMessage());
        }
    }
}
