"""The plugin's field schema: measures, years, keys and the `{measure}_{year}` field names.

This is the public contract every algorithm reads and writes (see README, "Field schema").
"""
import re

# Total score, deviation, and the five LBM 3.0 dimensions, in the order of the open data.
MEASURES = ("lbm", "afw", "fys", "onv", "soc", "vrz", "won")
DIMENSIONS = ("fys", "onv", "soc", "vrz", "won")
DIMENSION_NAMES = {
    "fys": "Fysieke omgeving",
    "onv": "Overlast en onveiligheid",
    "soc": "Sociale samenhang",
    "vrz": "Voorzieningen",
    "won": "Woningvoorraad",
}
# Class fields of the official WFS (integers 1-9): `kscore` classes the total, `kafw` the deviation.
CLASS_MEASURES = ("kscore", "kafw", "kfys", "konv", "ksoc", "kvrz", "kwon")

# Measurement years of LBM 3.0 (reference date 1 January).
YEARS = (2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022, 2024)
# Measured on the published open data: only the total exists in these years.
YEARS_WITHOUT_DIMENSIONS = (2002, 2008, 2012, 2016)

# Text columns carried along with the key: the area's name, and the gemeente name on WFS layers.
LABEL_COLUMNS = ("bu_naam", "wk_naam", "gm_naam", "naam", "gemeente")

# Key columns of the published score files, and the official WFS layers ('code').
KEY_COLUMNS = ("grid_id", "PC4", "bu_code", "wk_code", "gm_code", "code")
YEAR_COLUMNS = ("jaar", "year")

# Other names of the same code in boundary files and layers (CBS, PDOK, the official WFS), per key of the
# score files, in the order they are tried. Compared case-insensitively (`find_field`).
KEY_ALIASES = {
    "grid_id": ("grid_id", "c28992r100", "crs28992res100m"),
    "PC4": ("pc4", "postcode", "pc4_code", "postcode4"),
    "bu_code": ("bu_code", "buurtcode", "statcode", "code"),
    "wk_code": ("wk_code", "wijkcode", "statcode", "code"),
    "gm_code": ("gm_code", "gemeentecode", "statcode", "code"),
    "code": ("code", "statcode"),
}
# Names of the areas, by the key of their level.
NAME_ALIASES = {
    "bu_code": ("bu_naam", "buurtnaam", "statnaam", "naam"),
    "wk_code": ("wk_naam", "wijknaam", "statnaam", "naam"),
    "gm_code": ("gm_naam", "gemeentenaam", "statnaam", "naam", "gemeente"),
    "code": ("naam", "statnaam"),
}
# Fields that hold the gemeente code on a layer of any level (on a buurt layer `statcode` is the buurt's own).
GEMEENTE_CODE_FIELDS = ("gm_code", "gemeentecode", "gemeente_code", "gmcode")
# Fields that hold a buurt or wijk code (BU05990110, WK059901), whose digits 3–6 are the gemeente.
AREA_CODE_FIELDS = ("bu_code", "wk_code", "code", "statcode", "buurtcode", "wijkcode")
# Key fields of zones, finest level first: a buurt layer also carries its gemeente code.
ZONE_KEY_FIELDS = ("bu_code", "buurtcode", "wk_code", "wijkcode", "gm_code", "gemeentecode", "statcode", "code",
                   "PC4", "postcode")


def find_field(field_names, candidates):
    """The field among `field_names` named like the first of `candidates` that is there: exact first, then
    case-insensitive. None if none is."""
    names = list(field_names)
    for c in candidates:
        if c in names:
            return c
    lower = {n.lower(): n for n in reversed(names)}
    return next((lower[c.lower()] for c in candidates if c.lower() in lower), None)


_FIELD_RE = re.compile(r"^(%s)_(\d{4})$" % "|".join(MEASURES + CLASS_MEASURES))


def field_name(measure, year):
    """`afw`, 2024 -> `afw_2024`."""
    return f"{measure}_{int(year)}"


def parse_field_name(name):
    """`afw_2024` -> ('afw', 2024); anything else -> None."""
    m = _FIELD_RE.match(name)
    return (m.group(1), int(m.group(2))) if m else None


def wide_fields(field_names):
    """{(measure, year): field} for the schema fields among `field_names`."""
    out = {}
    for f in field_names:
        parsed = parse_field_name(f)
        if parsed:
            out[parsed] = f
    return out


def years_in(field_names):
    """Sorted years that have at least one `{measure}_{year}` field."""
    return sorted({y for (_, y) in wide_fields(field_names)})


# The units' own code fields before the gemeente code they may carry: a WFS buurt layer keys its buurten on `code`
# and may have a gm_code too.
_UNIT_KEYS = tuple(dict.fromkeys([f for f in KEY_COLUMNS + ZONE_KEY_FIELDS if f not in GEMEENTE_CODE_FIELDS]
                                 + list(GEMEENTE_CODE_FIELDS)))


def unit_key_field(field_names):
    """The field that names a layer's units, the finest level it has (grid_id, PC4, buurt code …), or None."""
    return find_field(field_names, _UNIT_KEYS)


def gemeenten_key(field_names, value_of):
    """The key field of a layer of gemeenten, or None: its unit key holds gemeente codes (GM0599). A layer of buurten,
    cells or PC4 areas that also carries gemeente codes is no layer of gemeenten. `value_of(field)`: a value of
    the field, from any feature."""
    key = unit_key_field(field_names)
    return key if key is not None and re.fullmatch(r"GM\d{4}", str(value_of(key) or "").strip()) else None


def gemeente_of(code):
    """The gemeente code of a buurt or wijk code (BU05990110 -> GM0599); None for anything else."""
    code = str(code or "")
    return "GM" + code[2:6] if code[:2] in ("BU", "WK") and len(code) >= 6 else None


# --- Where a layer keeps each measure and year ----------------------------------------------------------------
# Two layouts: the plugin's wide schema (`afw_2024`, `kscore_2024`, …) and the official WFS's flat fields (`afw`,
# `kscore`, … with one `year` for the whole layer).

FLAT_MEASURES = MEASURES + CLASS_MEASURES


def year_field(field_names):
    """The year field of a flat (WFS) layer or a long score table, or None."""
    return find_field(field_names, ("year", "jaar"))


def layout_of(field_names):
    """'wide' if the layer has `{measure}_{year}` score fields, 'flat' for official WFS fields, else None.

    A WFS layer classified by the plugin has both flat fields and new `kscore_2024` fields: it is still flat.
    """
    if any(m in MEASURES for (m, _) in wide_fields(field_names)):
        return "wide"
    if year_field(field_names) and any(find_field(field_names, (m,)) for m in FLAT_MEASURES):
        return "flat"
    return None


def score_fields(field_names, flat_year=None):
    """{(measure, year): field} of the score and class fields of a layer.

    Wide layers: `afw_2024` -> ('afw', 2024). Flat (WFS) layers: `afw` -> ('afw', flat_year), where
    `flat_year` is the layer's single year (None: not known yet, as before reading the data). {} otherwise.
    """
    layout = layout_of(field_names)
    if layout == "wide":
        return wide_fields(field_names)
    if layout == "flat":
        found = {m: find_field(field_names, (m,)) for m in FLAT_MEASURES}
        return {(m, flat_year): f for m, f in found.items() if f}
    return {}
