"""Write the X-ray form-factor table read by org.occtensor.xray.scattering.FormFactorTable.

Source: International Tables for Crystallography Vol. C (1992), Table 6.1.1.4: f0(s) =
sum_{i=1..4} a_i exp(-b_i s^2) + c with s = sin(theta)/lambda, valid to s = 2 / angstrom.

Run from the module folder with Debian's python3-gemmi 0.5.7 and python3-cctbx 2022.9:

    /usr/bin/python3 tools/generate_it92.py \
        > src/main/resources/org/occtensor/xray/scattering/it92.tsv

Neutral atoms come from gemmi (gemmi.Element(...).it92). gemmi 0.5.7 exposes no ions to Python,
so ions come from cctbx.eltbx.xray_scattering.it1992, which stores the same table in single
precision; the values are printed with 6 significant digits, as many as the printed table has.
The script fails when the two libraries disagree on a neutral atom.
"""
import sys

import gemmi
from cctbx.eltbx import xray_scattering


def cctbx_coefficients(label):
    fetched = xray_scattering.it1992(label, True).fetch()
    return list(fetched.array_of_a()) + list(fetched.array_of_b()) + [fetched.c()]


def main():
    out = sys.stdout
    out.write("# International Tables Vol. C (1992) Table 6.1.1.4, from gemmi %s (neutral atoms)"
              " and cctbx it1992 (ions), by tools/generate_it92.py\n" % gemmi.__version__)
    out.write("#label\ta1\ta2\ta3\ta4\tb1\tb2\tb3\tb4\tc\n")
    for e in xray_scattering.it1992_iterator():
        label = e.label()
        if label in ("Hiso", "Cval", "Sival"):
            continue  # special entries (isolated H, valence C and Si), not element or ion tables
        coefficients = cctbx_coefficients(label)
        if label.isalpha():
            from_gemmi = list(gemmi.Element(label).it92.get_coefs())
            for g, c in zip(from_gemmi, coefficients):
                if abs(g - c) > 1e-5 * max(1.0, abs(g)):
                    raise SystemExit("gemmi and cctbx differ for %s: %s vs %s" % (label, from_gemmi, coefficients))
            coefficients = from_gemmi
        out.write(label + "\t" + "\t".join("%.6g" % v for v in coefficients) + "\n")


if __name__ == "__main__":
    main()
