package vn.ansinh.claim;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on what intake reads, so that no file can exhaust memory or time (properties {@code ansinh.claims.intake.*}).
 *
 * @param maxEnvelopeBytes   size of one envelope file
 * @param maxTableBytes      size of one decoded inner table
 * @param maxLines           drug, service and supply lines of one encounter together
 * @param maxFieldChars      characters of any one element's text (the standard's own limits are checked later,
 *                           field by field, as validation errors)
 * @param maxBatchFiles      envelopes in one zip
 * @param chunkFiles         files read and stored together in one transaction by the bulk path
 */
@ConfigurationProperties("ansinh.claims.intake")
record IntakeLimits(Integer maxEnvelopeBytes, Integer maxTableBytes, Integer maxLines, Integer maxFieldChars,
                    Integer maxBatchFiles, Integer chunkFiles) {

    IntakeLimits {
        maxEnvelopeBytes = maxEnvelopeBytes == null ? 8 << 20 : maxEnvelopeBytes;
        maxTableBytes = maxTableBytes == null ? 4 << 20 : maxTableBytes;
        maxLines = maxLines == null ? 5_000 : maxLines;
        maxFieldChars = maxFieldChars == null ? 4_096 : maxFieldChars;
        maxBatchFiles = maxBatchFiles == null ? 200_000 : maxBatchFiles;
        chunkFiles = chunkFiles == null ? 1_000 : chunkFiles;
    }

    static IntakeLimits defaults() {
        return new IntakeLimits(null, null, null, null, null, null);
    }
}
