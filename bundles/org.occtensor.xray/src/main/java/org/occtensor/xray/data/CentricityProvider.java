package org.occtensor.xray.data;

/**
 * Centric flags and epsilon factors of reflections in one space group, as French-Wilson needs them.
 *
 * <p>A reflection h is centric when some operator of the point group maps h to -h. Its epsilon is the
 * number of point-group operators that leave h unchanged (1 for general reflections).
 */
public interface CentricityProvider {

    boolean isCentric(int h, int k, int l);

    int epsilon(int h, int k, int l);
}
