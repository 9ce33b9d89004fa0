package vn.ansinh.demo;

import java.sql.SQLException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Streams a generated province into PostgreSQL: a generator thread builds and encodes chunks while the calling thread
 * (which holds the transaction) copies the previous ones, so on two cores generation and COPY overlap. At most a few
 * chunks wait in between, which keeps memory flat however big the province.
 */
final class CopyPipeline {

    private static final int CHUNKS_IN_FLIGHT = 3;

    /** Told after each chunk is copied: people so far. Tests use it to fail a load halfway. */
    @FunctionalInterface
    interface Progress {
        void copied(long people, long rows) throws Exception;
    }

    private final long[] rows = new long[Table.values().length];
    private final long[] copyNanos = new long[Table.values().length];

    long rows(Table table) {
        return rows[table.ordinal()];
    }

    double copySeconds(Table table) {
        return copyNanos[table.ordinal()] / 1e9;
    }

    GenerationSummary run(SyntheticProvince province, IdBases bases, CopyManager copy, Progress progress)
            throws Exception {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
        Thread generator = new Thread(() -> {
            Object outcome;
            try {
                outcome = province.generate(bases, chunk -> {
                    chunk.encode();
                    queue.put(chunk);
                });
            } catch (InterruptedException e) {
                return; // the loader gave up
            } catch (Throwable e) {
                outcome = e;
            }
            try {
                queue.put(outcome);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "province-generator");
        generator.setDaemon(true);
        generator.start();
        try {
            long people = 0;
            long total = 0;
            while (true) {
                Object next = queue.take();
                if (next instanceof Chunk chunk) {
                    total += copy(copy, chunk);
                    people += chunk.people();
                    progress.copied(people, total);
                } else if (next instanceof GenerationSummary summary) {
                    return summary;
                } else if (next instanceof Exception e) {
                    throw e;
                } else {
                    throw new IllegalStateException("province generation failed", (Throwable) next);
                }
            }
        } finally {
            generator.interrupt();
            generator.join(10_000);
        }
    }

    private long copy(CopyManager copy, Chunk chunk) throws SQLException {
        long copied = 0;
        for (Table table : Table.values()) {
            if (chunk.count(table) == 0) {
                continue;
            }
            byte[] bytes = chunk.bytes(table);
            long start = System.nanoTime();
            CopyIn in = copy.copyIn(table.copySql());
            try {
                in.writeToCopy(bytes, 0, bytes.length);
                copied += in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            copyNanos[table.ordinal()] += System.nanoTime() - start;
            rows[table.ordinal()] += chunk.count(table);
        }
        return copied;
    }
}
