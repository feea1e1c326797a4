"""Write the van der Waals radii read by org.occtensor.xray.solvent.VdwRadii.

Run from the module folder with Debian's python3-cctbx 2022.9:

    /usr/bin/python3 tools/generate_vdw_radii.py \
        > src/main/resources/org/occtensor/xray/solvent/vdw_radii.tsv

The values are cctbx.eltbx.van_der_waals_radii, the table cctbx's bulk-solvent mask uses. Its source
comments cite Fokine et al. (2003), J. Appl. Cryst. 36, 352-355, for C, N, O, S and P, and Bondi
(1964), J. Phys. Chem. 68, 441, for most other elements.
"""
import sys

from cctbx.eltbx import van_der_waals_radii


def main():
    out = sys.stdout
    out.write("# van der Waals radii in angstrom from cctbx.eltbx.van_der_waals_radii,"
              " by tools/generate_vdw_radii.py\n")
    out.write("#element\tradius\n")
    for element, radius in van_der_waals_radii.vdw.table.items():
        out.write("%s\t%.4g\n" % (element, radius))


if __name__ == "__main__":
    main()
