package vn.ansinh.collection;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The API's answer to an uploaded file refused as a whole: 400 with every bad row, and where the kept file's receipt is. */
final class RejectedFiles {

    private RejectedFiles() {
    }

    /**
     * @param what   what the file is, e.g. "Payment file"
     * @param detail what was not done and how to proceed
     * @param more   further properties (e.g. flagged rows), or an empty map
     */
    static ResponseEntity<ProblemDetail> answer(String what, String detail, long uploadId, URI receipt, Object errors,
                                                Map<String, Object> more) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("https://ansinh.vn/problems/400"));
        problem.setTitle(what + " rejected");
        problem.setDetail(detail);
        problem.setProperty("uploadId", uploadId);
        problem.setProperty("receipt", receipt.toString());
        problem.setProperty("errors", errors);
        more.forEach(problem::setProperty);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
