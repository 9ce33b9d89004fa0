package vn.ansinh.collection;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import vn.ansinh.area.Area;
import vn.ansinh.area.AreaLevel;
import vn.ansinh.audit.AuditLog;
import vn.ansinh.shared.Conflict;
import vn.ansinh.shared.InvalidInput;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * The HI support provinces add on top of the state budget's share, per group and period (RULES.md §5: "provinces may
 * add more"), as data: seed 002's province adds 30 % for the near-poor, 20 % for farm households of average living
 * standard and pays 70 % for people aged 70-80. The assessment applies the period in force on the first day of the
 * month a paid period is due, for the province of the participant's commune.
 */
@Service
public class ProvinceHiSupports {

    static final String ENTITY = "hi_province_support";

    public record NewSupport(
            @NotBlank(message = "is required: the code of a province") String provinceCode,
            @NotNull(message = "is required") HiSupportGroup group,
            @NotNull(message = "is required, as YYYY-MM-DD") LocalDate validFrom,
            LocalDate validTo,
            @NotNull(message = "is required, in percent of the HI contribution")
            @DecimalMin(value = "0", inclusive = false, message = "must be more than 0")
            @DecimalMax(value = "100", message = "must be at most 100")
            @Digits(integer = 3, fraction = 2, message = "has at most two decimals") BigDecimal percent,
            @NotBlank(message = "is required: the province's decision") String legalReference) {
    }

    private static final String SELECT = """
            select s.id, a.code, s.support_group, s.valid_from, s.valid_to, s.percent, s.legal_reference
            from hi_province_support s join area a on a.id = s.province_id
            """;

    private final JdbcClient jdbc;
    private final CollectionAreas areas;
    private final RateBooks rateBooks;
    private final AuditLog audit;

    ProvinceHiSupports(JdbcClient jdbc, CollectionAreas areas, RateBooks rateBooks, AuditLog audit) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.rateBooks = rateBooks;
        this.audit = audit;
    }

    /**
     * Records a period of support. With the state budget's share in force on {@code validFrom} it may not exceed the
     * whole contribution; should the national share rise later, the assessment tops up to the whole at most.
     */
    @Transactional
    public ProvinceHiSupport record(NewSupport support) {
        Area province = areas.area(support.provinceCode());
        if (province.level() != AreaLevel.PROVINCE) {
            throw new InvalidInput("provinceCode", province.code() + " is a " + province.level() + ", not a province");
        }
        if (support.validTo() != null && support.validTo().isBefore(support.validFrom())) {
            throw new InvalidInput("validTo", "must not be before validFrom " + support.validFrom());
        }
        try {
            new ContributionCalculator(rateBooks.forMonth(YearMonth.from(support.validFrom())))
                    .budgetHi(support.group(), support.percent());
        } catch (InvalidInput e) {
            throw new InvalidInput("percent", e.reason());
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "province-support:" + province.id() + ":" + support.group()).query().listOfRows();
        jdbc.sql(SELECT + """
                         where s.province_id = :province and s.support_group = :group
                           and daterange(s.valid_from, s.valid_to, '[]') && daterange(:from, :to, '[]')
                         limit 1""")
                .param("province", province.id()).param("group", support.group().name())
                .param("from", support.validFrom()).param("to", support.validTo())
                .query(ProvinceHiSupports::support).optional().ifPresent(s -> {
                    throw new Conflict("validFrom", "province " + s.provinceCode() + " already supports " + s.group()
                            + " by " + s.percent().stripTrailingZeros().toPlainString() + " % from " + s.validFrom()
                            + (s.validTo() == null ? " without end" : " to " + s.validTo()));
                });
        long id = jdbc.sql("""
                        insert into hi_province_support (province_id, support_group, valid_from, valid_to, percent,
                                                         legal_reference, recorded_by)
                        values (:province, :group, :from, :to, :percent, :reference, :by) returning id""")
                .param("province", province.id()).param("group", support.group().name())
                .param("from", support.validFrom()).param("to", support.validTo()).param("percent", support.percent())
                .param("reference", support.legalReference().strip())
                .param("by", vn.ansinh.security.Actors.current().name()).query(Long.class).single();
        ProvinceHiSupport after = jdbc.sql(SELECT + " where s.id = :id").param("id", id)
                .query(ProvinceHiSupports::support).single();
        audit.record("RECORD", ENTITY, id, null, after);
        return after;
    }

    /** The periods of one province, or of every province in the actor's area, newest first. */
    @Transactional(readOnly = true)
    public Page<ProvinceHiSupport> list(String provinceCode, PageRequest page) {
        String like = areas.scope(provinceCode).likePattern();
        // A province's periods are recorded on the province itself: its path is the prefix of everything inside.
        String where = " where a.level = 'PROVINCE' and (a.path like :like or :like like a.path || '%')";
        List<ProvinceHiSupport> items = jdbc.sql(SELECT + where
                        + " order by a.code, s.support_group, s.valid_from desc limit :limit offset :offset")
                .param("like", like).param("limit", page.size()).param("offset", page.offset())
                .query(ProvinceHiSupports::support).list();
        long total = jdbc.sql("select count(*) from hi_province_support s join area a on a.id = s.province_id" + where)
                .param("like", like).query(Long.class).single();
        return Page.of(items, page, total);
    }

    private static ProvinceHiSupport support(ResultSet rs, int row) throws SQLException {
        return new ProvinceHiSupport(rs.getLong("id"), rs.getString("code"),
                HiSupportGroup.valueOf(rs.getString("support_group")), rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), rs.getBigDecimal("percent"), rs.getString("legal_reference"));
    }
}
