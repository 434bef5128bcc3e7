package cn.jsedu.ledger.command.imports;

import cn.jsedu.ledger.kernel.fund.EntryKind;

import java.util.List;

/**
 * What a file is imported as, and the columns of the ledger export (ADR 0023) each kind reads. {@code entryId} is the
 * row key where given; {@code kind}, where given, must name this kind (an export of all entries is not imported
 * whole). {@code appraisalRef} is not in the export: a non-cash installment or contribution needs it as an extra
 * column.
 */
enum ImportKind {
    INSTALLMENTS(EntryKind.INSTALLMENT, List.of("source", "form", "amount", "effectiveDate", "voucherRef"),
            List.of("entryId", "kind", "partyId", "appraisalRef")),
    EXPENDITURES(EntryKind.EXPENDITURE, List.of("source", "category", "amount", "effectiveDate", "voucherRef"),
            List.of("entryId", "kind", "partyId")),
    /** The college's records of what its enterprises put in (source ENTERPRISE: the column may be left out). */
    ENTERPRISE_CONTRIBUTIONS(EntryKind.ENTERPRISE_CONTRIBUTION,
            List.of("partyId", "form", "amount", "effectiveDate", "voucherRef"),
            List.of("entryId", "kind", "source", "appraisalRef"));

    private final EntryKind entryKind;
    private final List<String> required;
    private final List<String> optional;

    ImportKind(EntryKind entryKind, List<String> required, List<String> optional) {
        this.entryKind = entryKind;
        this.required = required;
        this.optional = optional;
    }

    EntryKind entryKind() {
        return entryKind;
    }

    List<String> requiredColumns() {
        return required;
    }

    List<String> optionalColumns() {
        return optional;
    }
}
