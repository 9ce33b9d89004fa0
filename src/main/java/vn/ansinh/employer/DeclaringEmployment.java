package vn.ansinh.employer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.audit.AuditLog;
import vn.ansinh.registry.PersonDirectory;
import vn.ansinh.registry.PersonSummary;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.NotFound;

/**
 * An employer's declarations about its employees: hire, leave and salary change. Every salary is measured against
 * the floor and ceiling in force on the day it starts ({@link SalaryPolicy}).
 */
@Service
class DeclaringEmployment {

    private final Employers employers;
    private final Employments employments;
    private final PersonDirectory people;
    private final SalaryPolicy salaries;
    private final AuditLog audit;

    DeclaringEmployment(Employers employers, Employments employments, PersonDirectory people, SalaryPolicy salaries,
                        AuditLog audit) {
        this.employers = employers;
        this.employments = employments;
        this.people = people;
        this.salaries = salaries;
        this.audit = audit;
    }

    @Transactional
    EmploymentForms.Declared hire(String unitCode, EmploymentForms.Hire form) {
        EmployerView employer = employerInScope(unitCode);
        String personField = form.cccd() != null ? "cccd" : "siCode";
        PersonSummary person = person(form);
        LocalDate start = form.startDate();
        if (employer.closedOn() != null && start.isAfter(employer.closedOn())) {
            throw new InvalidInput("startDate", "the employer closed on " + employer.closedOn());
        }
        if (person.dateOfDeath() != null && !start.isBefore(person.dateOfDeath())) {
            throw new InvalidInput("startDate", "the person died on " + person.dateOfDeath());
        }
        employments.lock(employer.id(), person.id());
        for (EmploymentView other : employments.overlapping(employer.id(), person.id(), start, null, start)) {
            if (other.open()) {
                throw new Conflict(personField, person.fullName() + " already has an open employment at unit "
                        + unitCode + " since " + other.startDate() + "; declare the leave first");
            }
            throw new Conflict("startDate", "overlaps the employment of " + person.fullName() + " at unit " + unitCode
                    + " from " + other.startDate() + " to " + other.endDate());
        }
        SalaryAssessment assessment = salaries.requireAcceptable(form.monthlySalary(), employer.wageRegion(), start,
                "monthlySalary", "startDate");
        WorkerType workerType = form.workerType() == null ? WorkerType.VIETNAMESE : WorkerType.valueOf(form.workerType());
        String jobTitle = form.jobTitle() == null || form.jobTitle().isBlank() ? null : form.jobTitle().trim();
        long id = employments.insert(employer.id(), person.id(), start, jobTitle, workerType);
        employments.addSalary(id, start, form.monthlySalary());
        EmploymentView hired = detail(employer, id);
        audit.record("HIRE", "employment", id, null, hired);
        return new EmploymentForms.Declared(hired, assessment);
    }

    @Transactional
    EmploymentView leave(String unitCode, long employmentId, EmploymentForms.Leave form) {
        EmployerView employer = employerInScope(unitCode);
        EmploymentView before = detail(employer, employmentId);
        if (!before.open()) {
            throw new Conflict("endDate", "the employment already ended on " + before.endDate());
        }
        if (form.endDate().isBefore(before.startDate())) {
            throw new InvalidInput("endDate", "must be on or after the start date " + before.startDate());
        }
        LocalDate lastChange = before.salaries().get(before.salaries().size() - 1).validFrom();
        if (form.endDate().isBefore(lastChange)) {
            throw new InvalidInput("endDate", "a salary from " + lastChange + " is recorded; the employment cannot end before it");
        }
        employments.end(employmentId, form.endDate());
        EmploymentView after = detail(employer, employmentId);
        audit.record("LEAVE", "employment", employmentId, before, after);
        return after;
    }

    @Transactional
    EmploymentForms.Declared changeSalary(String unitCode, long employmentId, EmploymentForms.SalaryChange form) {
        EmployerView employer = employerInScope(unitCode);
        EmploymentView before = detail(employer, employmentId);
        LocalDate from = form.validFrom();
        if (!from.isAfter(before.startDate())) {
            throw new InvalidInput("validFrom", "must be after the start of the employment on " + before.startDate()
                    + " (the salary from the start is declared with the hire)");
        }
        if (before.endDate() != null && from.isAfter(before.endDate())) {
            throw new InvalidInput("validFrom", "must be within the employment, which ended on " + before.endDate());
        }
        if (before.salaries().stream().anyMatch(s -> s.validFrom().equals(from))) {
            throw new Conflict("validFrom", "a salary from " + from + " is already recorded");
        }
        SalaryAssessment assessment = salaries.requireAcceptable(form.monthlySalary(), employer.wageRegion(), from,
                "monthlySalary", "validFrom");
        employments.addSalary(employmentId, from, form.monthlySalary());
        EmploymentView after = detail(employer, employmentId);
        audit.record("CHANGE_SALARY", "employment", employmentId, Map.of("salaries", before.salaries()),
                Map.of("salaries", after.salaries()));
        return new EmploymentForms.Declared(after, assessment);
    }

    /** The employment with its salary history; salaries shown as in force today. */
    EmploymentView detail(EmployerView employer, long employmentId) {
        EmploymentView view = employments.view(employer.id(), employmentId, LocalDate.now())
                .orElseThrow(() -> new NotFound("Employment", employmentId + " at unit " + employer.unitCode()));
        List<SalaryPeriod> history = employments.salaryHistory(employmentId);
        return view.withSalaries(history);
    }

    EmployerView employerInScope(String unitCode) {
        EmployerView employer = employers.view(unitCode).orElseThrow(() -> new NotFound("Employer", unitCode));
        Actors.requireInScope(employer.areaPath(), "Employer " + unitCode);
        return employer;
    }

    private PersonSummary person(EmploymentForms.Hire form) {
        if (form.cccd() == null && form.siCode() == null) {
            throw new InvalidInput("cccd", "give the person's CCCD or SI code");
        }
        PersonSummary person = form.cccd() != null
                ? people.byCccd(form.cccd()).orElseThrow(() -> new InvalidInput("cccd", "no person is registered with CCCD " + form.cccd()))
                : people.bySiCode(form.siCode()).orElseThrow(() -> new InvalidInput("siCode", "no person is registered with SI code " + form.siCode()));
        if (form.cccd() != null && form.siCode() != null && !person.siCode().equals(form.siCode())) {
            throw new InvalidInput("siCode", "does not belong to the person with CCCD " + form.cccd());
        }
        return person;
    }
}
