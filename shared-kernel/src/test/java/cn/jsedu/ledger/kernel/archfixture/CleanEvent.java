package cn.jsedu.ledger.kernel.archfixture;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A test fixture that keeps the kernel's rule: JDK types and the {@code @Revision} annotation only. */
@Revision("1")
public record CleanEvent(String platformId, Instant at) {
}
