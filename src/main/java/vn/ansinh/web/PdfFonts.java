package vn.ansinh.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

import org.springframework.core.io.ClassPathResource;

import com.lowagie.text.pdf.BaseFont;

/**
 * The fonts of every PDF the platform prints. Vietnamese needs glyphs the JDK does not guarantee, so DejaVu Sans
 * (shipped in {@code fonts/}, see the NOTICE there) is embedded, subset to the characters used.
 */
public final class PdfFonts {

    private static final byte[] REGULAR = font("fonts/DejaVuSans.ttf");
    private static final byte[] BOLD = font("fonts/DejaVuSans-Bold.ttf");

    private PdfFonts() {
    }

    public static BaseFont regular() {
        return base("DejaVuSans.ttf", REGULAR);
    }

    public static BaseFont bold() {
        return base("DejaVuSans-Bold.ttf", BOLD);
    }

    /** Text in composed form (NFC), the form the font's Vietnamese glyphs are mapped under; "" for null. */
    public static String vi(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static BaseFont base(String name, byte[] bytes) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + name + " cannot be read", e);
        }
    }

    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the font " + path + " is missing from the classpath", e);
        }
    }
}
