package cn.jsedu.ledger.console.page;

import cn.jsedu.ledger.console.api.ApiCall;
import cn.jsedu.ledger.console.api.QueryApi;
import cn.jsedu.ledger.console.api.Reads;
import cn.jsedu.ledger.console.api.view.ProgrammeComplianceView;
import cn.jsedu.ledger.console.api.view.ProgrammeReadinessView;
import cn.jsedu.ledger.console.api.view.ProgrammeSourcesView;
import cn.jsedu.ledger.console.api.view.ProvincialChainTotalsView;
import cn.jsedu.ledger.console.words.ConsoleWords;
import cn.jsedu.ledger.kernel.money.Money;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * The provincial finance office's first page: the programme's key figures (到位率, 执行率, provincial money allocated,
 * paid, arrived and in place, amounts to recover) in 万元 or 元, the 预警 list of platforms by urgency, the platform table sorted and filtered
 * as the user asks, and charts (by 预警 level, by finding, by city) whose bars and slices open that table filtered. Every figure is the query API's or derived from its exact figures in fen; a user the API gives no
 * programme view is refused by the API (its 403 is the console's refusal page).
 */
@Controller
public class FinancePageController extends ConsolePage {

    private final QueryApi queries;
    private final Reads reads;
    private final ConsoleWords words;

    public FinancePageController(QueryApi queries, Reads reads, ConsoleWords words) {
        this.queries = queries;
        this.reads = reads;
        this.words = words;
    }

    @GetMapping("/console/finance")
    public String finance(@RequestParam(required = false) String unit, @RequestParam(required = false) String sort,
                          @RequestParam(defaultValue = "false") boolean desc,
                          @RequestParam(required = false) Integer batch, @RequestParam(required = false) String city,
                          @RequestParam(required = false) String status, @RequestParam(required = false) String level,
                          @RequestParam(required = false) String finding, @RequestParam(required = false) String q,
                          Model model, Locale locale, ApiCall call) {
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
        charts(all, money, model, locale);
        return "console/finance";
    }

    /**
     * The charts over every platform, each a way into the table: a click opens this page filtered by what was clicked,
     * with the table's own query parameters ({@code level}, {@code finding}, {@code city}); each chart has its figures
     * in words beside it for those who do not see it.
     */
    private void charts(List<FinanceRow> all, MoneyUnit unit, Model model, Locale locale) {
        Map<PlatformWarning.Level, Long> byLevel = all.stream().collect(Collectors.groupingBy(r -> r.warning().level(),
                () -> new EnumMap<>(PlatformWarning.Level.class), Collectors.counting()));
        List<Charts.Slice> levels = Arrays.stream(PlatformWarning.Level.values()).filter(byLevel::containsKey)
                .map(l -> new Charts.Slice(words.warningLevel(l.name(), locale), byLevel.get(l), LEVEL_COLOURS.get(l),
                        l.name())).toList();
        model.addAttribute("levelChart", Charts.pie(levels));
        model.addAttribute("levelText", describe(levels, locale));

        Map<String, Long> byFinding = new LinkedHashMap<>();
        all.forEach(r -> r.warning().codes().forEach(code -> byFinding.merge(code, 1L, Long::sum)));
        List<Charts.Slice> findings = byFinding.entrySet().stream().map(e -> new Charts.Slice(
                words.text("finding." + e.getKey(), locale), e.getValue(),
                PlatformWarning.RED_CODES.contains(e.getKey()) ? Charts.BAD : Charts.WARN, e.getKey())).toList();
        model.addAttribute("findingChart", Charts.countBars(findings, true));
        model.addAttribute("findingText", findings.isEmpty() ? words.text("finance.noFindingsText", locale)
                : describe(findings, locale));

        Map<String, Money[]> byCity = new TreeMap<>();
        all.stream().filter(r -> r.row().collegeCity() != null).forEach(r -> byCity.merge(r.row().collegeCity(),
                new Money[]{Money.parse(r.row().plannedTotal()), Money.parse(r.row().actualTotal())},
                (a, b) -> new Money[]{a[0].plus(b[0]), a[1].plus(b[1])}));
        List<String> cities = List.copyOf(byCity.keySet());
        model.addAttribute("cityChart", Charts.bars(cities, List.of(
                new Charts.Series(words.text("figure.planned", locale),
                        cities.stream().map(c -> unit.chartValue(byCity.get(c)[0])).toList(), Charts.MUTED),
                new Charts.Series(words.text("figure.received", locale),
                        cities.stream().map(c -> unit.chartValue(byCity.get(c)[1])).toList(), Charts.NEUTRAL)), false));
        model.addAttribute("cityText", cities.stream().map(c -> words.text("finance.cityText", locale, c,
                        unit.format(byCity.get(c)[0]), unit.format(byCity.get(c)[1])))
                .collect(Collectors.joining(words.text("chart.listSeparator", locale))));
    }

    private static final Map<PlatformWarning.Level, String> LEVEL_COLOURS = Map.of(PlatformWarning.Level.RED, Charts.BAD,
            PlatformWarning.Level.AMBER, Charts.WARN, PlatformWarning.Level.GREEN, Charts.GOOD);

    private String describe(List<Charts.Slice> slices, Locale locale) {
        return Charts.describe(slices, words.text("chart.valueSeparator", locale), words.text("chart.listSeparator", locale));
    }
}
