package cn.jsedu.ledger.command.web;

import cn.jsedu.ledger.command.platform.SetTaskBookCommand;
import cn.jsedu.ledger.command.platform.SubmitPeriodicReportCommand;
import cn.jsedu.ledger.command.web.request.BudgetLineRequest;
import cn.jsedu.ledger.command.web.request.ReportRequest;
import cn.jsedu.ledger.command.web.request.TaskBookRequest;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Task books (indicator targets) and periodic reports. */
@RestController
@Tag(name = "Task book and reports",
        description = "The task book's mandatory indicators and the half-yearly reports")
@RequestMapping(path = "/api/v1/platforms/{platformId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class ReportingController {

    private final CommandSubmitter submitter;
    private final Ids ids;

    public ReportingController(CommandSubmitter submitter, Ids ids) {
        this.submitter = submitter;
        this.ids = ids;
    }

    @PostMapping("/task-book")
    @Operation(operationId = "setTaskBook", summary = "Set the task book (mandatory indicators)")
    @CommandAnswer.Changed
    public ResponseEntity<CommandResponse> setTaskBook(@PathVariable String platformId,
                                                       @Valid @RequestBody TaskBookRequest body,
                                                       HttpServletRequest request) {
        SetTaskBookCommand command = new SetTaskBookCommand(ids.platform(platformId), body.toTargets(), body.reason(),
                body.decisionRef(), BudgetLineRequest.toBudget(body.budget()));
        return submitter.submit(command, body, new Why(body.reason(), body.decisionRef()), HttpStatus.OK, request);
    }

    @PostMapping("/reports")
    @Operation(operationId = "submitReport", summary = "Submit a half-yearly report")
    @CommandAnswer.Created
    public ResponseEntity<CommandResponse> submitReport(@PathVariable String platformId,
                                                        @Valid @RequestBody ReportRequest body,
                                                        HttpServletRequest request) {
        SubmitPeriodicReportCommand command = new SubmitPeriodicReportCommand(ids.platform(platformId),
                ReportingPeriod.parse(body.period()), body.toEquipment(), body.toUsage(), body.toIndicators());
        return submitter.submit(command, body, Why.NONE, HttpStatus.CREATED, request);
    }
}
