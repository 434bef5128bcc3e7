package cn.jsedu.ledger.query.console;

import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.query.ledger.Figures;
import cn.jsedu.ledger.query.platform.PlatformQueries;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceQueries;
import cn.jsedu.ledger.query.programme.ProgrammeComplianceView;
import cn.jsedu.ledger.query.readiness.ProgrammeReadinessView;
import cn.jsedu.ledger.query.readiness.ReadinessQueries;
import cn.jsedu.ledger.support.security.LedgerUser;
import cn.jsedu.ledger.kernel.role.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The programme dashboard (province, finance, audit): money by source, compliance and readiness of every platform
 * at a glance, with charts. A college officer has no programme view: it is sent to its own platform(s).
 */
@Controller
public class DashboardController extends ConsolePage {

    static final int PAGE_SIZE = 500;

    private final ProgrammeComplianceQueries compliance;
    private final ReadinessQueries readiness;
    private final ProgrammeSourceTotals sources;
    private final PlatformQueries platforms;
    private final MessageSource messages;
    private final Clock clock;

    public DashboardController(ProgrammeComplianceQueries compliance, ReadinessQueries readiness,
                               ProgrammeSourceTotals sources, PlatformQueries platforms, MessageSource messages,
                               Clock clock) {
        this.compliance = compliance;
        this.readiness = readiness;
        this.sources = sources;
        this.platforms = platforms;
        this.messages = messages;
        this.clock = clock;
    }

    public record SourceRow(FundingSource source, Figures figures) {
    }

    @GetMapping("/console")
    public String dashboard(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
        LedgerUser user = LedgerUser.current();
        if (user.is(Role.COLLEGE_OFFICER)) {
            return "redirect:/console/platforms";
        }
        int p = Math.max(0, page);
        ProgrammeComplianceView programme = compliance.compliance(p, PAGE_SIZE);
        ProgrammeReadinessView ready = readiness.programme(p, PAGE_SIZE, LocalDate.now(clock));
        Map<FundingSource, Figures> bySource = sources.bySource();
        Figures total = bySource.values().stream().reduce(Figures.NONE, Figures::plus);
        model.addAttribute("compliance", programme);
        model.addAttribute("readiness", ready);
        model.addAttribute("readinessById", ready.rows().stream()
                .collect(Collectors.toMap(ProgrammeReadinessView.Row::platformId, Function.identity())));
        model.addAttribute("sources", bySource.entrySet().stream().map(e -> new SourceRow(e.getKey(), e.getValue())).toList());
        model.addAttribute("sourceTotal", total);
        model.addAttribute("page", p);
        model.addAttribute("sourcesChart", sourcesChart(bySource, locale));
        model.addAttribute("readinessChart", Charts.pie(Map.of(
                text("readiness.READY", locale), ready.ready(),
                text("readiness.NOT_READY", locale), ready.platforms() - ready.ready())));
        model.addAttribute("failingChart", failingChart(ready, locale));
        model.addAttribute("statusChart", Charts.pie(ready.rows().stream().collect(Collectors.groupingBy(
                r -> text("status." + r.status(), locale), TreeMap::new, Collectors.counting()))));
        return "console/dashboard";
    }

    @GetMapping("/console/platforms")
    public String platforms(Model model) {
        LedgerUser user = LedgerUser.current();
        String college = user.is(Role.COLLEGE_OFFICER) ? user.college() : null;
        if (user.is(Role.COLLEGE_OFFICER) && college == null) {
            model.addAttribute("platforms", List.of());
        } else {
            model.addAttribute("platforms", platforms.list(new PlatformQueries.Filter(null, null, college), 0, PAGE_SIZE).rows());
        }
        return "console/platforms";
    }

    private String sourcesChart(Map<FundingSource, Figures> bySource, Locale locale) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> planned = new ArrayList<>();
        List<BigDecimal> received = new ArrayList<>();
        List<BigDecimal> spent = new ArrayList<>();
        bySource.forEach((source, f) -> {
            names.add(text("source." + source.name(), locale));
            planned.add(f.planned().toBigDecimal());
            received.add(f.received().toBigDecimal());
            spent.add(f.spent().toBigDecimal());
        });
        return Charts.bars(names, List.of(new Charts.Series(text("figure.planned", locale), planned),
                new Charts.Series(text("figure.received", locale), received),
                new Charts.Series(text("figure.spent", locale), spent)), false);
    }

    private String failingChart(ProgrammeReadinessView ready, Locale locale) {
        Map<String, Long> counts = new LinkedHashMap<>();
        ready.rows().forEach(r -> r.failing().forEach(code -> counts.merge(code, 1L, Long::sum)));
        List<String> names = counts.keySet().stream().map(c -> text("item." + c, locale)).toList();
        List<BigDecimal> values = counts.values().stream().map(BigDecimal::valueOf).toList();
        return Charts.bars(names, List.of(new Charts.Series(text("dashboard.failingPlatforms", locale), values)), true);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
