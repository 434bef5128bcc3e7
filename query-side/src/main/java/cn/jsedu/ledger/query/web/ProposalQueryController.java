package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.query.proposal.ProposalQueries;
import cn.jsedu.ledger.query.proposal.ProposalStatus;
import cn.jsedu.ledger.query.proposal.ProposalView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.List;

/** Four-eyes proposals: what waits for a second administrator's approval. */
@RestController
@Tag(name = "Proposals", description = "Changes waiting for a second administrator (four eyes)")
@RequestMapping(path = "/api/v1", produces = "application/json")
public class ProposalQueryController {

    private final ProposalQueries proposals;
    private final ReadYourWrites reads;

    public ProposalQueryController(ProposalQueries proposals, ReadYourWrites reads) {
        this.proposals = proposals;
        this.reads = reads;
    }

    @GetMapping("/proposals")
    @Operation(operationId = "listProposals", summary = "Proposals of every platform, by status")
    public List<ProposalView> proposals(@RequestParam(defaultValue = "PENDING") String status,
                                        @RequestParam(defaultValue = "200") int size) {
        ProposalStatus wanted = Arrays.stream(ProposalStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new QueryProblem(ErrorCode.VALIDATION_FAILED, "status",
                        "status is one of " + Arrays.toString(ProposalStatus.values())));
        Paging.check(0, size);
        return proposals.withStatus(wanted, size);
    }

    @GetMapping("/platforms/{platformId}/proposals")
    @Operation(operationId = "listPlatformProposals",
            summary = "Proposals of the platform awaiting a second administrator")
    public List<ProposalView> ofPlatform(@PathVariable String platformId, @RequestParam(required = false) Long minVersion) {
        reads.platform(platformId, minVersion);
        return proposals.ofPlatform(platformId);
    }
}
