package vn.ansinh.collection;

import java.io.IOException;
import java.util.List;

import org.springframework.http.ResponseEntity;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.PageRequest;
import vn.ansinh.web.Spreadsheets;
import vn.ansinh.web.Table;

/**
 * The staff UI's file uploads: a bank payment file, and an employer's labour-change list. Each upload ends on its
 * receipt page, which lists every bad row with its line, field and reason (the same receipts the API gives).
 */
@Controller
class UploadPages {

    private final ImportingPayments payments;
    private final DeclaringLabourChanges declarations;

    private final Spreadsheets spreadsheets;

    UploadPages(ImportingPayments payments, DeclaringLabourChanges declarations, Spreadsheets spreadsheets) {
        this.payments = payments;
        this.declarations = declarations;
        this.spreadsheets = spreadsheets;
    }

    @GetMapping(path = "/payments/imports", params = "format=xlsx")
    @PreAuthorize(CollectionRoles.READ)
    ResponseEntity<byte[]> paymentImportsExport() {
        Table.Builder table = Table.titled("payments.title")
                .column("upload.receivedAt", Table.Kind.DATE).column("upload.file", Table.Kind.TEXT)
                .column("upload.status", Table.Kind.TEXT).column("upload.rows", Table.Kind.NUMBER)
                .column("upload.badRows", Table.Kind.NUMBER).column("payments.bookedAmount", Table.Kind.MONEY);
        for (PaymentImportReceipt r : Spreadsheets.all(payments::list)) {
            table.row(null, r.receivedAt(), r.fileName(), spreadsheets.text("upload.status." + r.status()), r.rows(),
                    r.badRows(), r.bookedAmount());
        }
        return spreadsheets.download("payment-files", table.build());
    }

    @GetMapping(path = "/payments/imports/{id}", params = "format=xlsx")
    @PreAuthorize(CollectionRoles.READ)
    ResponseEntity<byte[]> paymentReceiptExport(@PathVariable long id) {
        PaymentImportReceipt receipt = payments.receipt(id);
        return spreadsheets.download("payment-file-" + id, List.of(issues("upload.errors", receipt.errors()),
                issues("upload.skipped", receipt.skipped())));
    }

    @GetMapping(path = "/employers/{unitCode}/declarations/imports/{id}", params = "format=xlsx")
    @PreAuthorize(CollectionRoles.READ)
    ResponseEntity<byte[]> declarationReceiptExport(@PathVariable String unitCode, @PathVariable long id) {
        DeclarationImportReceipt receipt = declarations.receipt(unitCode, id);
        return spreadsheets.download("labour-changes-" + unitCode + "-" + id,
                List.of(issues("upload.errors", receipt.errors()), issues("upload.flags", receipt.flags())));
    }

    /** A receipt's row issues: line (0 for the whole file), field and reason. */
    private static Table issues(String titleKey, List<RowIssue> issues) {
        Table.Builder table = Table.titled(titleKey).column("upload.line", Table.Kind.NUMBER)
                .column("upload.field", Table.Kind.TEXT).column("upload.reason", Table.Kind.TEXT);
        for (RowIssue issue : issues == null ? List.<RowIssue>of() : issues) {
            table.row(null, issue.line(), issue.field(), issue.reason());
        }
        return table.build();
    }

    @GetMapping("/payments/imports")
    @PreAuthorize(CollectionRoles.READ)
    String paymentImports(Model model) {
        model.addAttribute("imports", payments.list(PageRequest.of(0, 20)));
        return "collection/payment-imports";
    }

    @PostMapping("/payments/imports")
    @PreAuthorize(CollectionRoles.WRITE)
    String importPayments(@RequestParam(required = false) MultipartFile file,
                          @RequestParam(defaultValue = "false") boolean partial, RedirectAttributes redirect)
            throws IOException {
        try {
            PaymentImportReceipt receipt = payments.importFile(file == null ? null : file.getOriginalFilename(),
                    file == null ? new byte[0] : file.getBytes(), partial);
            return "redirect:/payments/imports/" + receipt.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.field() + ": " + e.reason());
            return "redirect:/payments/imports";
        }
    }

    @GetMapping("/payments/imports/{id}")
    @PreAuthorize(CollectionRoles.READ)
    String paymentReceipt(@PathVariable long id, Model model) {
        model.addAttribute("receipt", payments.receipt(id));
        return "collection/payment-receipt";
    }

    @PostMapping("/employers/{unitCode}/declarations/imports")
    @PreAuthorize(CollectionRoles.WRITE)
    String importDeclarations(@PathVariable String unitCode, @RequestParam(required = false) MultipartFile file,
                              @RequestParam(defaultValue = "false") boolean partial, RedirectAttributes redirect)
            throws IOException {
        try {
            DeclarationImportReceipt receipt = declarations.importFile(unitCode,
                    file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes(),
                    partial);
            return "redirect:/employers/" + unitCode + "/declarations/imports/" + receipt.id();
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problem", e.field() + ": " + e.reason());
            return "redirect:/employers/" + unitCode;
        }
    }

    @GetMapping("/employers/{unitCode}/declarations/imports/{id}")
    @PreAuthorize(CollectionRoles.READ)
    String declarationReceipt(@PathVariable String unitCode, @PathVariable long id, Model model) {
        model.addAttribute("receipt", declarations.receipt(unitCode, id));
        return "collection/declaration-receipt";
    }
}
