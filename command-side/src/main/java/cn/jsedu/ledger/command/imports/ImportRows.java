package cn.jsedu.ledger.command.imports;

import cn.jsedu.ledger.command.platform.RecordEnterpriseContributionCommand;
import cn.jsedu.ledger.command.platform.RecordExpenditureCommand;
import cn.jsedu.ledger.command.platform.RecordImportCommand;
import cn.jsedu.ledger.command.platform.RecordInstallmentCommand;
import cn.jsedu.ledger.command.web.request.Shapes;
import cn.jsedu.ledger.kernel.error.ErrorCode;
import cn.jsedu.ledger.kernel.fund.ContributionForm;
import cn.jsedu.ledger.kernel.fund.ExpenditureCategory;
import cn.jsedu.ledger.kernel.fund.FundingSource;
import cn.jsedu.ledger.kernel.id.EntryId;
import cn.jsedu.ledger.kernel.id.PartyId;
import cn.jsedu.ledger.kernel.id.PlatformId;
import cn.jsedu.ledger.kernel.money.Money;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rows of a file turned into the commands one would send for each alone (ADR 0024), with every malformed cell
 * named: a missing required value, an amount or date of the wrong shape, a code no column allows. The rules of the
 * ledger are not judged here: the platform judges the well-formed rows with its own.
 *
 * <p>The row key is the row's entry id: the {@code entryId} cell where the file gives one, else derived from what the
 * row says (kind, source, party, form or category, amount, date, voucher) and how many rows before it in the file say
 * the same. The same rows uploaded again, in this file or in a longer one, get the same entry ids, and the platform
 * knows them as recorded.
 */
final class ImportRows {

    private static final Pattern MONEY = Pattern.compile(Shapes.MONEY);
    private static final Pattern ID = Pattern.compile(Shapes.ID);
    private static final Pattern PLAIN_TEXT = Pattern.compile("[^\\p{Cc}\\p{Cf}]{1,1000}");

    /** The commands of the well-formed rows and the errors of the others (a row has either). */
    record Parsed(List<RecordImportCommand.Row> rows, List<RowError> errors) {
    }

    private ImportRows() {
    }

    /** The file's columns: those the kind requires, missing, as errors of the key row. */
    static List<RowError> missingColumns(ImportKind kind, ImportFile.Table table) {
        List<RowError> errors = new ArrayList<>();
        for (String key : kind.requiredColumns()) {
            if (!table.keys().contains(key)) {
                errors.add(new RowError(table.keyRowNumber(), key, ImportWords.column(key),
                        ErrorCode.VALIDATION_FAILED.name(), "the file has no column " + key,
                        "文件缺少“" + ImportWords.column(key) + "”列（键 " + key + "）。"));
            }
        }
        return errors;
    }

    static Parsed parse(ImportKind kind, PlatformId platform, ImportFile.Table table) {
        List<RecordImportCommand.Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Map<String, Integer> sameContentSoFar = new HashMap<>();
        for (ImportFile.Line line : table.lines()) {
            Cells cells = new Cells(line, errors);
            String kindCell = cells.optional("kind");
            if (kindCell != null && !kindCell.equals(kind.entryKind().name())) {
                cells.error("kind", "this import takes " + kind.entryKind() + " rows only",
                        ImportWords.cell("kind", kind.entryKind().name()));
            }
            String entryId = cells.optional("entryId");
            if (entryId != null && !ID.matcher(entryId).matches()) {
                cells.error("entryId", Shapes.ID_MESSAGE, ImportWords.cell("id"));
            }
            boolean contributions = kind == ImportKind.ENTERPRISE_CONTRIBUTIONS;
            FundingSource source = contributions ? cells.enterpriseSource()
                    : cells.code("source", FundingSource.class, FundingSource::valueOf);
            PartyId party = cells.id("partyId", contributions);
            Money amount = cells.money("amount");
            LocalDate date = cells.date("effectiveDate");
            String voucher = cells.text("voucherRef", true);
            RecordImportCommand.RowEntry command = null;
            if (kind == ImportKind.INSTALLMENTS) {
                ContributionForm form = cells.code("form", ContributionForm.class, ContributionForm::valueOf);
                String appraisal = cells.text("appraisalRef", false);
                if (!cells.failed()) {
                    EntryId id = EntryId.of(entryId != null ? entryId : derived(sameContentSoFar, kind, source, party,
                            form.name(), amount, date, voucher));
                    command = new RecordImportCommand.InstallmentRow(new RecordInstallmentCommand(platform, id, source,
                            party, form, amount, date, voucher, appraisal));
                }
            } else if (contributions) {
                ContributionForm form = cells.code("form", ContributionForm.class, ContributionForm::valueOf);
                String appraisal = cells.text("appraisalRef", false);
                if (!cells.failed()) {
                    EntryId id = EntryId.of(entryId != null ? entryId : derived(sameContentSoFar, kind, source, party,
                            form.name(), amount, date, voucher));
                    command = new RecordImportCommand.ContributionRow(new RecordEnterpriseContributionCommand(platform,
                            id, party, form, amount, date, voucher, appraisal));
                }
            } else {
                ExpenditureCategory category = cells.code("category", ExpenditureCategory.class,
                        ExpenditureCategory::valueOf);
                if (!cells.failed()) {
                    EntryId id = EntryId.of(entryId != null ? entryId : derived(sameContentSoFar, kind, source, party,
                            category.name(), amount, date, voucher));
                    command = new RecordImportCommand.ExpenditureRow(new RecordExpenditureCommand(platform, id,
                            category, source, party, amount, date, voucher));
                }
            }
            if (command != null) {
                rows.add(new RecordImportCommand.Row(line.number(), command));
            }
        }
        return new Parsed(rows, errors);
    }

