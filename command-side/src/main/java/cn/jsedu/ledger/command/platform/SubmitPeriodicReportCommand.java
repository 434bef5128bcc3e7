package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.kernel.report.PlatformUsage;
import cn.jsedu.ledger.kernel.report.ReportingPeriod;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Submits (or resubmits) the periodic report of one half-year. */
public record SubmitPeriodicReportCommand(@TargetAggregateIdentifier PlatformId platformId, ReportingPeriod period,
                                          List<EquipmentEntry> equipment, PlatformUsage usage,
                                          List<IndicatorValue> indicators) {
}
