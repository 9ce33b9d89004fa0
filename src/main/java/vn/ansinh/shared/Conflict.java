package vn.ansinh.shared;

/** A request that is well formed but clashes with what is recorded (a second registration, say): a 409. */
public class Conflict extends InvalidInput {
    public Conflict(String field, String reason) {
        super(field, reason);
    }
}
