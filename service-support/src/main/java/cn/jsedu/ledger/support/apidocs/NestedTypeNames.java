package cn.jsedu.ledger.support.apidocs;

import io.swagger.v3.core.jackson.TypeNameResolver;

/**
 * Schema names of the API documents: a nested type is named after the types enclosing it, then itself
 * ({@code ProgrammeComplianceViewRow}, {@code BudgetExecutionViewLine}); a top-level type by its simple name, as
 * before. Swagger's default names every class by its simple name, so the several nested records called {@code Row},
 * {@code Line}, {@code Item} or {@code Totals} of different answers became one schema each, and the document
 * described most of those answers with another answer's fields.
 */
final class NestedTypeNames extends TypeNameResolver {

    @Override
    protected String getNameOfClass(Class<?> type) {
        Class<?> enclosing = type.getEnclosingClass();
        return enclosing == null ? super.getNameOfClass(type) : getNameOfClass(enclosing) + type.getSimpleName();
    }
}
