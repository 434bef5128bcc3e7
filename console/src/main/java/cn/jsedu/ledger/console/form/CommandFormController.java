package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.CommandApi;
import cn.jsedu.ledger.console.api.CommandOutcome;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.LedgerLinesView;
import cn.jsedu.ledger.console.api.view.PermittedCommandsView;
import cn.jsedu.ledger.console.api.view.PlatformDetailView;
import cn.jsedu.ledger.console.page.ConsolePage;
import cn.jsedu.ledger.console.words.ConsoleWords;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import org.springframework.context.MessageSource;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The command forms: shown only for a command the command API says the user may send (else the page says the role
 * may not), with a fresh Idempotency-Key; sent to the command API as the signed-in user; answered with a redirect to
 * the platform page at the new version (read your write), or the form again with the API's problem in the console's
 * words ({@link ConsoleWords}), each field error under its input. A voucher reference already on the platform is
 * asked about before anything is sent ({@link VoucherReuse}).
 */
@Controller
@RequestMapping("/console/platforms/{platformId}/commands/{slug}")
public class CommandFormController extends ConsolePage {

    private final QueryApi queries;
    private final CommandApi commands;
    private final CommandForms forms;
    private final Reads reads;
    private final ConsoleWords words;
    private final MessageSource messages;

    public CommandFormController(QueryApi queries, CommandApi commands, CommandForms forms, Reads reads,
                                 ConsoleWords words, MessageSource messages) {
        this.queries = queries;
        this.commands = commands;
        this.forms = forms;
        this.reads = reads;
        this.words = words;
        this.messages = messages;
    }

    /** The platform as this user may read it, and what it may send to it: everything a form is made of. */
    private record Target(PlatformDetailView platform, PermittedCommandsView permitted) {
    }

    @GetMapping
    public String show(@PathVariable String platformId, @PathVariable String slug, Model model, Locale locale,
                       ApiCall call) {
        FormKind kind = kind(slug);
        Target target = target(platformId, kind, call);
        Map<String, String> start = forms.startingValues(kind, target.platform(), call);
        return render(model, kind, target.platform(), forms.fields(kind, target.platform(), target.permitted(), locale, call),
                start, IdempotencyKeys.fresh(), null, Map.of(), List.of());
    }

