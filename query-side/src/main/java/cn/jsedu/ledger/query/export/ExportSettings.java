package cn.jsedu.ledger.query.export;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.export.*}.
 *
 * @param cjkFont a TrueType/OpenType font with Chinese glyphs for the PDF dossier (env
 *                {@code LEDGER_EXPORT_CJK_FONT}); empty: the usual system locations are searched
 */
@ConfigurationProperties(prefix = "ledger.export")
public record ExportSettings(String cjkFont) {
}
