package cn.jsedu.ledger.kernel.event;

import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.kernel.report.PlatformUsage;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * 定期上报: the report of one half-year {@code period} (e.g. "2020H1"). A resubmission is a new
 * {@code reportVersion} that supersedes the previous one; both stay in the ledger. {@code submittedOn} is the
 * date (China time) the ledger received it, which decides on time or late.
 */
@Revision("1")
public record PeriodicReportSubmittedEvent(String platformId, String period, int reportVersion,
                                           LocalDate submittedOn, List<EquipmentEntry> equipment,
                                           PlatformUsage usage, List<IndicatorValue> indicators)
        implements PlatformEvent {
}
