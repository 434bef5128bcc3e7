package cn.jsedu.ledger.bench.httpcrud;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The CRUD ledger's tables and its one write: the entry and the platform's balance in one transaction, the
 * balance refusing to turn negative (the row lock serialises writers of one platform). Money in fen. The
 * Idempotency-Key is a unique column of the entry: a repeated request answers the version it got the first time.
 */
@Repository
public class Ledger {

    /** A rule refused the entry (422). */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    Ledger(JdbcTemplate jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS balance (platform_id VARCHAR(64), source VARCHAR(32), cash_fen BIGINT NOT NULL,
                  version BIGINT NOT NULL, PRIMARY KEY (platform_id, source));
                CREATE TABLE IF NOT EXISTS entry (id BIGSERIAL PRIMARY KEY, platform_id VARCHAR(64) NOT NULL,
                  entry_id VARCHAR(64) NOT NULL, kind VARCHAR(32) NOT NULL, source VARCHAR(32) NOT NULL,
                  form VARCHAR(32) NOT NULL, amount_fen BIGINT NOT NULL, effective_date DATE NOT NULL,
                  voucher_ref VARCHAR(1000), idempotency_key VARCHAR(200) UNIQUE, version BIGINT NOT NULL,
                  recorded_at TIMESTAMPTZ NOT NULL DEFAULT now(), UNIQUE (platform_id, entry_id))""");
    }

    /** Opens platforms with a provincial cash balance (the harness's set-up, as S2's platforms are funded). */
    public void open(List<String> platforms, long cashFen) {
        jdbc.batchUpdate("INSERT INTO balance VALUES (?, 'PROVINCIAL_FINANCE', ?, 0) ON CONFLICT DO NOTHING",
                platforms.stream().map(p -> new Object[]{p, cashFen}).toList());
    }

    /** Records an installment (an expenditure is a negative amount); returns the balance's version after it. */
    long record(String platformId, String entryId, String source, String form, long amountFen,
                LocalDate effectiveDate, String voucherRef, String idempotencyKey) {
        Long earlier = earlier(idempotencyKey);
        if (earlier != null) {
            return earlier;
        }
        try {
            return tx.execute(status -> {
                List<Long> version = jdbc.queryForList("""
                        UPDATE balance SET cash_fen = cash_fen + ?, version = version + 1
                        WHERE platform_id = ? AND source = ? AND cash_fen + ? >= 0 RETURNING version""", Long.class,
                        amountFen, platformId, source, amountFen);
                if (version.isEmpty()) {
                    throw new Refused("no such balance, or it would turn negative: " + platformId + " " + source);
                }
                jdbc.update("""
                        INSERT INTO entry (platform_id, entry_id, kind, source, form, amount_fen, effective_date,
                          voucher_ref, idempotency_key, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                        platformId, entryId, amountFen >= 0 ? "INSTALLMENT" : "EXPENDITURE", source, form,
                        Math.abs(amountFen), effectiveDate, voucherRef, idempotencyKey, version.get(0));
                return version.get(0);
            });
        } catch (DuplicateKeyException e) {
            Long first = earlier(idempotencyKey);
            if (first == null) {
                throw new Refused("entry " + entryId + " of " + platformId + " is already recorded");
            }
            return first;
        }
    }

    private Long earlier(String idempotencyKey) {
        if (idempotencyKey == null) {
            return null;
        }
        List<Long> found = jdbc.queryForList("SELECT version FROM entry WHERE idempotency_key = ?", Long.class,
                idempotencyKey);
        return found.isEmpty() ? null : found.get(0);
    }

    static long fen(String amount) {
        return new BigDecimal(amount).movePointRight(2).longValueExact();
    }
}
