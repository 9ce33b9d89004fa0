package vn.ansinh.collection;

import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A person's contribution history month by month (the SI book): employer, salary, the contributions to each fund and
 * whether the employer has paid that month. The basis for benefits and the citizen's own view.
 */
@Service
public class SiBook {

    public enum Status {
        /** The employer's dues for the month are fully paid. */
        PAID,
        /** Something of the employer's dues for the month is still owed. */
        OWED
    }

    public record Month(YearMonth month, String employerUnitCode, String employerName, long salary, long siBase,
                        long uiBase, long retirement, long sicknessMaternity, long occupationalAccident,
                        long unemployment, long health, long employeeShare, long employerShare, Status status) {
    }

    private final JdbcClient jdbc;

    SiBook(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The months with contributions of the person with this id, oldest first; corrections are folded in. */
    public List<Month> of(long personId) {
        return jdbc.sql("""
                        select c.month, er.unit_code, er.name,
                               (array_agg(c.salary order by c.run_id desc))[1] as salary,
                               sum(c.si_base) as si_base, sum(c.ui_base) as ui_base,
                               sum(c.retirement_er + c.retirement_ee) as retirement, sum(c.sickness_er) as sickness,
                               sum(c.accident_er) as accident, sum(c.unemployment_er + c.unemployment_ee) as unemployment,
                               sum(c.health_er + c.health_ee) as health,
                               sum(c.retirement_ee + c.unemployment_ee + c.health_ee) as employee_share,
                               sum(c.retirement_er + c.sickness_er + c.accident_er + c.unemployment_er + c.health_er)
                                   as employer_share,
                               coalesce((select sum(p.amount) from ledger_posting p
                                          where p.payer_kind = 'EMPLOYER' and p.payer_code = er.unit_code
                                            and p.account = 'RECEIVABLE' and p.period = c.month), 0) as owed
                        from contribution c join employer er on er.id = c.employer_id
                        where c.person_id = :person
                        group by c.month, c.employer_id, er.unit_code, er.name
                        having sum(c.si_base) + sum(c.ui_base) <> 0
                        order by c.month, er.unit_code""")
                .param("person", personId)
                .query((rs, i) -> new Month(YearMonth.from(rs.getDate("month").toLocalDate()), rs.getString("unit_code"),
                        rs.getString("name"), rs.getLong("salary"), rs.getLong("si_base"), rs.getLong("ui_base"),
                        rs.getLong("retirement"), rs.getLong("sickness"), rs.getLong("accident"),
                        rs.getLong("unemployment"), rs.getLong("health"), rs.getLong("employee_share"),
                        rs.getLong("employer_share"), rs.getLong("owed") > 0 ? Status.OWED : Status.PAID))
                .list();
    }
}
