package vn.ansinh.security;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The actor asked for something outside its area scope: a 403. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class OutOfScope extends RuntimeException {
    public OutOfScope(String what) {
        super(what + " is outside your area");
    }
}
