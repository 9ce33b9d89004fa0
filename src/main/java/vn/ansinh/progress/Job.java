package vn.ansinh.progress;

/**
 * One running job, held by the work that does it. {@link #advance} is cheap to call per row: it writes only when the
 * job has moved by another percent (or every step of a job of up to 100 steps).
 */
public final class Job {

    private final Progress progress;
    private final long id;
    private long total;
    private long done;
    private long written;
    private boolean ended;

    Job(Progress progress, long id, long total) {
        this.progress = progress;
        this.id = id;
        this.total = total;
    }

    public long id() {
        return id;
    }

    public long done() {
        return done;
    }

    /** Sets the number of steps once the work knows it (e.g. after reading a file). */
    public synchronized Job total(long steps) {
        total = Math.max(0, steps);
        progress.setTotal(id, total);
        return this;
    }

    public synchronized void advance(long steps) {
        done += steps;
        long step = Math.max(1, total / 100);
        if (done - written >= step) {
            written = done;
            progress.record(id, done);
        }
    }

    /** Ends the job; {@code link} (may be null) is where its result is shown, e.g. an import's receipt. */
    public synchronized void finish(String outcome, String link) {
        if (!ended) {
            ended = true;
            progress.end(id, "FINISHED", Math.max(done, total), outcome, link);
        }
    }

    public synchronized void fail(String reason) {
        if (!ended) {
            ended = true;
            progress.end(id, "FAILED", done, reason, null);
        }
    }
}
