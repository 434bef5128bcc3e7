package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.ApiProblem;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.BalancesView;
import cn.jsedu.ledger.console.api.view.FiguresView;
import cn.jsedu.ledger.console.api.view.ProgrammeComplianceView;
import cn.jsedu.ledger.console.api.view.ProgrammeReadinessView;
import cn.jsedu.ledger.console.api.view.ProgrammeSourcesView;
import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.kernel.platform.PlatformStatus;
import cn.jsedu.ledger.kernel.role.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programme dashboard (province, finance, audit): money by source, compliance and readiness of every platform
 * at a glance, with charts, all three as the query API answers them. A user the API gives no programme view (a
 * college officer: 403) is sent to its own platform(s) instead.
 */
@Controller
public class DashboardController extends ConsolePage {

    static final int PAGE_SIZE = 500;

    private final QueryApi queries;
    private final Reads reads;
    private final MessageSource messages;

    public DashboardController(QueryApi queries, Reads reads, MessageSource messages) {
        this.queries = queries;
        this.reads = reads;
        this.messages = messages;
    }

    @GetMapping("/console")
    public String dashboard(@RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String failing,
                            @RequestParam(required = false) PlatformStatus status, Model model, Locale locale,
                            ApiCall call) {
        int p = Math.max(0, page);
        CompletableFuture<ProgrammeComplianceView> complianceRead = reads.start(() -> queries.programmeCompliance(p, PAGE_SIZE, call));
        CompletableFuture<ProgrammeReadinessView> readinessRead = reads.start(() -> queries.programmeReadiness(p, PAGE_SIZE, call));
        CompletableFuture<ProgrammeSourcesView> sourcesRead = reads.start(() -> queries.programmeSources(call));
        ProgrammeComplianceView programme;
        try {
            programme = Reads.join(complianceRead);
        } catch (ApiProblem e) {
            if (e.status() == 403) {
                return "redirect:/console/platforms";
            }
            throw e;
        }
        ProgrammeReadinessView ready = Reads.join(readinessRead);
        ProgrammeSourcesView sources = Reads.join(sourcesRead);
        Map<String, ProgrammeReadinessView.Row> readinessById = ready.rows().stream()
                .collect(Collectors.toMap(ProgrammeReadinessView.Row::platformId, Function.identity()));
        model.addAttribute("compliance", programme);
        model.addAttribute("rows", programme.rows().stream().filter(r -> shown(r, readinessById.get(r.platformId()),
                failing, status)).toList());
        model.addAttribute("filterFailing", failing);
        model.addAttribute("filterStatus", status);
        model.addAttribute("readiness", ready);
        model.addAttribute("readinessById", readinessById);
        model.addAttribute("sources", sources.sources());
        model.addAttribute("sourceTotal", sources.total());
        model.addAttribute("page", p);
        model.addAttribute("sourcesChart", sourcesChart(sources.sources(), locale));
        List<Charts.Slice> readiness = List.of(
                new Charts.Slice(text("readiness.READY", locale), ready.ready(), Charts.GOOD, null),
                new Charts.Slice(text("readiness.NOT_READY", locale), ready.platforms() - ready.ready(), Charts.BAD, null));
        model.addAttribute("readinessChart", Charts.pie(readiness));
        model.addAttribute("readinessText", describe(readiness, locale));
        List<Charts.Slice> failingBars = failingBars(ready, locale);
        model.addAttribute("failingChart", Charts.countBars(failingBars, true));
        model.addAttribute("failingText", failingBars.isEmpty() ? text("chart.noneFailing", locale) : describe(failingBars, locale));
        List<Charts.Slice> statuses = ready.rows().stream().collect(Collectors.groupingBy(ProgrammeReadinessView.Row::status,
                        TreeMap::new, Collectors.counting())).entrySet().stream()
                .map(e -> new Charts.Slice(text("status." + e.getKey(), locale), e.getValue(), StatusColours.of(e.getKey()),
                        e.getKey().name())).toList();
        model.addAttribute("statusChart", Charts.pie(statuses));
        model.addAttribute("statusText", describe(statuses, locale));
        return "console/dashboard";
    }

    /** A row of the programme table under the filter a chart's click chose (what fails, a status). */
    private static boolean shown(ProgrammeComplianceView.Row row, ProgrammeReadinessView.Row readiness, String failing,
                                 PlatformStatus status) {
        return (status == null || row.status() == status)
                && (failing == null || failing.isBlank() || readiness != null && readiness.failing().contains(failing));
    }

    private String describe(List<Charts.Slice> slices, Locale locale) {
        return Charts.describe(slices, text("chart.valueSeparator", locale), text("chart.listSeparator", locale));
    }

    @GetMapping("/console/platforms")
    public String platforms(Model model, ApiCall call) {
        LedgerUser user = LedgerUser.current();
        // an enterprise representative reads no platform, only its own contributions (ADR 0022)
        if (user.is(Role.ENTERPRISE_REPRESENTATIVE)) {
            return "redirect:/console/enterprise";
        }
        // the API lists a college officer's own college's platforms; one bound to no college has none
        if (user.is(Role.COLLEGE_OFFICER) && user.college() == null) {
            model.addAttribute("platforms", List.of());
        } else {
            model.addAttribute("platforms", queries.platforms(PAGE_SIZE, call).items());
        }
        return "console/platforms";
    }

    private String sourcesChart(List<BalancesView.SourceBalance> bySource, Locale locale) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> planned = new ArrayList<>();
        List<BigDecimal> received = new ArrayList<>();
        List<BigDecimal> spent = new ArrayList<>();
        for (BalancesView.SourceBalance source : bySource) {
            FiguresView f = source.figures();
            names.add(text("source." + source.source().name(), locale));
            planned.add(new BigDecimal(f.planned()));
            received.add(ReceivedInPlace.of(f).toBigDecimal());
            spent.add(new BigDecimal(f.spent()));
        }
        return Charts.bars(names, List.of(new Charts.Series(text("figure.planned", locale), planned, Charts.MUTED),
                new Charts.Series(text("figure.received", locale), received, Charts.NEUTRAL),
                new Charts.Series(text("figure.spent", locale), spent, "#0b7285")), false);
    }

    /** Per checklist item, how many platforms fail it, labelled by what failed ({@code itemFailed.CODE}), in red. */
    private List<Charts.Slice> failingBars(ProgrammeReadinessView ready, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ready.rows().forEach(r -> r.failing().forEach(code -> counts.merge(code, 1L, Long::sum)));
        return counts.entrySet().stream().map(e -> new Charts.Slice(text("itemFailed." + e.getKey(), locale), e.getValue(),
                Charts.BAD, e.getKey())).toList();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
