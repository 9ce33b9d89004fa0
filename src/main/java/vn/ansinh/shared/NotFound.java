package vn.ansinh.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The thing asked for does not exist: a 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NotFound extends RuntimeException {
    public NotFound(String what, Object key) {
        super(what + " " + key + " not found");
    }
}
