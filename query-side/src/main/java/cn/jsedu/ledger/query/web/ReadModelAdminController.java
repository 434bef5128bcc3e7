package cn.jsedu.ledger.query.web;

import cn.jsedu.ledger.query.readmodel.ReadModelRebuild;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators rebuild the read models from the event store and watch the replay's progress. */
@RestController
@RequestMapping(path = "/api/v1/admin/read-models", produces = "application/json")
public class ReadModelAdminController {

    private final ReadModelRebuild rebuild;

    public ReadModelAdminController(ReadModelRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping("/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ReadModelRebuild.RebuildStatus rebuild() {
        rebuild.rebuild();
        return rebuild.status();
    }

    @GetMapping("/status")
    public ReadModelRebuild.RebuildStatus status() {
        return rebuild.status();
    }
}
