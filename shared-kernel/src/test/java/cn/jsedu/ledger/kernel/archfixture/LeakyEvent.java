package cn.jsedu.ledger.kernel.archfixture;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Revision;

/**
 * Not a kernel class: a test fixture that breaks the kernel's JDK-only rule behind a {@code @Revision}, as an event
 * record carrying Axon's {@code MetaData} would. {@code KernelArchitectureRuleTest} checks the rule reports it.
 */
@Revision("1")
public record LeakyEvent(String platformId, MetaData metadata) {
}
