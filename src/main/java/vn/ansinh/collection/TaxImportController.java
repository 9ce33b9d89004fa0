package vn.ansinh.collection;

import java.net.URI;
import java.util.Map;

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

@RestController
@RequestMapping("/api/v1/collection/tax-imports")
@Tag(name = "Evasion leads", description = "Tax authority income files and the evasion leads found in them")
class TaxImportController {

    private final ImportingTaxIncomes importing;

    TaxImportController(ImportingTaxIncomes importing) {
        this.importing = importing;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(CollectionRoles.WRITE)
    @Operation(summary = "Import a tax authority file (CSV: employer tax code, CCCD, month yyyy-MM, taxable income)",
            description = "All or nothing: a file with a bad row takes nothing in and gives 400 listing the bad rows "
                    + "(line, field, reason); partial=true takes the good rows in. The same file again does nothing "
                    + "(200 with the first receipt, alreadyImported=true). A key (tax code, CCCD, month) reported "
                    + "again by a later file takes the later income. The file is kept in every case.")
    ResponseEntity<?> importFile(@RequestPart("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean partial) {
        TaxImportReceipt receipt = importing.importFile(file.getOriginalFilename(), file, partial);
        URI location = URI.create("/api/v1/collection/tax-imports/" + receipt.id());
        if (receipt.rejected()) {
            return RejectedFiles.answer("Tax income file", receipt.badRows() + " bad row(s) of " + receipt.rows()
                    + "; nothing was taken in. Correct them, or import again with partial=true to take the good rows "
                    + "only.", receipt.id(), location, receipt.errors(), Map.of());
        }
        if (receipt.alreadyImported()) {
            return ResponseEntity.ok().location(location).body(receipt);
        }
        return ResponseEntity.created(location).body(receipt);
    }

    @GetMapping("/{id}")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "What became of an imported tax file: counts and bad rows")
    TaxImportReceipt receipt(@PathVariable long id) {
        return importing.receipt(id);
    }
}
