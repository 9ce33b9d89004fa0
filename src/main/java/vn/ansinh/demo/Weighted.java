package vn.ansinh.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/** A list of choices with relative weights, drawn by binary search over the cumulative weights. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, double[] weights) {
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i] < 0) {
                throw new IllegalArgumentException("negative weight for " + items.get(i));
            }
            sum += weights[i];
            cumulative[i] = sum;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights must not all be zero");
        }
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Equal weights. */
    static <T> Weighted<T> uniform(List<T> items) {
        double[] weights = new double[items.size()];
        Arrays.fill(weights, 1);
        return new Weighted<>(items, weights);
    }

    T pick(SplittableRandom random) {
        return items.get(index(random));
    }

    int index(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        i = i >= 0 ? i + 1 : -i - 1;
        return Math.min(i, cumulative.length - 1);
    }

    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            items.add(item);
            weights.add(weight);
            return this;
        }

        Weighted<T> build() {
            return new Weighted<>(items, weights.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }
}
