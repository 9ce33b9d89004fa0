package vn.ansinh.collection;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/payments/imports")
@Tag(name = "Payments", description = "Importing bank and electronic-collection payment files")
class PaymentImportController {

    private final ImportingPayments importing;

    PaymentImportController(ImportingPayments importing) {
        this.importing = importing;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(CollectionRoles.WRITE)
    @Operation(summary = "Import a payment file (CSV: transaction id, payer code, amount, date)",
            description = "All or nothing: a file with a bad row books nothing and gives 400 listing every bad row "
                    + "(line, field, reason); partial=true books the good rows. Transactions booked before are skipped, "
                    + "so importing a file again changes nothing. The file is kept in every case.")
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean partial) throws IOException {
        PaymentImportReceipt receipt = importing.importFile(file.getOriginalFilename(), file.getBytes(), partial);
        URI location = URI.create("/api/v1/payments/imports/" + receipt.id());
        if (receipt.rejected()) {
            return RejectedFiles.answer("Payment file", receipt.badRows() + " bad row(s) of " + receipt.rows()
                    + "; nothing was booked. Correct them, or import again with partial=true to book the good rows only.",
                    receipt.id(), location, receipt.errors(), Map.of());
        }
        return ResponseEntity.created(location).body(receipt);
    }

    @GetMapping("/{id}")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "What became of an imported file: counts, bad rows, skipped rows")
    PaymentImportReceipt receipt(@PathVariable long id) {
        return importing.receipt(id);
    }

    @GetMapping
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "Imported payment files, newest first")
    Page<PaymentImportReceipt> list(@RequestParam(required = false) Integer page,
                                    @RequestParam(required = false) Integer size) {
        return importing.list(PageRequest.of(page, size));
    }

    @GetMapping("/{id}/file")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "The file exactly as it was received")
    ResponseEntity<byte[]> original(@PathVariable long id) {
        var file = importing.originalFile(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.getKey(), StandardCharsets.UTF_8).build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(file.getValue());
    }
}
