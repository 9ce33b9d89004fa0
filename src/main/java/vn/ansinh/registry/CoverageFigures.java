package vn.ansinh.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.ansinh.area.Area;
import vn.ansinh.area.AreaFigures;
import vn.ansinh.area.AreaStatistic;
import vn.ansinh.area.Areas;
import vn.ansinh.area.CoverageTarget;
import vn.ansinh.security.AreaScope;
import vn.ansinh.shared.Page;
import vn.ansinh.shared.PageRequest;

/**
 * Coverage of an area on a day, from the registry (RULES.md §11): SI participants (compulsory or voluntary) per
 * working-age labour force, HI participants per population, each against the year's target. A participant is a living
 * person whose commune lies in the area and who takes part in the scheme on that day ({@code participation}); the
 * denominators are the area's statistic of the year, or of the latest earlier year that has one.
 */
@Service
@Transactional(readOnly = true)
public class CoverageFigures {

    /** Who is counted: SI (either kind) or HI. */
    public enum Scheme {
        SI("'SI_COMPULSORY', 'SI_VOLUNTARY'"), HI("'HI'");

        private final String schemes;

        Scheme(String schemes) {
            this.schemes = schemes;
        }
    }

    /**
     * One area's coverage on {@code asOf}: participants, denominators (null without a statistic), shares in percent
     * with two decimals rounded half up (null without a denominator) and the year's targets (null when none is set).
     */
    public record Coverage(String areaCode, String areaName, int year, LocalDate asOf, Integer population,
                           Integer labourForce, long siParticipants, long hiParticipants, BigDecimal siPercent,
                           BigDecimal hiPercent, BigDecimal siTarget, BigDecimal hiTarget) {
    }

    /** Someone counted, for the list behind a coverage figure. */
    public record Participant(String siCode, String fullName, LocalDate dateOfBirth, String communeName,
                              String groupCode, LocalDate validFrom, LocalDate validTo) {
    }

    private static final String PARTICIPANTS = """
            from participation pa join person p on p.id = pa.person_id join area c on c.id = p.commune_id
            where p.commune_id in (:areas) and pa.scheme in (%s) and pa.valid_from <= :on
              and (pa.valid_to is null or pa.valid_to >= :on) and (p.date_of_death is null or p.date_of_death > :on)""";

    private final JdbcClient jdbc;
    private final Areas areas;
    private final AreaFigures figures;

    CoverageFigures(JdbcClient jdbc, Areas areas, AreaFigures figures) {
        this.jdbc = jdbc;
        this.areas = areas;
        this.figures = figures;
    }

    /** The area's coverage for the year on {@code asOf}. */
    public Coverage ofArea(Area area, int year, LocalDate asOf) {
        long[] counts = counts(area.path(), asOf);
        return coverage(area, year, asOf, counts[0], counts[1]);
    }

    /** The coverage of each area one level down, in code order. */
    public List<Coverage> ofChildren(Area area, int year, LocalDate asOf) {
        Map<String, long[]> byChild = new java.util.HashMap<>();
        jdbc.sql("""
                        select split_part(substr(c.path, length(:parent) + 1), '/', 1) as child,
                               count(distinct pa.person_id) filter (where pa.scheme in (%s)) as si,
                               count(distinct pa.person_id) filter (where pa.scheme in (%s)) as hi
                        from participation pa join person p on p.id = pa.person_id join area c on c.id = p.commune_id
                        where p.commune_id in (:areas) and c.path <> :parent and pa.valid_from <= :on
                          and (pa.valid_to is null or pa.valid_to >= :on)
                          and (p.date_of_death is null or p.date_of_death > :on)
                        group by 1""".formatted(Scheme.SI.schemes, Scheme.HI.schemes))
                .param("parent", area.path()).param("areas", areaIds(area.path()))
                .param("on", asOf)
                .query(rs -> {
                    byChild.put(rs.getString("child"), new long[] {rs.getLong("si"), rs.getLong("hi")});
                });
        List<Coverage> children = new ArrayList<>();
        for (Area child : areas.children(area.id())) {
            long[] counts = byChild.getOrDefault(child.code(), new long[2]);
            children.add(coverage(child, year, asOf, counts[0], counts[1]));
        }
        return children;
    }

