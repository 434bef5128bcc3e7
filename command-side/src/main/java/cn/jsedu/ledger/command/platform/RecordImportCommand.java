package cn.jsedu.ledger.command.platform;

import cn.jsedu.ledger.kernel.id.PlatformId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.Objects;

/**
 * The rows of an imported file (ADR 0024), each the command one would have sent for it alone: installments,
 * enterprise contributions or expenditures of this platform, in the file's order. The platform judges them in that order, each on the state the
 * rows before it left, and records all of them or none. {@code recordNothing}: judge every row, record none (a dry
 * run, or a file of which some rows are malformed: their errors are listed with the rule errors of the others).
 * {@code progressId}: the client's name for this upload, under which the platform reports the rows it has judged
 * ({@link ImportProgress}); null when nobody watches.
 */
public record RecordImportCommand(@TargetAggregateIdentifier PlatformId platformId, List<Row> rows,
                                  boolean recordNothing, String progressId) {

    public RecordImportCommand {
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (!row.command().platformId().equals(platformId)) {
                throw new IllegalArgumentException("row " + row.number() + " is for another platform");
            }
        }
    }

    /** A file nobody watches the progress of. */
    public RecordImportCommand(PlatformId platformId, List<Row> rows, boolean recordNothing) {
        this(platformId, rows, recordNothing, null);
    }

    /**
     * One row: its number in the file (as a spreadsheet shows it) and its command, which carries the row's entry id
     * (its row key: given in the file, or derived from the row's content).
     */
    public record Row(int number, RowEntry command) {
        public Row {
            Objects.requireNonNull(command, "command");
        }
    }

    /** What a row may be: the entries a file is imported for. */
    public sealed interface RowEntry permits InstallmentRow, ContributionRow, ExpenditureRow {
        PlatformId platformId();

        String entryId();
    }

    public record InstallmentRow(RecordInstallmentCommand installment) implements RowEntry {
        @Override
        public PlatformId platformId() {
            return installment.platformId();
        }

        @Override
        public String entryId() {
            return installment.entryId().value();
        }
    }

    public record ContributionRow(RecordEnterpriseContributionCommand contribution) implements RowEntry {
        @Override
        public PlatformId platformId() {
            return contribution.platformId();
        }

        @Override
        public String entryId() {
            return contribution.entryId().value();
        }
    }

    public record ExpenditureRow(RecordExpenditureCommand expenditure) implements RowEntry {
        @Override
        public PlatformId platformId() {
            return expenditure.platformId();
        }

        @Override
        public String entryId() {
            return expenditure.entryId().value();
        }
    }
}
