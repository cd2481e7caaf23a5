"""Units and the zones they are rolled up to, as the tools that aggregate read them (aggregate, rankzones): a zones
layer's keys, names, gemeente and repaired geometries; each unit's zone from a code field; the log of units without
a zone; which zones a gemeente filter keeps."""
import numpy as np
import pandas as pd

from ..core.aggregate import first_per_zone
from ..core.errors import LbmInputError
from ..core.i18n import tr
from ..core.i18n import tr_noop
from ..core.join import examples
from ..core.schema import GEMEENTE_CODE_FIELDS
from ..core.schema import LABEL_COLUMNS
from ..core.schema import ZONE_KEY_FIELDS
from ..core.schema import find_field
from ..core.schema import gemeente_of
from ..core.values import group_codes
from ..core.values import key_text
from ..core.zone_assign import zone_fields
from .geometry import linearised
from .geometry import repaired_geometries


def read_zones(zones, key, context, feedback):
    """(keys, geometries in RD New, {label field: names}, key field, gemeente code per zone) of a zones layer; `key`
    empty: detected (ZONE_KEY_FIELDS). Invalid polygons repaired, curves made straight; codes on more than one
    feature are an error."""
    names = zones.fields().names()
    if not key:
        key = find_field(names, ZONE_KEY_FIELDS)
        if key is None:
            raise LbmInputError(tr("cannot tell the key field of the zones layer (fields: {names}); choose ZONE_KEY").format(
                                   names=', '.join(names)))
    labels = [n for n in names if n in LABEL_COLUMNS and n != key]
    name = zone_fields(names, key)[1]
    if name and name not in labels:
        labels.insert(0, name)
    gm_field = next((f for f in (find_field(names, GEMEENTE_CODE_FIELDS),) if f and f != key), None)
    cols, geoms = repaired_geometries(zones, context, feedback, what=tr_noop("zones"),
                                      field_names=[key] + labels + ([gm_field] if gm_field else []))
    geoms = linearised(geoms, feedback, tr_noop("zones"))
    keys = np.array([key_text(v) for v in cols[0]], dtype=object)
    dup = pd.Series(keys).duplicated(keep=False).to_numpy()
    if dup.any():
        raise LbmInputError(tr("the zones layer has codes on more than one feature: {keys}").format(
                               keys=examples(sorted(set(keys[dup])), 5)))
    gemeente = (group_codes(cols[-1]) if gm_field else
                np.array([k if k and k.startswith("GM") else gemeente_of(k) for k in keys], dtype=object))
    return keys, geoms, {lab: c for lab, c in zip(labels, cols[1:1 + len(labels)])}, key, gemeente


def zones_of_codes(codes, zone_keys, feedback):
    """(zone index of each unit, zone keys) from the units' zone codes: the zones are the codes themselves (sorted)
    when `zone_keys` is None, else the units join the given zones by code (−1: no zone) and codes the zones lack are
    named in the log."""
    unit_codes = np.array([key_text(v) for v in codes], dtype=object)
    if zone_keys is None:
        index, uniques = pd.factorize(pd.Series(unit_codes, dtype=object), sort=True)
        return index.astype(np.int64), np.asarray(uniques, dtype=object)
    zone = pd.Index(zone_keys).get_indexer(pd.Index(unit_codes)).astype(np.int64)
    unknown = sorted({c for c, z in zip(unit_codes, zone) if z < 0 and c is not None})
    if unknown:
        feedback.pushWarning(tr("{n_unknown} zone code(s) of the units are not in the zones layer: {unknown}").format(
                                n_unknown=len(unknown), unknown=examples(unknown)))
    return zone, zone_keys


def report_without_zone(zone, unit_codes, fids, feedback):
    """Warn about the units without a zone (named by `unit_codes`, else by feature id); their number."""
    without = int((zone < 0).sum())
    if without:
        codes = (group_codes(unit_codes) if unit_codes is not None else
                 np.array([tr("feature {fid}").format(fid=f) for f in fids], dtype=object))
        feedback.pushWarning(tr("{without_zone} units have no zone and are left out: {units}").format(
            without_zone=without, units=examples(codes[zone < 0])))
    return without


def zones_in_filter(codes, gemeente, n_units):
    """Which zones an output keeps under a gemeente filter of `codes` (None: no filter): zones whose gemeente is one
    of them, else (zones of your own, or a code field on the units) the zones that received units."""
    if not codes:
        return None
    if gemeente is not None and any(g is not None for g in gemeente):
        return np.isin(np.asarray(gemeente, dtype=object), codes)
    return np.asarray(n_units) > 0


def zone_names(zone, n_zones, names):
    """The name of each zone from its units' name field (gm_naam beside gm_code), or None when the field does not
    name the zones: a unit of a zone with another name than the zone's first (on a buurt layer `naam` is the buurt's
    name, not that of its gemeente)."""
    zone, codes = np.asarray(zone), group_codes(names)
    ok = (zone >= 0) & pd.notna(codes)
    if pd.Series(codes[ok]).groupby(zone[ok]).nunique().gt(1).any():
        return None
    return first_per_zone(zone, n_zones, codes)
