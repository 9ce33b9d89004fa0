package vn.ansinh.progress;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.ansinh.security.Actor;
import vn.ansinh.security.Actors;
import vn.ansinh.shared.NotFound;

/**
 * Records how far long work has got. Every write commits on its own (a new transaction), so the progress shows while
 * the work's own transaction is still open, and a job whose work rolled back still says how it ended.
 * <pre>
 * Job job = progress.start("PAYMENT_IMPORT", "bank-2026-10.csv", rows);
 * ... job.advance(1) per row ...
 * job.finish("42 rows booked", "/payments/imports/17");   // or job.fail(reason)
 * </pre>
 */
@Service
public class Progress {

    private final JdbcClient jdbc;
    private final TransactionTemplate separately;

    Progress(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactionManager);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A new running job of {@code total} steps (0 when the size is not known yet), started by the current actor. */
    public Job start(String kind, String label, long total) {
        Actor actor = Actors.current();
        long id = separately.execute(tx -> jdbc.sql("""
                        insert into job_progress (kind, label, started_by, area_path, total)
                        values (:kind, :label, :by, :path, :total) returning id""")
                .param("kind", kind).param("label", label).param("by", actor.name())
                .param("path", actor.scope().path()).param("total", Math.max(0, total))
                .query(Long.class).single());
        return new Job(this, id, Math.max(0, total));
    }

    /**
     * Who sees a job: whoever started it, staff whose area contains the starter's, and everyone for the platform's
     * own batches (started by no one, office-wide, naming only a month or a date).
     */
    private static final String VISIBLE = "(started_by = :by or area_path like :scope or started_by = :platform)";

    /** The job, if the actor may see it. */
    public Optional<JobView> find(long id) {
        Actor actor = Actors.current();
        return jdbc.sql(SELECT + " where id = :id and " + VISIBLE)
                .param("id", id).param("by", actor.name()).param("scope", actor.scope().likePattern())
                .param("platform", Actors.SYSTEM.name())
                .query(JobView.class).optional();
    }

    public JobView get(long id) {
        return find(id).orElseThrow(() -> new NotFound("Job", id));
    }

    /** The latest jobs the actor may see, running ones first, newest first. */
    public List<JobView> recent(int limit) {
        Actor actor = Actors.current();
        return jdbc.sql(SELECT + " " + """
                         where %s
                         order by status <> 'RUNNING', started_at desc, id desc limit :limit""".formatted(VISIBLE))
                .param("by", actor.name()).param("scope", actor.scope().likePattern())
                .param("platform", Actors.SYSTEM.name()).param("limit", limit)
                .query(JobView.class).list();
    }

    private static final String SELECT = """
            select id, kind, label, started_by, total, done, status, outcome, result_link, started_at, updated_at,
                   finished_at from job_progress""";

    /** A job as screens show it; {@code percent} is done / total, 0 to 100 (100 once finished). */
    public record JobView(long id, String kind, String label, String startedBy, long total, long done, String status,
                          String outcome, String resultLink, OffsetDateTime startedAt, OffsetDateTime updatedAt,
                          OffsetDateTime finishedAt) {

        public int percent() {
            if ("FINISHED".equals(status)) {
                return 100;
            }
            return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return "RUNNING".equals(status);
        }
    }

    void setTotal(long id, long total) {
        separately.executeWithoutResult(tx -> jdbc.sql(
                        "update job_progress set total = :total, updated_at = now() where id = :id")
                .param("id", id).param("total", total).update());
    }

    void record(long id, long done) {
        separately.executeWithoutResult(tx -> jdbc.sql("""
                        update job_progress set done = greatest(done, :done), updated_at = now()
                        where id = :id and status = 'RUNNING'""")
                .param("id", id).param("done", done).update());
    }

    void end(long id, String status, long done, String outcome, String link) {
        separately.executeWithoutResult(tx -> jdbc.sql("""
                        update job_progress set status = :status, done = greatest(done, :done), outcome = :outcome,
                               result_link = :link, updated_at = now(), finished_at = now()
                        where id = :id and status = 'RUNNING'""")
                .param("id", id).param("status", status).param("done", done).param("outcome", outcome)
                .param("link", link).update());
    }
}
