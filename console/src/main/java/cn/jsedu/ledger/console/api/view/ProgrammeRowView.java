package cn.jsedu.ledger.console.api.view;

import java.time.Instant;

/** One element of the query API's {@code GET /api/v1/programmes}: a programme the user may see, the default first. */
public record ProgrammeRowView(String programmeId, String name, String status, Instant establishedAt, long version) {
}
