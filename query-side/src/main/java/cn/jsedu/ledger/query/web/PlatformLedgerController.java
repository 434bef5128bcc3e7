package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.query.balance.BalanceQueries;
import cn.jsedu.ledger.query.balance.PlanVsReceived;
import cn.jsedu.ledger.query.ledger.LedgerLineRepository;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A platform's ledger lines as JSON (the rows of {@code ledger.csv}), and its plan against what was received and
 * spent over time, cumulated per half-year: what the console's platform page shows, served to every client alike.
 */
@RestController
@Tag(name = "Platforms",
        description = "A platform's read models: detail, balances, compliance, history, and its replayed state")
@RequestMapping(path = "/api/v1/platforms/{platformId}", produces = "application/json")
public class PlatformLedgerController {

    private final ReadYourWrites reads;
    private final LedgerLineRepository lines;
    private final BalanceQueries balances;
    private final ProgrammeQueries programmes;
    private final Clock clock;

    public PlatformLedgerController(ReadYourWrites reads, LedgerLineRepository lines, BalanceQueries balances,
                                    ProgrammeQueries programmes, Clock clock) {
        this.reads = reads;
        this.lines = lines;
        this.balances = balances;
        this.programmes = programmes;
        this.clock = clock;
    }

    @GetMapping("/ledger")
    @Operation(operationId = "getLedgerLines",
            summary = "Every money entry of the platform with its effect on the figures, in recording order")
    public LedgerLinesView ledger(@PathVariable String platformId, @RequestParam(required = false) Long minVersion) {
        PlatformRow row = reads.platform(platformId, minVersion);
        return new LedgerLinesView(platformId, row.version(),
                lines.linesOf(platformId).stream().map(LedgerLinesView.LedgerLineView::of).toList());
    }

    public record PlanVsReceivedView(String platformId, LocalDate asOf, long version,
                                     List<PlanVsReceived.HalfYearFigures> points) {
    }

    @GetMapping("/plan-vs-received")
    @Operation(operationId = "getPlanVsReceived",
            summary = "Planned, received and spent, cumulated at the end of every half-year of construction")
    public PlanVsReceivedView planVsReceived(@PathVariable String platformId,
                                             @RequestParam(required = false) Long minVersion) {
        PlatformRow row = reads.platform(platformId, minVersion);
        LocalDate today = LocalDate.now(clock);
        return new PlanVsReceivedView(platformId, today, row.version(),
                PlanVsReceived.of(balances.inputs(row, null), today,
                        programmes.inForce(row, today, null).reportPeriodEnds()));
    }
}
