package vn.ansinh.shared;

/** The thing asked for does not exist: a 404. */
public class NotFound extends RuntimeException {
    public NotFound(String what, Object key) {
        super(what + " " + key + " not found");
    }
}
