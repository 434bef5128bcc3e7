package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.role.Role;

/**
 * The query API's {@code GET /api/v1/me}: whom the credentials belong to, with every binding the services judge by (a
 * college officer's college, a representative's enterprise, a user's programme scope; null where there is none).
 */
public record SignedInUserView(String username, Role role, String college, String enterprise, String programme) {
}
