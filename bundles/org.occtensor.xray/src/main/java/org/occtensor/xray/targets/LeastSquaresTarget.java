package org.occtensor.xray.targets;

import java.util.Arrays;

/**
 * Least squares on amplitudes with unit weights, normalised by the data:
 * T = sum_work (F_obs - |F_model|)^2 / sum_work F_obs^2. The scale is part of F_model and held fixed.
 */
public final class LeastSquaresTarget implements AmplitudeTarget {

    private final TargetData data;
    private final double normalisation;

    public LeastSquaresTarget(TargetData data) {
        this.data = data;
        double sum = 0.0;
        for (int r = 0; r < data.size(); r++) {
            if (data.work()[r]) {
                sum += data.fobs()[r] * data.fobs()[r];
            }
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("no work reflection with a positive amplitude");
        }
        this.normalisation = sum;
    }

    @Override
    public String name() {
        return "ls";
    }

    @Override
    public double evaluate(double[] amplitude, double[] gradient) {
        Arrays.fill(gradient, 0, data.size(), 0.0);
        double sum = 0.0;
        for (int r = 0; r < data.size(); r++) {
            if (data.work()[r]) {
                double difference = data.fobs()[r] - amplitude[r];
                sum += difference * difference;
                gradient[r] = -2.0 * difference / normalisation;
            }
        }
        return sum / normalisation;
    }
}
