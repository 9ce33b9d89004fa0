package vn.ansinh.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.ansinh.security.OutOfScope;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/**
 * Every API error as problem+json (RFC 9457). Input errors carry {@code errors: [{field, reason}]} so a client (or
 * an officer reading a screen) knows which field to fix and why.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    record FieldError(String field, String reason) {
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, "Conflicts with recorded data", List.of(new FieldError(e.field(), e.reason())));
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid input", List.of(new FieldError(e.field(), e.reason())));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        return p;
    }

    @ExceptionHandler(OutOfScope.class)
    ProblemDetail outOfScope(OutOfScope e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Outside your area");
        return p;
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail denied(RuntimeException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "Your role does not allow this");
        p.setTitle("Forbidden");
        return p;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "another type" : e.getRequiredType().getSimpleName();
        return problem(HttpStatus.BAD_REQUEST, "Invalid input",
                List.of(new FieldError(e.getName(), "'" + e.getValue() + "' is not a valid " + expected)));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e) {
        String message = e.getMostSpecificCause().getMessage();
        return problem(HttpStatus.CONFLICT, "Conflicts with recorded data",
                List.of(new FieldError("request", message == null ? "violates a database constraint" : message.lines().findFirst().orElse(""))));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), f.getDefaultMessage())).toList();
        List<FieldError> global = e.getBindingResult().getGlobalErrors().stream()
                .map(g -> new FieldError(g.getObjectName(), g.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input",
                java.util.stream.Stream.concat(errors.stream(), global.stream()).toList()));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A @Valid body reports its fields' errors; a constrained parameter (path or query) reports itself.
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(f -> new FieldError(f.getField(), f.getDefaultMessage()))
                        : r.getResolvableErrors().stream().map(err -> new FieldError(
                                r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Invalid input", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        String reason = e.getMostSpecificCause().getMessage();
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Unreadable request body",
                List.of(new FieldError("body", reason == null ? "not valid JSON" : reason.lines().findFirst().orElse("")))));
    }

    static ProblemDetail problem(HttpStatus status, String title, List<FieldError> errors) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setTitle(title);
        p.setType(URI.create("https://ansinh.vn/problems/" + status.value()));
        p.setDetail(errors.stream().map(f -> f.field() + ": " + f.reason()).reduce((a, b) -> a + "; " + b).orElse(title));
        p.setProperties(Map.of("errors", errors));
        return p;
    }
}
