"""Zones as polygons: their codes, names and repaired geometry, read once for every tool that writes zones
(aggregate, differences)."""
import numpy as np
import pandas as pd

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


def zone_polygons(zones, key, context, feedback, key_parameter="ZONE_KEY"):
    """(codes, geometries in RD New (repaired, linearised), {label field: names}, key field, gemeente code per zone)
    of a polygon layer of zones. `key`: the key field, or empty to detect it (ZONE_KEY_FIELDS); codes on more than
    one feature are an error."""
    names = zones.fields().names()
    if not key:
        key = find_field(names, ZONE_KEY_FIELDS)
        if key is None:
            raise LbmInputError(tr("cannot tell the key field of the zones layer (fields: {names}); choose {parameter}").format(
                                   names=', '.join(names), parameter=key_parameter))
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
