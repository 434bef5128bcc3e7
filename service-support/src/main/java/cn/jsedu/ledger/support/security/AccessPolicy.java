package cn.jsedu.ledger.support.security;

import java.util.List;
import java.util.Optional;

/** An ordered list of {@link AccessRule}s: the first rule matching a request decides; no rule means deny. */
public record AccessPolicy(List<AccessRule> rules) {

    public AccessPolicy {
        rules = List.copyOf(rules);
    }

    public Optional<AccessRule> ruleFor(String method, String path) {
        return rules.stream().filter(r -> r.matches(method, path)).findFirst();
    }
}
