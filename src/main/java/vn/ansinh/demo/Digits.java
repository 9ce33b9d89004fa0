package vn.ansinh.demo;

/** Zero-padded digits without String.format, which is slow for millions of codes. */
final class Digits {

    private Digits() {
    }

    static void put(char[] target, int offset, long value, int width) {
        for (int i = offset + width - 1; i >= offset; i--) {
            target[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        if (value != 0) {
            throw new IllegalArgumentException("value does not fit in " + width + " digits");
        }
    }

    static String padded(long value, int width) {
        char[] digits = new char[width];
        put(digits, 0, value, width);
        return new String(digits);
    }
}
