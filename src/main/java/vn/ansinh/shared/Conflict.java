package vn.ansinh.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request that is well formed but clashes with what is recorded (a second registration, say): a 409. */
@ResponseStatus(HttpStatus.CONFLICT)
public class Conflict extends InvalidInput {
    public Conflict(String field, String reason) {
        super(field, reason);
    }
}