    /** {@code IMP-} and 40 hex digits of the SHA-256 of what the row says and its occurrence among equal rows. */
    private static String derived(Map<String, Integer> sameContentSoFar, ImportKind kind, FundingSource source,
                                  PartyId party, String formOrCategory, Money amount, LocalDate date, String voucher) {
        String content = String.join("\u001f", kind.entryKind().name(), source.name(),
                party == null ? "" : party.value(), formOrCategory, Long.toString(amount.fen()), date.toString(),
                voucher);
        int occurrence = sameContentSoFar.merge(content, 1, Integer::sum);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((content + "\u001f" + occurrence).getBytes(StandardCharsets.UTF_8));
            return "IMP-" + HexFormat.of().formatHex(hash).substring(0, 40);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** One row's cells, read with the errors they hold added to the file's list. */
    private static final class Cells {
        private final ImportFile.Line line;
        private final List<RowError> errors;
        private boolean failed;

        Cells(ImportFile.Line line, List<RowError> errors) {
            this.line = line;
            this.errors = errors;
        }

        boolean failed() {
            return failed;
        }

        void error(String column, String message, String messageZh) {
            failed = true;
            errors.add(new RowError(line.number(), column, ImportWords.column(column),
                    ErrorCode.VALIDATION_FAILED.name(), column + ": " + message, messageZh));
        }

        String optional(String column) {
            String value = line.cell(column);
            if (value != null && ImportFile.isFormula(value)) {
                error(column, "a formula is not taken; paste the values", ImportWords.cell("formula"));
                return null;
            }
            return value;
        }

        private String required(String column) {
            String value = optional(column);
            if (value == null && !ImportFile.isFormula(line.cell(column))) {
                error(column, "must not be empty", ImportWords.cell("required"));
            }
            return value;
        }

        <E extends Enum<E>> E code(String column, Class<E> type, Function<String, E> valueOf) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return valueOf.apply(value);
            } catch (IllegalArgumentException e) {
                String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
                error(column, "must be one of " + allowed, ImportWords.cell("code", allowed));
                return null;
            }
        }

        /**
         * The source of an enterprise contribution: ENTERPRISE, whether the file says so (an export's rows do) or
         * leaves the column out; any other value is an error of the row.
         */
        FundingSource enterpriseSource() {
            String value = optional("source");
            if (value != null && !FundingSource.ENTERPRISE.name().equals(value)) {
                error("source", "this import takes " + FundingSource.ENTERPRISE + " money only",
                        ImportWords.cell("source", FundingSource.ENTERPRISE.name()));
            }
            return FundingSource.ENTERPRISE;
        }

        PartyId id(String column, boolean required) {
            String value = required ? required(column) : optional(column);
            if (value != null && !ID.matcher(value).matches()) {
                error(column, Shapes.ID_MESSAGE, ImportWords.cell("id"));
                return null;
            }
            return value == null ? null : PartyId.of(value);
        }

        Money money(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            if (!MONEY.matcher(value).matches()) {
                error(column, Shapes.MONEY_MESSAGE, ImportWords.cell("money"));
                return null;
            }
            return Money.parse(value);
        }

        LocalDate date(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                error(column, "must be a date yyyy-mm-dd", ImportWords.cell("date"));
                return null;
            }
        }

        String text(String column, boolean required) {
            String value = required ? required(column) : optional(column);
            if (value != null && !PLAIN_TEXT.matcher(value).matches()) {
                error(column, "must be plain text of at most 1000 characters", ImportWords.cell("text"));
                return null;
            }
            return value;
        }
    }
}
