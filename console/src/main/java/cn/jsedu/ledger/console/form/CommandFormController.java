package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.CommandApi;
import cn.jsedu.ledger.console.api.CommandOutcome;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.PermittedCommandsView;
import cn.jsedu.ledger.console.api.view.PlatformDetailView;
import cn.jsedu.ledger.console.page.ConsolePage;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The command forms: shown only for a command the command API says the user may send (else the page says the role
 * may not), with a fresh Idempotency-Key; sent to the command API as the signed-in user; answered with a redirect to
 * the platform page at the new version (read your write), or the form again with the API's problem detail and field
 * messages.
 */
@Controller
@RequestMapping("/console/platforms/{platformId}/commands/{slug}")
public class CommandFormController extends ConsolePage {

    private final QueryApi queries;
    private final CommandApi commands;
    private final CommandForms forms;
    private final Reads reads;

    public CommandFormController(QueryApi queries, CommandApi commands, CommandForms forms, Reads reads) {
        this.queries = queries;
        this.commands = commands;
        this.forms = forms;
        this.reads = reads;
    }

    /** The platform as this user may read it, and what it may send to it: everything a form is made of. */
    private record Target(PlatformDetailView platform, PermittedCommandsView permitted) {
    }

    @GetMapping
    public String show(@PathVariable String platformId, @PathVariable String slug, Model model, Locale locale,
                       ApiCall call) {
        FormKind kind = kind(slug);
        Target target = target(platformId, kind, call);
        return render(model, kind, target.platform(), forms.fields(kind, target.platform(), target.permitted(), locale, call),
                Map.of(), IdempotencyKeys.fresh(), null, Map.of());
    }

    @PostMapping
    public String submit(@PathVariable String platformId, @PathVariable String slug,
                         @RequestParam Map<String, String> values, Model model, Locale locale,
                         HttpServletResponse response, RedirectAttributes redirect, ApiCall call) {
        FormKind kind = kind(slug);
        Target target = target(platformId, kind, call);
        List<FormField> fields = forms.fields(kind, target.platform(), target.permitted(), locale, call);
        FormBodies.Body body = FormBodies.of(kind, fields, values);
        String key = IdempotencyKeys.orFresh(values.get("idempotencyKey"));
        CommandOutcome outcome = commands.post("/api/v1/platforms/" + target.platform().platformId() + "/"
                + kind.resource(), body.json(), key, call);
        if (outcome.succeeded()) {
            redirect.addFlashAttribute("notice", kind == FormKind.DECISION ? "notice.proposed" : "notice.recorded");
            redirect.addFlashAttribute("noticeVersion", outcome.version());
            return "redirect:/console/platforms/" + platformId + "?minVersion=" + outcome.version();
        }
        response.setStatus(outcome.status());
        // the same key again: a refused command stored nothing, so the corrected form may reuse it
        return render(model, kind, target.platform(), fields, values, key, outcome, body.fieldMessages(outcome));
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
                          Map<String, List<String>> fieldMessages) {
        model.addAttribute("platform", platform);
        model.addAttribute("kind", kind);
        model.addAttribute("fields", fields);
        model.addAttribute("values", values);
        model.addAttribute("idempotencyKey", key);
        model.addAttribute("outcome", outcome);
        model.addAttribute("fieldMessages", fieldMessages);
        return "console/form";
    }

    private static FormKind kind(String slug) {
        return FormKind.of(slug).orElseThrow(() -> new ConsolePage.PageNotFound("no form " + slug));
    }
}
