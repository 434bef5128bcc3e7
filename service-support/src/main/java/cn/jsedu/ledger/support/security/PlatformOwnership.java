package cn.jsedu.ledger.support.security;

import java.util.Optional;

/**
 * Which college and programme a platform belongs to: what each side contributes so that {@link PolicyAuthorization}
 * can keep a college officer to its own platform and a user scoped to a programme to that programme's platforms. The
 * command side answers from its college registry, the query side from its platform read model; an unknown platform is
 * empty, and a college officer asking about it is told "not found" as for another college's platform.
 */
@FunctionalInterface
public interface PlatformOwnership {

    /** The platform's college and programme. */
    record Owner(String college, String programme) {
    }

    Optional<Owner> ownerOf(String platformId);

    default Optional<String> collegeOf(String platformId) {
        return ownerOf(platformId).map(Owner::college);
    }
}
