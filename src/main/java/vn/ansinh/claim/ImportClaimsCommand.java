package vn.ansinh.claim;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Imports a folder or a zip of claim envelopes ({@code --ansinh.claims.import=<path>}), one receipt per file, and
 * prints the count of each receipt code and the refused files. Rerunning it stores nothing twice: files read before
 * are answered DUPLICATE.
 */
@Component
@ConditionalOnProperty("ansinh.claims.import")
class ImportClaimsCommand implements ApplicationRunner {

    private final ReceivingClaims receiving;
    private final Environment environment;
    private final ApplicationContext context;

    ImportClaimsCommand(ReceivingClaims receiving, Environment environment, ApplicationContext context) {
        this.receiving = receiving;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Path path = Path.of(environment.getRequiredProperty("ansinh.claims.import"));
        Map<String, Integer> counts = new TreeMap<>();
        StringBuilder refused = new StringBuilder();
        long start = System.nanoTime();
        java.util.function.Consumer<java.util.List<ClaimReceipt>> answered = receipts -> {
            for (ClaimReceipt receipt : receipts) {
                counts.merge(receipt.code(), 1, Integer::sum);
                if (ClaimReceipt.REFUSED.equals(receipt.code()) && refused.length() < 20_000) {
                    refused.append(String.format("  %s: %s %s%n", receipt.file(), receipt.messages().get(0).code(),
                            receipt.messages().get(0).message()));
                }
            }
        };
        String problem = null;
        // The next chunk is read while the one before is stored (receipts come back on the pipeline's thread).
        try (ReceivingClaims.Pipeline pipeline = receiving.pipeline(null, "import:" + path.getFileName(), null,
                answered)) {
            if (Files.isDirectory(path)) {
                ClaimArchives.readFolder(path, receiving.limits(), pipeline::accept);
            } else {
                try (InputStream in = Files.newInputStream(path)) {
                    problem = ClaimArchives.readZip(in, receiving.limits(), pipeline::accept);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        System.out.printf("%nImported %s: %,d files in %.1f s (%,.0f files/s) %s%n%s%s", path, total, seconds,
                total / seconds, counts, refused, problem == null ? "" : "Batch: " + problem + "\n");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
