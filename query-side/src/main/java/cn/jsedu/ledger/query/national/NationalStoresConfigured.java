package cn.jsedu.ledger.query.national;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.util.Map;

/** The national view's switch: on only when at least one provincial store is named under {@code ledger.national.stores}. */
public final class NationalStoresConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment())
                .bind("ledger.national.stores", Bindable.mapOf(String.class, Object.class))
                .map(stores -> !stores.isEmpty()).orElse(false);
    }
}
