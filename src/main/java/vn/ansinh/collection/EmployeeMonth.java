package vn.ansinh.collection;

/**
 * One employee's contribution month: the monthly SI salary in whole VND, the wage region (1..4) of the employer's
 * commune, whether the worker is foreign, whether the employer is approved for the reduced occupational accident
 * rate, and the unpaid working days of the month. Days of maternity leave count as paid: they are not unpaid days.
 */
public record EmployeeMonth(long salary, int wageRegion, boolean foreignWorker, boolean reducedAccidentRate,
                            int unpaidDays) {

    /** A Vietnamese worker, standard accident rate, no unpaid day. */
    public static EmployeeMonth of(long salary, int wageRegion) {
        return new EmployeeMonth(salary, wageRegion, false, false, 0);
    }
}