    /**
     * The area's coverage at the end of each year from {@code fromYear} on, ending with {@code current} (the area's
     * {@link #ofArea} of the year asked for).
     */
    public List<Coverage> trend(Area area, int fromYear, Coverage current) {
        List<Coverage> points = new ArrayList<>();
        for (int y = fromYear; y < current.year(); y++) {
            LocalDate on = LocalDate.of(y, 12, 31);
            long[] counts = pastCounts(area.path(), on);
            points.add(coverage(area, y, on, counts[0], counts[1], true));
        }
        points.add(coverage(area, current.year(), current.asOf(), current.siParticipants(), current.hiParticipants(),
                true));
        return points;
    }

    /** The people counted in a coverage figure, by SI code. */
    public Page<Participant> participants(Area area, Scheme scheme, LocalDate on, PageRequest page) {
        List<Long> scope = areaIds(area.path());
        List<Participant> items = jdbc.sql("""
                        select distinct on (p.si_code) p.si_code, p.full_name, p.date_of_birth, c.name as commune,
                               pa.group_code, pa.valid_from, pa.valid_to
                        """ + PARTICIPANTS.formatted(scheme.schemes) + """
                         order by p.si_code, pa.valid_from desc limit :limit offset :offset""")
                .param("areas", scope).param("on", on).param("limit", page.size()).param("offset", page.offset())
                .query((rs, i) -> new Participant(rs.getString("si_code"), rs.getString("full_name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("commune"),
                        rs.getString("group_code"), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list();
        long total = jdbc.sql("select count(distinct pa.person_id) " + PARTICIPANTS.formatted(scheme.schemes))
                .param("areas", scope).param("on", on).query(Long.class).single();
        return Page.of(items, page, total);
    }

    /**
     * Counts at a past year's end barely change (a late registration may still add someone), and counting a province
     * takes about a second per day, so the trend keeps them for a few minutes; the asked day is always counted afresh.
     */
    private static final Duration REMEMBERED = Duration.ofMinutes(10);
    private final Map<String, Remembered> pastCounts = new ConcurrentHashMap<>();

    private record Remembered(long[] counts, Instant at) {
    }

    private long[] pastCounts(String path, LocalDate on) {
        String key = path + "@" + on;
        Remembered known = pastCounts.get(key);
        if (known != null && known.at().plus(REMEMBERED).isAfter(Instant.now())) {
            return known.counts();
        }
        long[] counts = counts(path, on);
        pastCounts.put(key, new Remembered(counts, Instant.now()));
        return counts;
    }

    /**
     * The areas inside the path, as ids: with the ids written out the planner knows how many people it will meet and
     * joins by hashing instead of a look-up per person.
     */
    private List<Long> areaIds(String path) {
        return jdbc.sql("select id from area where path like :scope")
                .param("scope", new AreaScope(path).likePattern()).query(Long.class).list();
    }

    private long[] counts(String path, LocalDate on) {
        return jdbc.sql("""
                        select count(distinct pa.person_id) filter (where pa.scheme in (%s)) as si,
                               count(distinct pa.person_id) filter (where pa.scheme in (%s)) as hi
                        """.formatted(Scheme.SI.schemes, Scheme.HI.schemes)
                        + PARTICIPANTS.formatted(Scheme.SI.schemes + ", " + Scheme.HI.schemes))
                .param("areas", areaIds(path)).param("on", on)
                .query((rs, i) -> new long[] {rs.getLong("si"), rs.getLong("hi")}).single();
    }

    private Coverage coverage(Area area, int year, LocalDate asOf, long si, long hi) {
        return coverage(area, year, asOf, si, hi, false);
    }

    /** With {@code exactYear} only the year's own statistic counts (a trend point without one has no share). */
    private Coverage coverage(Area area, int year, LocalDate asOf, long si, long hi, boolean exactYear) {
        Optional<AreaStatistic> stat = figures.statistics(area.code()).stream()
                .filter(s -> exactYear ? s.year() == year : s.year() <= year)
                .reduce((a, b) -> b);
        Optional<CoverageTarget> target = figures.target(area.code(), year);
        Integer population = stat.map(AreaStatistic::population).orElse(null);
        Integer labour = stat.map(AreaStatistic::labourForce).orElse(null);
        return new Coverage(area.code(), area.name(), year, asOf, population, labour, si, hi, percent(si, labour),
                percent(hi, population), target.map(CoverageTarget::siLabourShare).orElse(null),
                target.map(CoverageTarget::hiPopulationShare).orElse(null));
    }

    /** part / whole in percent, two decimals, half up; null without a whole. */
    static BigDecimal percent(long part, Integer whole) {
        if (whole == null || whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
