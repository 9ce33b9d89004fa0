package vn.ansinh.collection;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Uploaded text files as lines. Strict UTF-8: a file saved in another encoding is refused rather than read with
 * garbled Vietnamese names. A byte-order mark (Excel's "CSV UTF-8") is dropped; any line ending splits lines.
 */
final class TextFiles {

    private TextFiles() {
    }

    /** The file's lines, or empty when it is not UTF-8 text. */
    static Optional<String[]> utf8Lines(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Optional.of(text.split("\r\n|\n|\r", -1));
    }
}
