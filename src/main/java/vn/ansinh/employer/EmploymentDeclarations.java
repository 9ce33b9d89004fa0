package vn.ansinh.employer;

import java.time.LocalDate;

import org.springframework.stereotype.Service;

import vn.ansinh.parameter.NotInForce;

/**
 * Hire, leave and salary-change declarations as other modules receive them (collection takes employers' declarations
 * by API and in the office's labour-change list). They go through the same use case, scope and checks as an officer's
 * form; a refusal is an {@code InvalidInput} or {@code Conflict} naming the form's field: {@code cccd},
 * {@code startDate}, {@code endDate}, {@code validFrom} or {@code monthlySalary}.
 */
@Service
public class EmploymentDeclarations {

    private final DeclaringEmployment declaring;
    private final SalaryPolicy salaries;

    EmploymentDeclarations(DeclaringEmployment declaring, SalaryPolicy salaries) {
        this.declaring = declaring;
        this.salaries = salaries;
    }

    /**
     * A monthly SI salary starting on a date, measured against the regional minimum wage of the wage region (below is
     * refused) and the SI ceiling (above is allowed; contributions are assessed on the ceiling). {@code note} says
     * why a salary is outside the bounds.
     */
    public record SalaryCheck(long amount, LocalDate on, long floor, long siCeiling, boolean belowFloor,
                              boolean aboveSiCeiling, String note) {
    }

    /** Measures without refusing, so a caller checking many rows can report each one; {@link NotInForce} without bounds. */
    public SalaryCheck checkSalary(long amount, int wageRegion, LocalDate on) {
        SalaryAssessment a = salaries.assess(amount, wageRegion, on);
        return new SalaryCheck(a.amount(), a.on(), a.floor(), a.siCeiling(), a.belowFloor(), a.aboveSiCeiling(), a.note());
    }

    /** Hires the person with this CCCD from the date at the salary (a Vietnamese worker: foreigners have no CCCD). */
    public long hire(String unitCode, String cccd, LocalDate start, long monthlySalary) {
        return declaring.hire(unitCode, new EmploymentForms.Hire(cccd, null, start, null, null, monthlySalary))
                .employment().id();
    }

    /** Ends the employment on the date (its last day). */
    public void leave(String unitCode, long employmentId, LocalDate end) {
        declaring.leave(unitCode, employmentId, new EmploymentForms.Leave(end));
    }

    /** A new monthly SI salary from the date, within the employment. */
    public void changeSalary(String unitCode, long employmentId, LocalDate from, long monthlySalary) {
        declaring.changeSalary(unitCode, employmentId, new EmploymentForms.SalaryChange(from, monthlySalary));
    }
}
