package vn.ansinh.collection;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/employers/{unitCode}/declarations")
@Tag(name = "Labour declarations", description = "Employers' hire, leave, salary change and unpaid leave declarations, "
        + "one at a time or as the office's labour-change list")
class LabourDeclarationController {

    /** Collection staff for employers in their area; an employer's own system for its own unit code only. */
    static final String DECLARERS = "hasAnyRole('ADMINISTRATOR','COLLECTION_OFFICER') or hasAuthority('CLIENT_EMPLOYER')";

    static final String LIST_FORMAT = """
            CSV in UTF-8 (with or without BOM), separated by commas, semicolons or tabs, fields optionally in double \
            quotes. The first line names the columns, in any order (accents, case and spaces in the names do not \
            matter):
            - loai: TANG (hire), GIAM (leave), DIEU_CHINH (salary change) or NGHI_KHONG_LUONG (unpaid leave)
            - so_cccd: the 12-digit CCCD (format the spreadsheet column as text to keep leading zeros)
            - ho_ten, ngay_sinh: the name and date of birth registered for that CCCD
            - ngay_hieu_luc: YYYY-MM-DD (or DD/MM/YYYY), the first day of a hire or new salary, the last day of a \
            leave; for NGHI_KHONG_LUONG the month, YYYY-MM (or MM/YYYY)
            - muc_luong: monthly SI salary in whole VND, for TANG and DIEU_CHINH (ignored on other lines)
            - so_ngay_nghi: unpaid days, for NGHI_KHONG_LUONG only
            - thai_san (optional column): x when the NGHI_KHONG_LUONG days are maternity leave
            - ghi_chu (optional column): a note
            Example:
            loai,so_cccd,ho_ten,ngay_sinh,ngay_hieu_luc,muc_luong,so_ngay_nghi,ghi_chu
            TANG,001190012345,Nguyễn Văn An,1990-05-01,2025-03-01,8000000,,
            NGHI_KHONG_LUONG,001190012345,Nguyen Van An,1990-05-01,2025-04,,15,nghỉ việc riêng
            """;

    private final DeclaringLabourChanges declaring;

    LabourDeclarationController(DeclaringLabourChanges declaring) {
        this.declaring = declaring;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(DECLARERS)
    @Operation(summary = "Declare a hire, leave, salary change or unpaid leave",
            description = "Checked against the register (CCCD valid and registered, name and date of birth as "
                    + "registered, employed there or not, salary not below the regional minimum wage; above the SI "
                    + "ceiling is accepted with a salaryNote). A declaration reaching into an assessed month "
                    + "re-assesses it at once: reassessedMonths lists them. 400 lists every problem.")
    ResponseEntity<DeclaringLabourChanges.Declared> declare(@PathVariable String unitCode,
                                                            @Valid @RequestBody DeclarationForm form) {
        DeclaringLabourChanges.Declared declared = declaring.declare(unitCode, form.change());
        return ResponseEntity.created(URI.create("/api/v1/employers/" + unitCode + "/declarations/"
                + declared.declaration().id())).body(declared);
    }

    @GetMapping
    @PreAuthorize(DECLARERS)
    @Operation(summary = "The employer's declarations, newest first")
    Page<LabourDeclaration> list(@PathVariable String unitCode, @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return declaring.list(unitCode, PageRequest.of(page, size));
    }

    @GetMapping("/{id}")
    @PreAuthorize(DECLARERS)
    @Operation(summary = "One declaration")
    LabourDeclaration get(@PathVariable String unitCode, @PathVariable long id) {
        return declaring.get(unitCode, id);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(DECLARERS)
    @Operation(summary = "Import a labour-change list (danh sách lao động tăng, giảm, điều chỉnh, nghỉ không lương)",
            description = "Every line is checked before any is applied. All or nothing: a list with a bad line "
                    + "applies nothing and gives 400 listing every bad line (line, field = column, reason); "
                    + "partial=true applies the good lines (201, bad lines in errors). The same file sent again for "
                    + "the same employer is not applied again: 200 with the earlier import and alreadyImported=true. "
                    + "The file is kept in every case.\n\n" + LIST_FORMAT)
    ResponseEntity<?> importFile(@PathVariable String unitCode, @RequestPart("file") MultipartFile file,
                                 @RequestParam(defaultValue = "false") boolean partial) throws IOException {
        DeclarationImportReceipt receipt = declaring.importFile(unitCode, file.getOriginalFilename(), file.getBytes(), partial);
        URI location = URI.create("/api/v1/employers/" + unitCode + "/declarations/imports/" + receipt.id());
        if (receipt.rejected()) {
            return RejectedFiles.answer("Labour-change list", receipt.badRows() + " bad line(s) of " + receipt.rows()
                    + "; nothing was applied. Correct them, or import again with partial=true to apply the good lines "
                    + "only.", receipt.id(), location, receipt.errors(), Map.of("flags", receipt.flags()));
        }
        if (Boolean.TRUE.equals(receipt.alreadyImported())) {
            return ResponseEntity.ok().location(location).body(receipt);
        }
        return ResponseEntity.created(location).body(receipt);
    }

    @GetMapping("/imports")
    @PreAuthorize(DECLARERS)
    @Operation(summary = "The employer's labour-change lists, newest first")
    Page<DeclarationImportReceipt> imports(@PathVariable String unitCode, @RequestParam(required = false) Integer page,
                                           @RequestParam(required = false) Integer size) {
        return declaring.imports(unitCode, PageRequest.of(page, size));
    }

    @GetMapping("/imports/{id}")
    @PreAuthorize(DECLARERS)
    @Operation(summary = "What became of a labour-change list: counts, bad lines, flagged lines")
    DeclarationImportReceipt receipt(@PathVariable String unitCode, @PathVariable long id) {
        return declaring.receipt(unitCode, id);
    }

    /** Every reason a declaration was refused, each on its field. */
    @ExceptionHandler(DeclarationRefused.class)
    ProblemDetail refused(DeclarationRefused e) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(URI.create("https://ansinh.vn/problems/400"));
        problem.setTitle("Declaration refused");
        problem.setDetail(String.join("; ", e.issues().stream().map(i -> i.field() + ": " + i.reason()).toList()));
        List<Map<String, String>> errors = e.issues().stream()
                .map(i -> Map.of("field", i.field(), "reason", i.reason())).toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