    @PostMapping
    public String submit(@PathVariable String platformId, @PathVariable String slug,
                         @RequestParam Map<String, String> submitted,
                         @RequestParam(name = FormDocuments.FILES, required = false) List<MultipartFile> files,
                         Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect,
                         ApiCall call) throws IOException {
        FormKind kind = kind(slug);
        Target target = target(platformId, kind, call);
        List<FormField> fields = forms.fields(kind, target.platform(), target.permitted(), locale, call);
        Map<String, String> values = new LinkedHashMap<>(submitted);
        String key = IdempotencyKeys.orFresh(values.get("idempotencyKey"));
        FormBodies.Body body = forms.body(kind, fields, values, target.platform(), call);
        if (kind.takesDocuments()) {
            // the files first: the command cites what the API stored (ADR 0021)
            FormDocuments.Attached attached = FormDocuments.attach(commands, target.platform().platformId(), values,
                    files, call);
            values.put(FormDocuments.KEPT, String.join(",", attached.hashes()));
            if (attached.refusal() != null) {
                response.setStatus(attached.refusal().status());
                return render(model, kind, target.platform(), fields, values, key, attached.refusal(),
                        Map.of(FormDocuments.FILES, attached.refusal().errors().stream()
                                .map(e -> words.problem(attached.refusal().code(), locale)).distinct().toList()),
                        List.of());
            }
            if (!attached.hashes().isEmpty()) {
                body.json().put("documents", attached.hashes());
            }
        }
        if (!"yes".equals(values.get(VoucherReuse.CONFIRM))) {
            List<LedgerLinesView.LedgerLineView> earlier = earlierWithVoucher(target.platform().platformId(),
                    values.get("voucherRef"), key, call);
            if (!earlier.isEmpty()) {
                model.addAttribute("voucherReuse", earlier);
                return render(model, kind, target.platform(), fields, values, key, null, Map.of(), List.of());
            }
        }
        String chosen = kind.pathInput() == null ? null : values.get(kind.pathInput());
        if (kind.pathInput() != null && (chosen == null || chosen.isBlank())) {
            // nothing to name in the path: no request is sent, the choice is asked for as the API would ask for a field
            response.setStatus(400);
            return render(model, kind, target.platform(), fields, values, key, null,
                    Map.of(kind.pathInput(), List.of(messages.getMessage("form.choose", null, locale))), List.of());
        }
        CommandOutcome outcome = commands.post("/api/v1/platforms/" + target.platform().platformId() + "/"
                + kind.path(chosen == null ? null : chosen.strip()), body.json(), key, call);
        if (outcome.succeeded()) {
            // 202: a proposal, effective once a second administrator approves it (four eyes)
            redirect.addFlashAttribute("notice", outcome.status() == 202 ? "notice.proposed" : "notice.recorded");
            redirect.addFlashAttribute("noticeVersion", outcome.version());
            return "redirect:/console/platforms/" + platformId + "?minVersion=" + outcome.version();
        }
        response.setStatus(outcome.status());
        if (ErrorCode.IDEMPOTENCY_KEY_REUSED.name().equals(outcome.code())) {
            key = IdempotencyKeys.fresh();
        }
        // else the same key again: a refused command stored nothing, so the corrected form may reuse it
        Map<String, List<String>> byInput = new LinkedHashMap<>();
        List<String> elsewhere = new ArrayList<>();
        body.fieldMessages(outcome).forEach((name, raw) -> {
            FormField field = fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
            String label = field == null ? name : label(field, locale);
            List<String> sentences = raw.stream().map(m -> words.fieldProblem(label,
                    field == null ? null : field.type(), m, outcome.code(), outcome.detail(), locale)).toList();
            if (field == null) {
                elsewhere.addAll(sentences);
            } else {
                byInput.put(name, sentences);
            }
        });
        return render(model, kind, target.platform(), fields, values, key, outcome, byInput, elsewhere);
    }

    /** The ledger's lines with this voucher not recorded by this form; the ledger first, then the keys behind it. */
    private List<LedgerLinesView.LedgerLineView> earlierWithVoucher(String platformId, String voucherRef, String key,
                                                                   ApiCall call) {
        if (voucherRef == null || voucherRef.isBlank()) {
            return List.of();
        }
        LedgerLinesView ledger = queries.ledger(platformId, null, call);
        if (ledger.lines().stream().noneMatch(l -> voucherRef.strip().equals(l.voucherRef()))) {
            return List.of();
        }
        return VoucherReuse.earlier(voucherRef, key, ledger, queries.history(platformId, call));
    }

    private String label(FormField field, Locale locale) {
        return field.literalLabel() != null ? field.literalLabel()
                : messages.getMessage(field.label(), null, field.label(), locale);
    }

    private Target target(String platformId, FormKind kind, ApiCall call) {
        CompletableFuture<PlatformDetailView> platform = reads.start(() -> queries.platform(platformId, null, call));
        CompletableFuture<PermittedCommandsView> permitted = reads.start(() -> commands.permitted(platformId, call));
        Target target = new Target(Reads.join(platform), Reads.join(permitted));
        if (!target.permitted().allows(kind.resource())) {
            throw new ApiProblem(403, "ACCESS_DENIED", "the command API does not let this user send " + kind.resource());
        }
        return target;
    }

    private String render(Model model, FormKind kind, PlatformDetailView platform, List<FormField> fields,
                          Map<String, String> values, String key, CommandOutcome outcome,
                          Map<String, List<String>> fieldMessages, List<String> otherMessages) {
        model.addAttribute("platform", platform);
        model.addAttribute("kind", kind);
        model.addAttribute("fields", fields);
        model.addAttribute("values", values);
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("outcome", outcome);
        model.addAttribute("fieldMessages", fieldMessages);
        model.addAttribute("otherMessages", otherMessages);
        return "console/form";
    }

    private static FormKind kind(String slug) {
        return FormKind.of(slug).orElseThrow(() -> new ConsolePage.PageNotFound("no form " + slug));
    }
}
