package cn.jsedu.ledger.console.form;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.CommandApi;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.ServiceApi;
import cn.jsedu.ledger.console.api.view.ImportAnswerView;
import cn.jsedu.ledger.console.api.view.PermittedCommandsView;
import cn.jsedu.ledger.console.api.view.PlatformDetailView;
import cn.jsedu.ledger.console.page.ConsolePage;
import cn.jsedu.ledger.kernel.id.Identifiers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Upload of a file of installments, enterprise contributions or expenditures (ADR 0024): shown only to a user the command API lets import that
 * kind on this platform; the file is sent to the command API as it is, and its answer shown: how many rows were
 * recorded (and which had been before), or every error of the file in a table (row, column, the message in the page's
 * language), nothing recorded.
 */
@Controller
@RequestMapping("/console/platforms/{platformId}/imports/{kind:installments|expenditures|enterprise-contributions}")
public class ImportPageController extends ConsolePage {

    /**
     * What the command API calls the imports in its permitted-commands answer, in the order the platform page offers
     * them (the request mapping above names the same).
     */
    public static final List<String> KINDS = List.of("installments", "enterprise-contributions", "expenditures");

    private final QueryApi queries;
    private final CommandApi commands;
    private final Reads reads;
    private static final ObjectMapper JSON = new ObjectMapper();

    public ImportPageController(QueryApi queries, CommandApi commands, Reads reads) {
        this.queries = queries;
        this.commands = commands;
        this.reads = reads;
    }

    @GetMapping
    public String show(@PathVariable String platformId, @PathVariable String kind, Model model, ApiCall call) {
        return render(model, kind, platform(platformId, kind, call), null, false);
    }

    @PostMapping
    public String upload(@PathVariable String platformId, @PathVariable String kind,
                         @RequestParam(required = false) MultipartFile file,
                         @RequestParam(defaultValue = "false") boolean dryRun,
                         @RequestParam(required = false) String progressId, Model model,
                         HttpServletResponse response, ApiCall call) throws IOException {
        PlatformDetailView platform = platform(platformId, kind, call);
        if (file == null || file.isEmpty()) {
            response.setStatus(400);
            model.addAttribute("noFile", true);
            return render(model, kind, platform, null, dryRun);
        }
        // the page's script reads how far the upload has come under this name while the console waits (ADR 0024)
        // an upload's name goes into a query string: only an identifier's shape, nothing that could be abused there
        String named = Identifiers.isWellFormed(progressId) ? progressId : null;
        String query = (dryRun ? "&dryRun=true" : "") + (named == null ? "" : "&progressId=" + named);
        ServiceApi.Answer answer = commands.importFile("/api/v1/platforms/" + platform.platformId() + "/imports/"
                + kind + (query.isEmpty() ? "" : "?" + query.substring(1)), file.getBytes(), call);
        ImportAnswerView read = read(answer);
        if (answer.status() == 401 || answer.status() >= 500) {
            // signed out, or the service failed: the console's own pages for those
            throw new ApiProblem(answer.status(), read.code(), read.detail());
        }
        response.setStatus(answer.status());
        return render(model, kind, platform, read, dryRun);
    }

    /**
     * How far the upload named {@code progressId} has come, as the command API tells its uploader (the phase and the
     * rows judged), for the page's script to show while the upload's answer is awaited; the API's 404 until it starts.
     */
    @GetMapping(path = "/progress/{progressId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public String progress(@PathVariable String platformId, @PathVariable String kind,
                           @PathVariable String progressId, ApiCall call) {
        if (!Identifiers.isWellFormed(progressId) || !Identifiers.isWellFormed(platformId)) {
            throw new ConsolePage.PageNotFound("no upload " + progressId);
        }
        return commands.importProgress(platformId, progressId, call);
    }

    private ImportAnswerView read(ServiceApi.Answer answer) {
        try {
            return JSON.readValue(answer.body() == null || answer.body().isBlank() ? "{}" : answer.body(),
                    ImportAnswerView.class);
        } catch (JsonProcessingException e) {
            throw new ApiProblem(502, "BAD_ANSWER", "the command API's answer to an import was not JSON");
        }
    }

    private PlatformDetailView platform(String platformId, String kind, ApiCall call) {
        CompletableFuture<PlatformDetailView> platform = reads.start(() -> queries.platform(platformId, null, call));
        CompletableFuture<PermittedCommandsView> permitted = reads.start(() -> commands.permitted(platformId, call));
        PlatformDetailView detail = Reads.join(platform);
        if (!Reads.join(permitted).allows("imports/" + kind)) {
            throw new ApiProblem(403, "ACCESS_DENIED", "the command API does not let this user import " + kind);
        }
        return detail;
    }

    private static String render(Model model, String kind, PlatformDetailView platform, ImportAnswerView answer,
                                 boolean dryRun) {
        model.addAttribute("progressId", "console-" + UUID.randomUUID());
        model.addAttribute("platform", platform);
        model.addAttribute("kind", kind);
        model.addAttribute("answer", answer);
        model.addAttribute("dryRun", dryRun);
        return "console/import";
    }
}
