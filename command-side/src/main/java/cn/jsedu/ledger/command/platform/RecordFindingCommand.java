package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.document.DocumentHash;
import cn.jsedu.ledger.kernel.finding.FindingCategory;
import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** An auditor's finding: what, citing which events and documents, to be rectified by {@code deadline}. */
public record RecordFindingCommand(@TargetAggregateIdentifier PlatformId platformId, String findingId,
                                   FindingCategory category, String text, List<String> evidenceEventIds,
                                   List<DocumentHash> documents, LocalDate deadline) {
}
