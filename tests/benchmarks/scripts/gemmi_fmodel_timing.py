"""Times gemmi's F_calc by FFT, flat solvent mask and scaling for one model and MTZ.

The baseline for the X-ray benchmarks: run with Debian's python3-gemmi (0.5.7 when written),
    /usr/bin/python3 tests/benchmarks/scripts/gemmi_fmodel_timing.py MODEL.pdb DATA.mtz F_LABEL SIGF_LABEL
Prints: the median wall time in seconds of five runs, and R-work over all reflections for a sanity check.
"""
import statistics
import sys
import time

import gemmi
import numpy


def fmodel_once(model_path, mtz_path, f_label, sigma_label):
    st = gemmi.read_structure(model_path)
    st.setup_entities()
    mtz = gemmi.read_mtz_file(mtz_path)
    fobs = mtz.get_value_sigma(f_label, sigma_label)
    d_min = mtz.resolution_high()

    calculator = gemmi.DensityCalculatorX()
    calculator.d_min = d_min
    calculator.rate = 1.5
    calculator.set_refmac_compatible_blur(st[0])
    calculator.set_grid_cell_and_spacegroup(st)
    calculator.put_model_density_on_grid(st[0])
    fcalc_grid = gemmi.transform_map_to_f_phi(calculator.grid)
    fcalc = fcalc_grid.prepare_asu_data(dmin=d_min, mott_bethe=False, unblur=calculator.blur)

    masker = gemmi.SolventMasker(gemmi.AtomicRadiiSet.Cctbx)
    mask_grid = gemmi.FloatGrid()
    mask_grid.setup_from(st, 0.6)
    masker.put_mask_on_float_grid(mask_grid, st[0])
    fmask = gemmi.transform_map_to_f_phi(mask_grid).prepare_asu_data(dmin=d_min)

    scaling = gemmi.Scaling(st.cell, st.find_spacegroup())
    scaling.use_solvent = True
    scaling.prepare_points(fcalc, fobs, fmask)
    scaling.fit_isotropic_b_approximately()
    scaling.fit_parameters()
    scaling.scale_data(fcalc, fmask)
    return fcalc, fobs


def r_factor(fcalc, fobs):
    calc = {tuple(h): abs(v) for h, v in zip(fcalc.miller_array, fcalc.value_array)}
    num = den = 0.0
    for h, vs in zip(fobs.miller_array, fobs.value_array):
        key = tuple(h)
        if key in calc and not numpy.isnan(vs[0]):
            num += abs(vs[0] - calc[key])
            den += vs[0]
    return num / den


def main():
    model, data, f_label, sigma_label = sys.argv[1:5]
    times = []
    for _ in range(5):
        start = time.perf_counter()
        fcalc, fobs = fmodel_once(model, data, f_label, sigma_label)
        times.append(time.perf_counter() - start)
    print("median_s %.3f  r_all %.4f  gemmi %s" % (statistics.median(times), r_factor(fcalc, fobs), gemmi.__version__))


if __name__ == "__main__":
    main()
