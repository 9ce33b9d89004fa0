package vn.ansinh.demo;

/**
 * A keyed one-to-one shuffle of {@code [0, n)}: a four-round Feistel network over the smallest even number of bits
 * that holds n, walking the cycle until the value falls back into range. Numbering people 0, 1, 2... and passing the
 * number through it gives identifiers that look random yet can never repeat, with no set of used numbers to keep in
 * memory. A tweak selects one of many such shuffles with the same key.
 */
final class CodePermutation {

    private final long size;
    private final int halfBits;
    private final long mask;
    private final long[] roundKeys = new long[4];

    CodePermutation(long size, long key) {
        if (size < 2) {
            throw new IllegalArgumentException("size must be at least 2");
        }
        this.size = size;
        int bits = 64 - Long.numberOfLeadingZeros(size - 1);
        this.halfBits = (bits + 1) / 2;
        this.mask = (1L << halfBits) - 1;
        long k = key;
        for (int i = 0; i < roundKeys.length; i++) {
            k = mix(k + 0x9E3779B97F4A7C15L);
            roundKeys[i] = k;
        }
    }

    long apply(long value) {
        return apply(value, 0);
    }

    long apply(long value, long tweak) {
        if (value < 0 || value >= size) {
            throw new IllegalArgumentException(value + " is outside [0, " + size + ")");
        }
        long x = value;
        do {
            x = encrypt(x, tweak);
        } while (x >= size);
        return x;
    }

    private long encrypt(long x, long tweak) {
        long left = x >>> halfBits;
        long right = x & mask;
        for (long roundKey : roundKeys) {
            long next = (left ^ mix(right ^ roundKey ^ tweak)) & mask;
            left = right;
            right = next;
        }
        return (left << halfBits) | right;
    }

    /** SplitMix64's finaliser: a fast, well-spread 64-bit hash. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
