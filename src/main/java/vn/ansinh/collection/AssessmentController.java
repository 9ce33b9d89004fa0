package vn.ansinh.collection;

import java.time.YearMonth;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import vn.ansinh.employer.EmployerSummary;
import vn.ansinh.employer.Employers;
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.PersonSummary;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.NotFound;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Assessment", description = "Monthly assessment of compulsory contributions and the SI book")
class AssessmentController {

    private final AssessingContributions assessing;
    private final SiBook siBook;
    private final PersonDirectory people;
    private final Employers employers;

    AssessmentController(AssessingContributions assessing, SiBook siBook, PersonDirectory people, Employers employers) {
        this.employers = employers;
        this.assessing = assessing;
        this.siBook = siBook;
        this.people = people;
    }

    record AssessmentRequest(@NotNull(message = "is required, as YYYY-MM") YearMonth month, String employerUnitCode) {
    }

    @PostMapping("/contributions/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('ADMINISTRATOR','COLLECTION_OFFICER')")
    @Operation(summary = "Assess a month for every employer (with voluntary, household and budget-paid participants), "
            + "or for one employer; re-running an unchanged month adds nothing")
    AssessmentRun assess(@Valid @RequestBody AssessmentRequest request) {
        if (request.employerUnitCode() == null) {
            // A run over every employer reaches beyond any district: only a province-wide scope may start it.
            if (Actors.current().scope().depth() > 1) {
                throw new vn.ansinh.security.OutOfScope("An assessment of every employer");
            }
            return assessing.assess(request.month());
        }
        EmployerSummary employer = employers.byUnitCode(request.employerUnitCode())
                .orElseThrow(() -> new NotFound("Employer", request.employerUnitCode()));
        Actors.requireInScope(employer.areaPath(), "Employer " + employer.unitCode());
        return assessing.assess(request.month(), employer.unitCode());
    }

    @GetMapping("/people/{siCode}/si-book")
    @Operation(summary = "A person's contribution history by month: employer, salary, funds, paid or owed")
    List<SiBook.Month> siBook(@PathVariable String siCode) {
        PersonSummary person = people.bySiCode(siCode).orElseThrow(() -> new NotFound("Person", siCode));
        Actors.requireInScope(person.areaPath(), "Person " + siCode);
        return siBook.of(person.id());
    }
}
