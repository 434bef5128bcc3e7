package cn.jsedu.ledger.command.commit;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;

/** The aggregate a command targets: its {@link TargetAggregateIdentifier} member, looked up once per command type. */
final class CommandTargets {

    private static final ClassValue<Optional<AccessibleObject>> TARGET = new ClassValue<>() {
        @Override
        protected Optional<AccessibleObject> computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(TargetAggregateIdentifier.class)) {
                        field.setAccessible(true);
                        return Optional.of(field);
                    }
                }
                for (Method method : c.getDeclaredMethods()) {
                    if (method.getParameterCount() == 0 && method.isAnnotationPresent(TargetAggregateIdentifier.class)) {
                        method.setAccessible(true);
                        return Optional.of(method);
                    }
                }
            }
            return Optional.empty();
        }
    };

    private CommandTargets() {
    }

    /** The target aggregate's identifier, or null for a command handled outside an aggregate. */
    static String platformOf(CommandMessage<?> command) {
        Object payload = command.getPayload();
        if (payload == null) {
            return null;
        }
        Optional<AccessibleObject> member = TARGET.get(payload.getClass());
        if (member.isEmpty()) {
            return null;
        }
        try {
            Object id = member.get() instanceof Field field ? field.get(payload)
                    : ((Method) member.get()).invoke(payload);
            return id == null ? null : id.toString();
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read the target aggregate of " + command.getCommandName(), e);
        }
    }
}
