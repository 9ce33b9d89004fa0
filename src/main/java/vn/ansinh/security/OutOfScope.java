package vn.ansinh.security;

/** The actor asked for something outside its area scope: a 403. */
public class OutOfScope extends RuntimeException {
    public OutOfScope(String what) {
        super(what + " is outside your area");
    }
}
