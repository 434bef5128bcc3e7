package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.query.readmodel.ReadModelRebuild;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators rebuild the read models from the event store and watch the replay's progress. */
@RestController
@Tag(name = "Administration", description = "Rebuilding the read models")
@RequestMapping(path = "/api/v1/admin/read-models", produces = "application/json")
public class ReadModelAdminController {

    private final ReadModelRebuild rebuild;

    public ReadModelAdminController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(operationId = "rebuildReadModels",
            summary = "Rebuild the read models from the event store (every other instance stopped)")
    public ReadModelRebuild.RebuildStatus rebuild() {
        rebuild.rebuild();
        return rebuild.status();
    }

    @GetMapping("/status")
    @Operation(operationId = "getRebuildStatus", summary = "Progress of a read-model rebuild")
    public ReadModelRebuild.RebuildStatus status() {
        return rebuild.status();
    }
}
