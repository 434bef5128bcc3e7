package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.ProgrammeComplianceView;
import cn.jsedu.ledger.console.api.view.ProgrammeReadinessView;
import cn.jsedu.ledger.console.api.view.ProgrammeSourcesView;
import cn.jsedu.ledger.console.api.view.ProvincialChainTotalsView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The provincial finance office's first page: the programme's key figures (到位率, 执行率, provincial money allocated,
 * paid, arrived and in place, amounts to recover) in 万元 or 元, the 预警 list of platforms by urgency, and the platform table sorted and filtered
 * as the user asks. Every figure is the query API's or derived from its exact figures in fen; a user the API gives no
 * programme view is refused by the API (its 403 is the console's refusal page).
 */
@Controller
public class FinancePageController extends ConsolePage {

    private final QueryApi queries;
    private final Reads reads;

    public FinancePageController(QueryApi queries, Reads reads) {
        this.queries = queries;
        this.reads = reads;
    }

    @GetMapping("/console/finance")
    public String finance(@RequestParam(required = false) String unit, @RequestParam(required = false) String sort,
                          @RequestParam(defaultValue = "false") boolean desc,
                          @RequestParam(required = false) Integer batch, @RequestParam(required = false) String city,
                          @RequestParam(required = false) String status, @RequestParam(required = false) String level,
                          @RequestParam(required = false) String finding, @RequestParam(required = false) String q,
                          Model model, ApiCall call) {
        CompletableFuture<ProgrammeComplianceView> complianceRead = reads.start(
                () -> queries.programmeCompliance(0, DashboardController.PAGE_SIZE, call));
        CompletableFuture<ProgrammeReadinessView> readinessRead = reads.start(
                () -> queries.programmeReadiness(0, DashboardController.PAGE_SIZE, call));
        CompletableFuture<ProgrammeSourcesView> sourcesRead = reads.start(() -> queries.programmeSources(call));
        CompletableFuture<ProvincialChainTotalsView> chainRead = reads.start(() -> queries.programmeProvincialChain(call));
        ProgrammeComplianceView programme = Reads.join(complianceRead);
        ProgrammeSourcesView sources = Reads.join(sourcesRead);
        Map<String, List<String>> failing = Reads.join(readinessRead).rows().stream()
                .collect(Collectors.toMap(ProgrammeReadinessView.Row::platformId, ProgrammeReadinessView.Row::failing));

        MoneyUnit money = MoneyUnit.of(unit);
        model.addAttribute("unit", money);
        model.addAttribute("otherUnit", money == MoneyUnit.WAN ? MoneyUnit.YUAN : MoneyUnit.WAN);
        model.addAttribute("figures", ProgrammeKeyFigures.of(sources, Reads.join(chainRead).total(), money));

        List<FinanceRow> all = programme.rows().stream().map(r -> FinanceRow.of(r, failing.get(r.platformId()))).toList();
        model.addAttribute("warnings", all.stream().filter(r -> r.warning().level() != PlatformWarning.Level.GREEN)
                .sorted(FinanceRow.Sort.WARNING.order(false)).toList());
        model.addAttribute("greenCount", all.stream().filter(r -> r.warning().level() == PlatformWarning.Level.GREEN).count());
        model.addAttribute("minimumTotal", programme.minimumTotal());

        FinanceRow.Sort by = FinanceRow.Sort.of(sort);
        FinanceRow.Filter filter = new FinanceRow.Filter(batch, city, status, level, finding, q);
        model.addAttribute("rows", all.stream().filter(filter::admits).sorted(by.order(desc)).toList());
        model.addAttribute("filter", filter);
        model.addAttribute("sort", by);
        model.addAttribute("desc", desc);
        model.addAttribute("batches", all.stream().map(r -> r.row().batch()).filter(Objects::nonNull).distinct().sorted().toList());
        model.addAttribute("cities", all.stream().map(r -> r.row().collegeCity()).filter(Objects::nonNull).distinct().sorted().toList());
        model.addAttribute("statuses", all.stream().map(r -> r.row().status()).distinct().sorted().toList());
        model.addAttribute("findings", all.stream().flatMap(r -> r.warning().codes().stream()).distinct().sorted().toList());
        model.addAttribute("sorts", FinanceRow.Sort.values());
        return "console/finance";
    }
}
