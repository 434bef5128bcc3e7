package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.role.Role;

/** The query API's {@code GET /api/v1/me}: whom the credentials belong to. */
public record SignedInUserView(String username, Role role, String college) {
}
