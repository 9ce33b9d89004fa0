package vn.ansinh.claim;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Writes N synthetic claim envelopes for the card holders and facilities in the database into a folder or a zip, with
 * a manifest CSV beside them (see docs/commands.md):
 * {@code --ansinh.claims.generate=N --ansinh.claims.out=<folder|x.zip> --ansinh.claims.error-rate=0.05
 * --ansinh.claims.seed=2024}.
 */
@Component
@ConditionalOnProperty("ansinh.claims.generate")
class GenerateClaimsCommand implements ApplicationRunner {

    private final ClaimGeneratorSource source;
    private final Environment environment;
    private final ApplicationContext context;

    GenerateClaimsCommand(ClaimGeneratorSource source, Environment environment, ApplicationContext context) {
        this.source = source;
        this.environment = environment;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        int n = environment.getRequiredProperty("ansinh.claims.generate", Integer.class);
        Path out = Path.of(environment.getProperty("ansinh.claims.out", "claims-out"));
        double rate = environment.getProperty("ansinh.claims.error-rate", Double.class, 0.05);
        long seed = environment.getProperty("ansinh.claims.seed", Long.class, 2024L);
        LocalDate from = environment.getProperty("ansinh.claims.from", LocalDate.class, LocalDate.of(2025, 1, 1));
        LocalDate to = environment.getProperty("ansinh.claims.to", LocalDate.class, LocalDate.of(2025, 6, 30));
        long start = System.nanoTime();
        int written = write(source.generator(seed, 1_000_000, rate, from, to), n, out);
        System.out.printf("%n%,d claim files written to %s (manifest %s) in %.1f s%n", written, out, manifest(out),
                (System.nanoTime() - start) / 1e9);
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    static Path manifest(Path out) {
        return out.resolveSibling(out.getFileName() + ".manifest.csv");
    }

    /** Writes at least n claims (companions of some errors add one); returns the number of files. */
    static int write(ClaimGenerator generator, int n, Path out) throws IOException {
        boolean zip = out.getFileName().toString().endsWith(".zip");
        if (!zip) {
            Files.createDirectories(out);
        } else if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        int files = 0;
        try (BufferedWriter manifest = Files.newBufferedWriter(manifest(out), StandardCharsets.UTF_8);
             ZipOutputStream zipOut = zip ? new ZipOutputStream(Files.newOutputStream(out)) : null) {
            manifest.write("file,facility,encounter_key,injected_error,expected_outcome,expected_code,expected_table,"
                    + "expected_line,expected_field,expected_amount\n");
            while (files < n) {
                for (ClaimGenerator.Generated generated : generator.next()) {
                    String name = String.format("claim-%09d.xml", ++files);
                    byte[] bytes = ClaimXmlWriter.write(generated.claim());
                    if (zip) {
                        zipOut.putNextEntry(new ZipEntry(name));
                        zipOut.write(bytes);
                        zipOut.closeEntry();
                    } else {
                        try (OutputStream file = Files.newOutputStream(out.resolve(name))) {
                            file.write(bytes);
                        }
                    }
                    InjectedError error = generated.error();
                    String outcome = switch (error.stage()) {
                        case NONE -> "ACCEPTED";
                        case INTAKE -> "INVALID";
                        case APPRAISAL -> "APPRAISAL";
                    };
                    manifest.write(String.join(",", name, generated.claim().facilityCode(),
                            generated.claim().encounterKey(), error.name(), outcome, nullToEmpty(generated.expectedCode()),
                            nullToEmpty(generated.expectedTable()),
                            generated.expectedLine() == null ? "" : generated.expectedLine().toString(),
                            nullToEmpty(generated.expectedField()),
                            generated.expectedAmount() == null ? "" : generated.expectedAmount().toPlainString()));
                    manifest.write('\n');
                }
            }
        }
        return files;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
