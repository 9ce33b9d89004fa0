package vn.ansinh.claim;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import vn.ansinh.security.Actors;
import vn.ansinh.security.ApiClient;
import vn.ansinh.security.OutOfScope;

@RestController
@RequestMapping("/api/v1/claims")
@Tag(name = "Health insurance claims", description = "Facilities send encounters in the Ministry of Health XML standard")
class ClaimController {

    private final ReceivingClaims receiving;

    ClaimController(ReceivingClaims receiving) {
        this.receiving = receiving;
    }

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    @PreAuthorize("hasAuthority('CLIENT_FACILITY')")
    @Operation(summary = "Send one encounter (a GIAMDINHHS envelope); answers a receipt with every error found")
    ResponseEntity<ClaimReceipt> receive(HttpServletRequest request) throws IOException {
        ApiClient facility = facility();
        ReceivingClaims.IncomingFile file = ClaimArchives.bounded(null, request.getInputStream(),
                receiving.limits().maxEnvelopeBytes());
        ClaimReceipt receipt = receiving.receive(List.of(file), facility.subjectCode(), facility.name()).get(0);
        return ResponseEntity.status(status(receipt)).body(receipt);
    }

    @PostMapping(path = "/batches", consumes = {"application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @PreAuthorize("hasAuthority('CLIENT_FACILITY')")
    @Operation(summary = "Send a zip of envelopes; answers one receipt per file, in the zip's order")
    List<ClaimReceipt> receiveBatch(HttpServletRequest request) throws IOException {
        ApiClient facility = facility();
        List<ClaimReceipt> receipts = new ArrayList<>();
        String problem = ClaimArchives.readZip(request.getInputStream(), receiving.limits(),
                chunk -> receipts.addAll(receiving.receive(chunk, facility.subjectCode(), facility.name())));
        if (problem != null) {
            receipts.add(new ClaimReceipt(null, ClaimReceipt.REFUSED, null, null, List.of(new ClaimFiles.ReceiptMessage(
                    IntakeCode.E014.name(), ClaimTable.ENVELOPE.name(), null, "zip", problem))));
        }
        return receipts;
    }

    private static ApiClient facility() {
        if (Actors.current() instanceof ApiClient client && client.kind() == ApiClient.Kind.FACILITY) {
            return client;
        }
        throw new OutOfScope("claims are sent by facilities");
    }

    private static HttpStatus status(ClaimReceipt receipt) {
        if (!ClaimReceipt.REFUSED.equals(receipt.code())) {
            return HttpStatus.OK;
        }
        return IntakeCode.E009.name().equals(receipt.messages().get(0).code()) ? HttpStatus.FORBIDDEN
                : HttpStatus.BAD_REQUEST;
    }
}
