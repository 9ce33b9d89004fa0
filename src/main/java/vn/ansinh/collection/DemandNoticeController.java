package vn.ansinh.collection;

import java.time.YearMonth;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

@RestController
@RequestMapping("/api/v1/demand-notices")
@Tag(name = "Demand notices", description = "Monthly notices to employers that owe contributions")
class DemandNoticeController {

    private final DemandNotices notices;

    DemandNoticeController(DemandNotices notices) {
        this.notices = notices;
    }

    @GetMapping
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "Employers in your area that owed at the end of the previous month",
            description = "Debt by fund, unpaid interest, oldest month, days late and evasion flag.")
    Page<DemandNotice> list(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                            @RequestParam(required = false) Integer page,
                            @RequestParam(required = false) Integer size) {
        return notices.of(month, PageRequest.of(page, size));
    }

    @GetMapping("/{unitCode}")
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "One employer's demand notice of a month")
    DemandNotice one(@PathVariable String unitCode,
                     @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return notices.forEmployer(unitCode, month);
    }

    @GetMapping(value = "/{unitCode}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(CollectionRoles.READ)
    @Operation(summary = "One employer's demand notice of a month as a printable PDF in Vietnamese")
    ResponseEntity<byte[]> pdf(@PathVariable String unitCode,
                               @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        byte[] pdf = notices.pdf(unitCode, month);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("thong-bao-no-" + unitCode + "-" + month + ".pdf").build().toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(pdf);
    }
}
