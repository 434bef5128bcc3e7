package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.support.security.LedgerUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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

/**
 * The command forms: shown with a fresh Idempotency-Key, sent to the command API as the logged-in user, answered
 * with a redirect to the platform page at the new version (read your write), or the form again with the API's
 * problem detail and field messages.
 */
@Controller
@RequestMapping("/console/platforms/{platformId}/commands/{slug}")
public class CommandFormController extends ConsolePage {

    private final PlatformQueries platforms;
    private final CommandForms forms;
    private final CommandApiClient commands;

    public CommandFormController(PlatformQueries platforms, CommandForms forms, CommandApiClient commands) {
        this.platforms = platforms;
        this.forms = forms;
        this.commands = commands;
    }

    @GetMapping
    public String show(@PathVariable String platformId, @PathVariable String slug, Model model, Locale locale) {
        FormKind kind = kind(slug);
        PlatformRow platform = platform(platformId);
        return render(model, kind, platform, forms.fields(kind, platform, LedgerUser.current(), locale), Map.of(),
                IdempotencyKeys.fresh(), null, Map.of());
    }

    @PostMapping
    public String submit(@PathVariable String platformId, @PathVariable String slug,
                         @RequestParam Map<String, String> values, HttpSession session, Model model, Locale locale,
                         HttpServletResponse response, RedirectAttributes redirect) {
        FormKind kind = kind(slug);
        PlatformRow platform = platform(platformId);
        ConsoleCredentials user = ConsoleCredentials.of(session);
        if (user == null) {
            return "redirect:/login";
        }
        List<FormField> fields = forms.fields(kind, platform, LedgerUser.current(), locale);
        FormBodies.Body body = FormBodies.of(kind, fields, values);
        String key = IdempotencyKeys.orFresh(values.get("idempotencyKey"));
        CommandOutcome outcome = commands.post("/api/v1/platforms/" + platformId + "/" + kind.resource(), body.json(),
                key, user);
        if (outcome.succeeded()) {
            redirect.addFlashAttribute("notice", kind == FormKind.DECISION ? "notice.proposed" : "notice.recorded");
            redirect.addFlashAttribute("noticeVersion", outcome.version());
            return "redirect:/console/platforms/" + platformId + "?minVersion=" + outcome.version();
        }
        response.setStatus(outcome.status());
        // the same key again: a refused command stored nothing, so the corrected form may reuse it
        return render(model, kind, platform, fields, values, key, outcome, body.fieldMessages(outcome));
    }

    private String render(Model model, FormKind kind, PlatformRow platform, List<FormField> fields,
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

    private PlatformRow platform(String platformId) {
        return platforms.find(platformId).orElseThrow(() -> new ConsolePage.PageNotFound("no platform " + platformId));
    }
}
