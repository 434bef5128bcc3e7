package cn.jsedu.ledger.query.eventstream;

import org.axonframework.serialization.Revision;

/**
 * A test-only event whose made-up revision "0" called {@code voucherRef} {@code voucher}: the subject of the
 * upcaster tests. Not a PlatformEvent, so the query side's real projections never ask to deserialize one.
 */
@Revision("1")
record VoucherNoted(String platformId, String voucherRef) {
}
