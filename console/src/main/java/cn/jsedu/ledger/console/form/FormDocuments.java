package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.CommandApi;
import cn.jsedu.ledger.console.api.CommandOutcome;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Evidence documents attached to a command form (issue 14 part 2, ADR 0021): each file is uploaded to the platform
 * first (the command API decides its type from the bytes and stores it by its SHA-256), then the command cites the
 * hashes in {@code documents[]}. The hashes of files already uploaded travel with the form in a hidden input, so a
 * form answered with a refusal and sent again keeps them (a browser never refills a file input). Nothing is decided
 * here that the API decides: a file it refuses comes back as its problem, named on the file input.
 */
final class FormDocuments {

    /** The file input's name. */
    static final String FILES = "documentFiles";
    /** The hidden input with the hashes uploaded by an earlier submit of the same form. */
    static final String KEPT = "documents";
    /** Files one form may carry: the console's request limit is set for this many of the API's largest. */
    static final int MAX_FILES = 5;

    /** The hashes to cite, or the refusal that stopped the upload (the hashes stored before it are kept). */
    record Attached(List<String> hashes, CommandOutcome refusal) {
    }

    private FormDocuments() {
    }

    static Attached attach(CommandApi commands, String platformId, Map<String, String> values,
                           List<MultipartFile> files, ApiCall call) throws IOException {
        List<String> hashes = new ArrayList<>(kept(values.get(KEPT)));
        List<MultipartFile> chosen = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
        if (hashes.size() + chosen.size() > MAX_FILES) {
            return new Attached(hashes, new CommandOutcome(400, null, null, "VALIDATION_FAILED",
                    "at most " + MAX_FILES + " documents per form",
                    List.of(new CommandOutcome.FieldProblem(FILES, "at most " + MAX_FILES + " documents per form"))));
        }
        for (MultipartFile file : chosen) {
            CommandApi.DocumentUpload upload = commands.uploadDocument(platformId, fileName(file.getOriginalFilename()),
                    file.getBytes(), call);
            if (upload.refusal() != null) {
                return new Attached(hashes, upload.refusal());
            }
            if (!hashes.contains(upload.sha256())) {
                hashes.add(upload.sha256());
            }
        }
        return new Attached(hashes, null);
    }

    /** The hashes in the hidden input; anything that is not a SHA-256 in hex is not ours and is dropped. */
    static List<String> kept(String hidden) {
        if (hidden == null || hidden.isBlank()) {
            return List.of();
        }
        return Arrays.stream(hidden.split(",")).map(String::strip).filter(h -> h.matches("[0-9a-f]{64}"))
                .distinct().limit(MAX_FILES).toList();
    }

    /**
     * The name the API keeps for display: the last part of what the browser sent (old browsers send a whole path),
     * without control or format characters, at most 255 characters.
     */
    static String fileName(String original) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cc}\\p{Cf}]", "")
                .strip();
        if (name.isEmpty()) {
            return "document";
        }
        return name.codePointCount(0, name.length()) <= 255 ? name
                : name.substring(0, name.offsetByCodePoints(0, 255));
    }
}
