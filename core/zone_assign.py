"""Which zone (gemeente, wijk, an area of your own) each unit lies in: the choice among measured overlaps.

The geometry side (processing/geometry.zone_overlaps) measures, for every unit, its overlap with each zone it
meets; this module decides, without geometry: which zones may be chosen at all (never CBS's pseudo-gemeente
GM0998 "Buitenland" nor a zone without a code), which zone a unit gets (the largest overlap, summed over the
features of a zone; ties go to the lowest code), which fields the codes go to, and what the log says.
"""
import re

import numpy as np
import pandas as pd

from .schema import find_field

# CBS's gemeente files carry GM0998 "Buitenland": the Belgian enclaves (Baarle-Hertog) inside Baarle-Nassau and
# the like. It is no gemeente of any Dutch unit.
PSEUDO_ZONE_CODES = ("GM0998",)
PSEUDO_ZONE_NAMES = ("buitenland",)
# Code fields of zone layers, the finest level first: a CBS wijk layer also carries its gemeentecode.
ZONE_CODE_FIELDS = ("wk_code", "wijkcode", "gm_code", "gemeentecode", "statcode", "code")
# The name field that goes with each code field, else any of these by level.
NAME_OF_CODE = {"wk_code": "wk_naam", "wijkcode": "wijknaam", "gm_code": "gm_naam", "gemeentecode": "gemeentenaam",
                "statcode": "statnaam", "code": "naam"}
ZONE_NAME_FIELDS = ("wk_naam", "wijknaam", "gm_naam", "gemeentenaam", "statnaam", "naam", "name")
# The fields the other tools look for, by the level of the zones' codes.
OUTPUT_FIELDS = {"gemeente": ("gm_code", "gm_naam"), "wijk": ("wk_code", "wk_naam"), None: ("zone_code", "zone_name")}
_LEVEL_PATTERNS = {"gemeente": re.compile(r"GM\d{4}"), "wijk": re.compile(r"WK\d{6}")}


def zone_fields(field_names, code_field=None, name_field=None):
    """(code field, name field or None) of a zone layer: the ones given, else detected (ZONE_CODE_FIELDS; the name
    that goes with the code field, else one of ZONE_NAME_FIELDS). The code field is None if none is found."""
    names = list(field_names)
    code = code_field or find_field(names, ZONE_CODE_FIELDS)
    if name_field:
        return code, name_field
    if code is None:
        return None, None
    paired = NAME_OF_CODE.get(code.lower())
    name = find_field(names, (paired,)) if paired else None
    return code, name or find_field([n for n in names if n != code], ZONE_NAME_FIELDS)


def zone_level(codes):
    """'gemeente' when every code is a gemeente code (GM0796), 'wijk' for wijk codes (WK079601), else None."""
    present = [str(c) for c in codes if c not in (None, "")]
    for level, pattern in _LEVEL_PATTERNS.items():
        if present and all(pattern.fullmatch(c) for c in present):
            return level
    return None


def output_fields(codes):
    """(code field, name field) the units get: gm_code/gm_naam for gemeenten, wk_code/wk_naam for wijken, else
    zone_code/zone_name."""
    return OUTPUT_FIELDS[zone_level(codes)]


def eligible(codes, names=None):
    """Which zones may be chosen: a code, and not the pseudo-gemeente 'Buitenland' (GM0998)."""
    codes = [None if c is None else str(c).strip() for c in codes]
    names = [None] * len(codes) if names is None else list(names)
    return np.array([bool(c) and c.upper() not in PSEUDO_ZONE_CODES
                     and str(n or "").strip().lower() not in PSEUDO_ZONE_NAMES for c, n in zip(codes, names)], dtype=bool)


def box_overlaps(boxes, box):
    """Positions of the boxes (n, 4: xmin, ymin, xmax, ymax) that meet `box` (xmin, ymin, xmax, ymax)."""
    return np.flatnonzero((boxes[:, 0] <= box[2]) & (boxes[:, 2] >= box[0])
                          & (boxes[:, 1] <= box[3]) & (boxes[:, 3] >= box[1]))


def largest_overlap(unit, zone, area, n_units):
    """(zone per unit, its overlap, number of zones the unit overlaps): the zone each unit overlaps most.

    `unit`, `zone`, `area`: one row per measured overlap (a zone of several features may come more than once:
    its overlaps are summed). Zones are numbered so that a lower number wins a tie (number them in code order).
    −1 and 0 for units without any overlap of positive area.
    """
    unit, zone, area = (np.asarray(unit, dtype=np.int64), np.asarray(zone, dtype=np.int64),
                        np.asarray(area, dtype=float))
    chosen, best, count = np.full(n_units, -1, dtype=np.int64), np.zeros(n_units), np.zeros(n_units, dtype=np.int64)
    ok = area > 0
    if not ok.any():
        return chosen, best, count
    pairs = pd.DataFrame({"unit": unit[ok], "zone": zone[ok], "area": area[ok]}).groupby(
        ["unit", "zone"], as_index=False, sort=False)["area"].sum()
    u, z, a = pairs.unit.to_numpy(), pairs.zone.to_numpy(), pairs.area.to_numpy()
    order = np.lexsort((z, -a, u))  # per unit: the largest area first, then the lowest zone
    u, z, a = u[order], z[order], a[order]
    first = np.flatnonzero(np.r_[True, u[1:] != u[:-1]])
    chosen[u[first]], best[u[first]] = z[first], a[first]
    count[:] = np.bincount(u, minlength=n_units)
    return chosen, best, count


def split_units(chosen, best, count, unit_area, labels, limit=5, mostly=0.9):
    """(number of units that overlap more than one zone, how many of them lie less than `mostly` in their zone, and
    the `limit` of them with the smallest share: (label, share, zone index) tuples)."""
    split = np.flatnonzero((count > 1) & (chosen >= 0))
    with np.errstate(invalid="ignore", divide="ignore"):
        share = np.where(unit_area > 0, best / np.where(unit_area > 0, unit_area, 1), np.nan)
    smallest = split[np.argsort(share[split], kind="stable")][:limit]
    below = int((share[split] < mostly).sum())
    return len(split), below, [(labels[i], float(min(share[i], 1.0)), int(chosen[i])) for i in smallest]
