"""Who neighbours whom: 100 m grid cells by their ids, or any units from a list of touching pairs.

Neighbours are kept as symmetric pairs (i, j) of unit indices, i != j; numpy throughout (400,000 cells take
well under a second).
"""
import numpy as np
import pandas as pd

from .errors import LbmInputError
from .gridcodes import grid_corners
from .i18n import tr

OFFSETS = {4: ((1, 0), (0, 1)), 8: ((1, 0), (0, 1), (1, 1), (1, -1))}


def grid_pairs(grid_ids, connectivity=8):
    """Symmetric neighbour pairs of grid cells (4: edges; 8: edges and corners)."""
    if connectivity not in OFFSETS:
        raise LbmInputError(tr("connectivity must be 4 or 8"))
    x, y = grid_corners(grid_ids)
    ix, iy = (x // 100).astype(np.int64), (y // 100).astype(np.int64)
    key = ix * 10_000_000 + iy
    order = np.argsort(key)
    sorted_keys = key[order]
    if len(sorted_keys) > 1 and (np.diff(sorted_keys) == 0).any():
        raise LbmInputError(tr("the layer has duplicate grid cells"))
    pairs = []
    for dx, dy in OFFSETS[connectivity]:
        target = (ix + dx) * 10_000_000 + (iy + dy)
        pos = np.searchsorted(sorted_keys, target)
        pos = np.minimum(pos, len(sorted_keys) - 1)
        hit = sorted_keys[pos] == target
        pairs.append(np.column_stack([np.flatnonzero(hit), order[pos[hit]]]))
    one_way = np.concatenate(pairs)  # each neighbour pair once: no need for a unique
    return np.concatenate([one_way, one_way[:, ::-1]])


def symmetric(pairs):
    pairs = np.asarray(pairs, dtype=np.int64).reshape(-1, 2)
    pairs = pairs[pairs[:, 0] != pairs[:, 1]]
    both = np.concatenate([pairs, pairs[:, ::-1]])
    return np.unique(both, axis=0) if len(both) else both


def components(n, pairs, mask=None):
    """Connected components among the units where `mask` is True: label per unit (−1 outside the mask)."""
    mask = np.ones(n, dtype=bool) if mask is None else np.asarray(mask, dtype=bool)
    parent = np.arange(n)
    p = pairs[mask[pairs[:, 0]] & mask[pairs[:, 1]]] if len(pairs) else pairs
    # Min-label propagation with pointer jumping: converges in O(log n) rounds on grids.
    while len(p):
        a, b = parent[p[:, 0]], parent[p[:, 1]]
        low = np.minimum(a, b)
        changed = False
        for side in (a, b):
            upd = low < parent[side]
            if upd.any():
                np.minimum.at(parent, side[upd], low[upd])
                changed = True
        while True:
            jumped = parent[parent]
            if np.array_equal(jumped, parent):
                break
            parent = jumped
        if not changed:
            break
    labels = np.full(n, -1, dtype=np.int64)
    roots = parent[mask]
    _, labels[mask] = np.unique(roots, return_inverse=True)
    return labels


def neighbour_mean(values, pairs, n, weights=None):
    """Mean of each unit's neighbours' values (NaN values skipped; NaN where no neighbour has a value)."""
    v = np.asarray(values, dtype=float)
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    i, j = pairs[:, 0], pairs[:, 1]
    ok = np.isfinite(v[j])
    num = np.bincount(i[ok], weights=w[j[ok]] * v[j[ok]], minlength=n)
    den = np.bincount(i[ok], weights=w[j[ok]], minlength=n)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)


def codes_per_label(labels, codes):
    """{label: 'code1, code2'}: the distinct codes (buurten, gemeenten …) each cluster touches."""
    df = pd.DataFrame({"label": labels, "code": codes})
    df = df[(df.label >= 0) & df.code.notna()]
    return df.groupby("label")["code"].agg(lambda s: ", ".join(sorted(set(map(str, s))))).to_dict()
