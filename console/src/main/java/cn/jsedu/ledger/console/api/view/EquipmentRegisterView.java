package cn.jsedu.ledger.console.api.view;

import cn.jsedu.ledger.kernel.fund.FundingSource;

import java.time.LocalDate;
import java.util.List;

/** The query API's {@code GET /api/v1/platforms/{id}/equipment}: the register, reconciled with equipment spending. */
public record EquipmentRegisterView(String platformId, List<Item> items, List<SourceTotals> bySource) {

    public record Item(String period, String item, int quantity, String value, FundingSource source, String change,
                       LocalDate date, String eventId) {
    }

    public record SourceTotals(FundingSource source, String acquired, String retired, String equipmentPurchases,
                               String equipmentInKind, String difference) {
    }
}
