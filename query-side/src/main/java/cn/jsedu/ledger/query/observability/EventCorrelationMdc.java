package cn.jsedu.ledger.query.observability;

import cn.jsedu.ledger.kernel.event.EventMetadataKeys;
import cn.jsedu.ledger.support.web.CorrelationIdFilter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;

/**
 * While a projection handles an event, the log context carries the correlation id of the request that caused it
 * (copied into every event's metadata on the command side), so a failing projection's log lines lead back to the
 * command's. Axon registers the bean as a handler interceptor of every event processor of this side.
 */
@Component
public class EventCorrelationMdc implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object correlationId = unitOfWork.getMessage().getMetaData().get(EventMetadataKeys.CORRELATION_ID);
        if (correlationId == null) {
            return chain.proceed();
        }
        String previous = MDC.get(CorrelationIdFilter.MDC_KEY);
        MDC.put(CorrelationIdFilter.MDC_KEY, correlationId.toString());
        try {
            return chain.proceed();
        } finally {
            if (previous == null) {
                MDC.remove(CorrelationIdFilter.MDC_KEY);
            } else {
                MDC.put(CorrelationIdFilter.MDC_KEY, previous);
            }
        }
    }
}
