#!/usr/bin/env python3
"""Runs an exported XMILE model with PySD (an independent engine) and prints x values as CSV.

Usage: python3 tests/xmile/pysd_check.py MODEL.xmile HORIZON_MONTHS NAME [NAME ...]

Prints one header line `month,NAME,...` and one line per month 0..HORIZON with the values PySD computes
(`repr` of the float, so nothing is lost). Exit code 3 with a message when PySD is not installed.
"""

import os
import shutil
import sys
import tempfile
import warnings

try:
    import pysd
except ImportError:
    sys.stderr.write("PySD ontbreekt: installeer het met `pip install pysd`.\n")
    sys.exit(3)


def main() -> int:
    if len(sys.argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    model_path, horizon, names = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
    # PySD writes the translated Python model next to the XMILE file: work on a copy in a temporary directory.
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "model.xmile")
        shutil.copyfile(model_path, copy)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            model = pysd.read_xmile(copy)
            result = model.run(
                return_timestamps=list(range(horizon + 1)),
                return_columns=names,
                progress=False,
            )
    times = list(result.index)
    if len(times) != horizon + 1 or any(abs(t - m) > 1e-9 for m, t in enumerate(times)):
        sys.stderr.write(f"PySD gaf de tijden {times}, verwacht 0..{horizon}\n")
        return 1
    print(",".join(["month"] + names))
    for month, (_, row) in enumerate(result.iterrows()):
        print(",".join([str(month)] + [repr(float(row[n])) for n in names]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
