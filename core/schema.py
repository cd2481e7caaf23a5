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
LEVELS = {"grid_id": "grid", "PC4": "PC4", "bu_code": "buurt", "wk_code": "wijk", "gm_code": "gemeente"}

# Other names the same key has in boundary files (CBS, PDOK), tried when the geometry layer
# does not carry the score file's key name. Compared case-insensitively.
GEOMETRY_KEY_ALIASES = {
    "grid_id": ("grid_id", "c28992r100", "crs28992res100m"),
    "PC4": ("pc4", "postcode", "pc4_code", "postcode4"),
    "bu_code": ("bu_code", "buurtcode", "statcode", "code"),
    "wk_code": ("wk_code", "wijkcode", "statcode", "code"),
    "gm_code": ("gm_code", "gemeentecode", "statcode", "code"),
    "code": ("code", "statcode"),
}

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


def gemeente_of(code):
    """The gemeente code of a buurt or wijk code (BU05990110 -> GM0599); None for anything else."""
    code = str(code or "")
    return "GM" + code[2:6] if code[:2] in ("BU", "WK") and len(code) >= 6 else None
