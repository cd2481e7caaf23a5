"""Joining scores to geometry by key: which areas match, which do not, and duplicate codes."""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .errors import LbmInputError


@dataclass
class KeyMatch:
    row_of_geometry: np.ndarray  # per geometry: row in the score table, -1 where there are no scores
    keys_without_geometry: np.ndarray  # score keys no geometry has
    geometries_without_scores: np.ndarray  # geometry keys (None = empty key) without scores

    @property
    def matched(self):
        return int((self.row_of_geometry >= 0).sum())


def match_keys(score_keys, geometry_keys, what="geometry layer"):
    """Match unique score keys to geometry keys; a key used by two geometries is an error."""
    geometry_keys = np.asarray(geometry_keys, dtype=object)
    present = np.array([k is not None for k in geometry_keys], dtype=bool)
    counts = pd.Series(geometry_keys[present]).value_counts()
    dup = counts[counts > 1]
    if len(dup):
        examples = ", ".join(f"{k} ({n}×)" for k, n in dup.head(5).items())
        raise LbmInputError(
            f"the {what} has {len(dup)} code(s) on more than one feature, e.g. {examples}. "
            "Dissolve the layer by its code first (Vector ▸ Geoprocessing ▸ Dissolve)."
        )
    index = pd.Index(np.asarray(score_keys, dtype=object))
    rows = index.get_indexer(pd.Index(geometry_keys))
    rows[~present] = -1
    has_geom = np.zeros(len(index), dtype=bool)
    has_geom[rows[rows >= 0]] = True
    return KeyMatch(
        row_of_geometry=rows,
        keys_without_geometry=np.asarray(index)[~has_geom],
        geometries_without_scores=geometry_keys[rows < 0],
    )


def examples(values, n=10):
    """A short text naming a few values: '8269, 8323' or '1011, 1012, … (12 in all)'."""
    values = [str(v) for v in values]
    text = ", ".join(values[:n])
    return text + (f", … ({len(values)} in all)" if len(values) > n else "")
