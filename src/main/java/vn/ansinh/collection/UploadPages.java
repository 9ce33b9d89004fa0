package vn.ansinh.collection;

import java.io.IOException;

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

/**
 * The staff UI's file uploads: a bank payment file, and an employer's labour-change list. Each upload ends on its
 * receipt page, which lists every bad row with its line, field and reason (the same receipts the API gives).
 */
@Controller
class UploadPages {

    private final ImportingPayments payments;
    private final DeclaringLabourChanges declarations;

    UploadPages(ImportingPayments payments, DeclaringLabourChanges declarations) {
        this.payments = payments;
        this.declarations = declarations;
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
