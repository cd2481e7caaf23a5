"""Joining scores to geometry by key: which areas match, which do not, duplicate codes, and names that differ."""
from dataclasses import dataclass
from dataclasses import field

import numpy as np
import pandas as pd

from .errors import LbmInputError
from .i18n import tr
from .values import is_null


@dataclass
class KeyMatch:
    row_of_geometry: np.ndarray  # per geometry: row in the score table, -1 where there are no scores
    keys_without_geometry: np.ndarray  # score keys no geometry has
    geometries_without_scores: np.ndarray  # geometry keys (None = empty key) without scores

    @property
    def matched(self):
        return int((self.row_of_geometry >= 0).sum())


def match_keys(score_keys, geometry_keys):
    """Match unique score keys to geometry keys; a key used by two geometries is an error."""
    geometry_keys = np.asarray(geometry_keys, dtype=object)
    present = np.array([k is not None for k in geometry_keys], dtype=bool)
    counts = pd.Series(geometry_keys[present]).value_counts()
    dup = counts[counts > 1]
    if len(dup):
        examples = ", ".join(f"{k} ({n}×)" for k, n in dup.head(5).items())
        raise LbmInputError(
            tr("the geometry layer has {n_dup} code(s) on more than one feature, e.g. {examples}. Dissolve the layer by its code "
               "first (Vector ▸ Geoprocessing ▸ Dissolve).").format(n_dup=len(dup), examples=examples)
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


@dataclass
class NameCheck:
    compared: int  # matched codes with a name on both sides
    differ: int  # of which the names differ (after normal_names)
    examples: list = field(default_factory=list)  # (code, name in the scores, name in the geometry), the first few

    def message(self):
        shown = "; ".join(tr("{code}: scores '{a}', geometry '{b}'").format(code=code, a=a, b=b) for code, a, b in self.examples)
        more = tr(" (first {n} shown)").format(n=len(self.examples)) if self.differ > len(self.examples) else ""
        return tr("{differ} of {compared} matched codes have another name in the geometry layer than in the scores{more}: "
                  "{shown}. The codes may belong to another boundary year (codes are re-used for other areas): use the "
                  "boundaries of the scores' year.").format(differ=self.differ, compared=self.compared, more=more, shown=shown)


def normal_names(names):
    """Names as compared: accents and punctuation dropped, case folded, spaces collapsed ('Ermelo - Noord' and
    'ermelo-noord' are one name; "'s Heerenloo" and 's Heerenloo' too). NULL stays None."""
    s = pd.Series([None if is_null(v) else str(v) for v in names], dtype=object)  # QGIS NULL too
    present = s.notna() & (s.str.strip() != "")
    out = (s[present].str.normalize("NFKD").str.replace(r"[\u0300-\u036f]", "", regex=True)
           .str.casefold().str.replace(r"[\W_]+", " ", regex=True).str.strip())
    result = np.full(len(s), None, dtype=object)
    result[present.to_numpy()] = out.to_numpy()
    return result


def name_mismatches(score_keys, score_names, geometry_keys, geometry_names, n=5):
    """Codes that match but whose names differ between the scores and the geometry layer (another boundary year:
    2024 scores on 2021 buurten). A NULL or empty name on either side is not compared."""
    rows = match_keys(score_keys, geometry_keys).row_of_geometry
    matched = np.flatnonzero(rows >= 0)
    ours = np.asarray(score_names, dtype=object)[rows[matched]]
    theirs = np.asarray(geometry_names, dtype=object)[matched]
    a, b = normal_names(ours), normal_names(theirs)
    both = pd.notna(a) & pd.notna(b)
    differ = both & (a != b)
    codes = np.asarray(geometry_keys, dtype=object)[matched]
    where = np.flatnonzero(differ)
    first = where[np.argsort(codes[where].astype(str), kind="stable")][:n]  # examples in code order
    return NameCheck(compared=int(both.sum()), differ=int(differ.sum()),
                     examples=[(codes[i], ours[i], theirs[i]) for i in first.tolist()])
