package cn.jsedu.ledger.kernel.programme;

/**
 * A programme parameter with a value the plan cannot mean (a share ≤ 0, a construction period of no years, a task
 * that is not one of the plan's eight, ...). {@link #parameter()} names it as {@link ProgrammeParameters} does (its
 * record component, e.g. {@code minimumEnterpriseShare}), so a refusal can name the field.
 */
public class InvalidParameterException extends IllegalArgumentException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
