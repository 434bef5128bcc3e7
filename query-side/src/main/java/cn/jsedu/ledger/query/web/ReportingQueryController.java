package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.programme.ProgrammeParameters;
import cn.jsedu.ledger.query.ledger.LedgerLineRepository;
import cn.jsedu.ledger.query.platform.PlatformRow;
import cn.jsedu.ledger.query.programme.ProgrammeQueries;
import cn.jsedu.ledger.query.readiness.ProgrammeReadinessView;
import cn.jsedu.ledger.query.readiness.ReadinessQueries;
import cn.jsedu.ledger.query.readiness.ReadinessView;
import cn.jsedu.ledger.query.reporting.EquipmentRegister;
import cn.jsedu.ledger.query.reporting.EquipmentRepository;
import cn.jsedu.ledger.kernel.report.IndicatorProgress;
import cn.jsedu.ledger.kernel.report.PeriodStatus;
import cn.jsedu.ledger.query.reporting.ReportingRepository;
import cn.jsedu.ledger.kernel.report.ReportingStatus;
import cn.jsedu.ledger.kernel.report.WorkstationShare;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Reporting status, equipment, indicators, workstation share and acceptance readiness (docs/domain.md §6, §7). */
@RestController
@Tag(name = "Reporting and readiness",
        description = "Reports, equipment, indicators, workstations and readiness for acceptance")
@RequestMapping(path = "/api/v1", produces = "application/json")
public class ReportingQueryController {

    private final ReadYourWrites reads;
    private final ReportingRepository reports;
    private final EquipmentRepository equipment;
    private final LedgerLineRepository lines;
    private final ReadinessQueries readiness;
    private final ProgrammeQueries programmes;
    private final QueryTimes times;
    private final ProgrammeScope scope;
    private final Clock clock;

    public ReportingQueryController(ReadYourWrites reads, ReportingRepository reports, EquipmentRepository equipment,
                                    LedgerLineRepository lines, ReadinessQueries readiness,
                                    ProgrammeQueries programmes, QueryTimes times, ProgrammeScope scope,
                                    Clock clock) {
        this.reads = reads;
        this.reports = reports;
        this.equipment = equipment;
        this.lines = lines;
        this.readiness = readiness;
        this.programmes = programmes;
        this.times = times;
        this.scope = scope;
        this.clock = clock;
    }

    public record ReportingStatusView(String platformId, LocalDate asOf, long version, List<PeriodStatus> periods) {
    }

    @GetMapping("/platforms/{platformId}/reporting-status")
    @Operation(operationId = "getReportingStatus", summary = "Half-yearly reports: due, submitted, late or overdue")
    public ReportingStatusView reportingStatus(@PathVariable String platformId,
                                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                               @RequestParam(required = false) Long minVersion) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : times.asOf(asOf);
        PlatformRow row = reads.platform(platformId, minVersion);
        return new ReportingStatusView(platformId, date, row.version(), ReportingStatus.of(row.constructionStart(),
                row.constructionEnd(), reports.of(platformId), date, programmes.inForce(row, date, null)));
    }

    @GetMapping("/platforms/{platformId}/equipment")
    @Operation(operationId = "getEquipmentRegister",
            summary = "The equipment register, reconciled with equipment purchases")
    public EquipmentRegister equipment(@PathVariable String platformId, @RequestParam(required = false) Long minVersion) {
        reads.platform(platformId, minVersion);
        return EquipmentRegister.of(platformId, equipment.items(platformId), lines.linesOf(platformId));
    }

    public record IndicatorsView(String platformId, LocalDate asOf, long version, List<IndicatorProgress> indicators) {
    }

    @GetMapping("/platforms/{platformId}/indicators")
    @Operation(operationId = "getIndicators", summary = "Task-book indicators: targets against reported actuals")
    public IndicatorsView indicators(@PathVariable String platformId,
                                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                     @RequestParam(required = false) Long minVersion) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : times.asOf(asOf);
        PlatformRow row = reads.platform(platformId, minVersion);
        return new IndicatorsView(platformId, date, row.version(), IndicatorProgress.of(reports.of(platformId), date,
                programmes.inForce(row, date, null)));
    }

    public record WorkstationsView(String platformId, LocalDate asOf, String requiredShare, List<WorkstationShare> years) {
    }

    @GetMapping("/platforms/{platformId}/workstations")
    @Operation(operationId = "getWorkstations", summary = "Share of workstations offered, per year")
    public WorkstationsView workstations(@PathVariable String platformId,
                                         @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                         @RequestParam(required = false) Long minVersion) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : times.asOf(asOf);
        ProgrammeParameters parameters = programmes.inForce(reads.platform(platformId, minVersion), date, null);
        return new WorkstationsView(platformId, date, parameters.workstationShare().toString(),
                WorkstationShare.of(reports.of(platformId), date, parameters));
    }

    @GetMapping("/platforms/{platformId}/readiness")
    @Operation(operationId = "getReadiness",
            summary = "Readiness for acceptance: the checklist and the overall verdict")
    public ReadinessView readiness(@PathVariable String platformId,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   @RequestParam(required = false) Long minVersion) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : times.asOf(asOf);
        return readiness.platform(reads.platform(platformId, minVersion), date);
    }

    @GetMapping("/programme/readiness")
    @Operation(operationId = "getProgrammeReadiness", summary = "Per-platform readiness for acceptance")
    public ProgrammeReadinessView programmeReadiness(@RequestParam(required = false) String programme,
                                                     @RequestParam(defaultValue = "0") int page,
                                                     @RequestParam(defaultValue = "100") int size) {
        Paging.check(page, size);
        return readiness.programme(scope.resolve(programme), page, size, LocalDate.now(clock));
    }
}
