package vn.ansinh.parameter;

import java.time.LocalDate;

import vn.ansinh.shared.InvalidInput;

/**
 * No value of a parameter is in force on the date asked for: the date lies before the recorded history or in a gap.
 * Failing loudly is the point: a guessed rate would silently produce wrong contributions or benefits.
 */
public class NotInForce extends InvalidInput {

    private final String code;
    private final String qualifier;
    private final LocalDate on;

    public NotInForce(String code, String qualifier, LocalDate on) {
        this("on", code, qualifier, on);
    }

    /** The same, naming the caller's input field that carried the date (a salary's start date, say). */
    public NotInForce(String field, String code, String qualifier, LocalDate on) {
        super(field, "no value of " + code + (qualifier == null || qualifier.isEmpty() ? "" : " (" + qualifier + ")")
                + " is in force on " + on);
        this.code = code;
        this.qualifier = qualifier;
        this.on = on;
    }

    public NotInForce forField(String field) {
        return new NotInForce(field, code, qualifier, on);
    }

    public String code() {
        return code;
    }

    public String qualifier() {
        return qualifier;
    }

    public LocalDate on() {
        return on;
    }
}
