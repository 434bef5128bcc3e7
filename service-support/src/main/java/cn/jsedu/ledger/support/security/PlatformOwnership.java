package cn.jsedu.ledger.support.security;

import java.util.Optional;

/**
 * Which college a platform belongs to: what each side contributes so that {@link PolicyAuthorization} can keep a
 * college officer to its own platform. The command side answers from its college registry, the query side from its
 * platform read model; an unknown platform is empty, and a college officer asking about it is told "not found" as
 * for another college's platform.
 */
@FunctionalInterface
public interface PlatformOwnership {

    Optional<String> collegeOf(String platformId);
}
