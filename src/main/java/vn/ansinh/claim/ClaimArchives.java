package vn.ansinh.claim;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads envelopes from a zip or a folder in chunks, each entry bounded in size (a zip bomb yields refused entries,
 * not an exhausted memory) and the number of entries bounded.
 */
final class ClaimArchives {

    private ClaimArchives() {
    }

    /** Streams the zip's files to the consumer, {@code chunk} at a time; returns a problem text or null. */
    static String readZip(InputStream in, IntakeLimits limits, Consumer<List<ReceivingClaims.IncomingFile>> consumer) {
        List<ReceivingClaims.IncomingFile> chunk = new ArrayList<>(limits.chunkFiles());
        int count = 0;
        String problem = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (++count > limits.maxBatchFiles()) {
                    problem = "more than " + limits.maxBatchFiles() + " files; the rest were not read";
                    break;
                }
                chunk.add(bounded(entry.getName(), zip, limits.maxEnvelopeBytes()));
                if (chunk.size() == limits.chunkFiles()) {
                    consumer.accept(chunk);
                    chunk = new ArrayList<>(limits.chunkFiles());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            problem = "the zip cannot be read further: " + e.getMessage();
        }
        if (!chunk.isEmpty()) {
            consumer.accept(chunk);
        }
        return problem;
    }

    /** Streams a folder's files (sorted by name, so a rerun meets them in the same order). */
    static void readFolder(Path folder, IntakeLimits limits, Consumer<List<ReceivingClaims.IncomingFile>> consumer)
            throws IOException {
        List<Path> paths;
        try (Stream<Path> list = Files.list(folder)) {
            paths = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<ReceivingClaims.IncomingFile> chunk = new ArrayList<>(limits.chunkFiles());
        for (Path path : paths) {
            try (InputStream in = Files.newInputStream(path)) {
                chunk.add(bounded(path.getFileName().toString(), in, limits.maxEnvelopeBytes()));
            }
            if (chunk.size() == limits.chunkFiles()) {
                consumer.accept(chunk);
                chunk = new ArrayList<>(limits.chunkFiles());
            }
        }
        if (!chunk.isEmpty()) {
            consumer.accept(chunk);
        }
    }

    /** Reads at most max bytes; a larger file is kept truncated and refused. */
    static ReceivingClaims.IncomingFile bounded(String name, InputStream in, int max) throws IOException {
        byte[] content = in.readNBytes(max + 1);
        if (content.length > max) {
            byte[] kept = java.util.Arrays.copyOf(content, max);
            return new ReceivingClaims.IncomingFile(name, kept,
                    "larger than " + max + " bytes; only the first " + max + " bytes are kept");
        }
        return ReceivingClaims.IncomingFile.of(name, content);
    }
}
