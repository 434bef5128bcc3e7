package cn.jsedu.ledger.command.web.request;

import cn.jsedu.ledger.command.web.PlainText;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.indicator.IndicatorValue;
import cn.jsedu.ledger.kernel.money.Money;
import cn.jsedu.ledger.kernel.report.EquipmentChange;
import cn.jsedu.ledger.kernel.report.EquipmentEntry;
import cn.jsedu.ledger.kernel.report.PlatformUsage;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/** A periodic report of one half-year (定期上报): equipment updates, platform usage, indicator actuals. */
public record ReportRequest(@NotNull @Pattern(regexp = Shapes.PERIOD, message = "must be a half-year like 2020H1") String period,
                            @NotNull @Size(max = 1000) List<@NotNull @Valid EquipmentRequest> equipment,
                            @NotNull @Valid UsageRequest usage,
                            @NotNull @Size(max = 200) List<TaskBookRequest.@NotNull @Valid IndicatorValueRequest> indicators) {

    public record EquipmentRequest(@NotBlank @PlainText String item,
                                   @NotNull @Min(1) @Max(1_000_000) Integer quantity,
                                   @NotNull @Pattern(regexp = Shapes.MONEY, message = Shapes.MONEY_MESSAGE) String value,
                                   @NotNull FundingSource source,
                                   @NotNull EquipmentChange change,
                                   @NotNull LocalDate date) {

        EquipmentEntry toEntry() {
            return new EquipmentEntry(item, quantity, Money.parse(value), source, change, date);
        }
    }

    public record UsageRequest(@NotNull @Min(0) @Max(10_000_000) Integer workstationsTotal,
                               @NotNull @Min(0) @Max(10_000_000) Integer workstationsOffered,
                               @NotNull @Min(0) @Max(1_000_000_000L) Long trainingPersonTimes,
                               @NotNull @Min(0) @Max(1_000_000_000L) Long studentPracticeHours) {

        PlatformUsage toUsage() {
            return new PlatformUsage(workstationsTotal, workstationsOffered, trainingPersonTimes, studentPracticeHours);
        }
    }

    public List<EquipmentEntry> toEquipment() {
        return equipment.stream().map(EquipmentRequest::toEntry).toList();
    }

    public PlatformUsage toUsage() {
        return usage.toUsage();
    }

    public List<IndicatorValue> toIndicators() {
        return indicators.stream().map(TaskBookRequest.IndicatorValueRequest::toValue).toList();
    }
}
