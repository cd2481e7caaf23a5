"""Grid ids of the 100 m grid: `E{floor(x/100)}N{floor(y/100)}` of the lower-left corner (RD New)."""
import numpy as np
import pandas as pd

from .errors import LbmInputError
from .i18n import tr

CELL_SIZE = 100.0


def grid_ids(x, y):
    """Grid ids for lower-left corners (or any point inside the cell), vectorised."""
    ex = np.floor(np.asarray(x, dtype=float) / CELL_SIZE).astype(np.int64)
    ny = np.floor(np.asarray(y, dtype=float) / CELL_SIZE).astype(np.int64)
    return ("E" + pd.Series(ex).astype(str) + "N" + pd.Series(ny).astype(str)).to_numpy(dtype=object)


def grid_corners(ids):
    """Lower-left corners (x, y) in metres of grid ids. Raises LbmInputError naming bad ids."""
    parts = pd.Series(np.asarray(ids, dtype=object), dtype=object).str.extract(r"^E(\d+)N(\d+)$")
    bad = parts[0].isna().to_numpy()
    if bad.any():
        examples = ", ".join(repr(v) for v in np.asarray(ids, dtype=object)[bad][:5])
        raise LbmInputError(
            tr("{bad} grid id(s) are not of the form E<x/100>N<y/100> (like E1213N4879): {examples}").format(bad=int(bad.sum()),
               examples=examples)
        )
    x = parts[0].to_numpy(dtype=np.int64) * CELL_SIZE
    y = parts[1].to_numpy(dtype=np.int64) * CELL_SIZE
    return x, y
