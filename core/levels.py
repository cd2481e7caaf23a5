"""The levels of area the Leefbaarometer publishes (grid cells, PC4 areas, buurten, wijken, gemeenten): one place
for how a level is named, coded and recognised.

The import names its layer after the level ("Leefbaarometer buurt 2024"), the annex prints the Dutch words
("Buurtcode", "postcodegebieden"), the download offers the levels of the official services: all read them here.
"""
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Level:
    """A level of area, with the words a (Dutch) annex prints."""

    key: str  # 'grid', 'pc4', 'buurt', 'wijk', 'gemeente', 'gebied' (any other areas)
    name: str  # in a log line or a layer name: 'grid', 'PC4', 'buurt'
    code_field: str  # the key column of the published score files: 'grid_id', 'PC4', 'bu_code'; '' none
    code_pattern: str  # a code of this level, as a regular expression ('' for 'gebied')
    singular: str  # 'buurt', 'postcodegebied'
    plural: str  # 'buurten', 'postcodegebieden'
    code_header: str  # the code column: 'Buurtcode', 'PC4'
    name_header: str  # the name column, where the layer has names: 'Buurt'
    layer: str  # the layer in a sentence: 'de buurtlaag'
    each: str = "elke"  # 'elke buurt', 'elk postcodegebied' (het-woorden)

    def matches(self, code):
        return bool(self.code_pattern) and re.fullmatch(self.code_pattern, code) is not None


# Finest first: the order a layer's codes are tried in (a grid code is never taken for a PC4 code).
LEVELS = {
    "grid": Level("grid", "grid", "grid_id", r"E\d+N\d+", "gridcel", "gridcellen", "Gridcel", "Naam",
                  "de laag met gridcellen"),
    "pc4": Level("pc4", "PC4", "PC4", r"\d{4}", "postcodegebied", "postcodegebieden", "PC4", "Postcodegebied",
                 "de laag met postcodegebieden", "elk"),
    "buurt": Level("buurt", "buurt", "bu_code", r"BU\w{8}", "buurt", "buurten", "Buurtcode", "Buurt", "de buurtlaag"),
    "wijk": Level("wijk", "wijk", "wk_code", r"WK\w{6}", "wijk", "wijken", "Wijkcode", "Wijk", "de wijklaag"),
    "gemeente": Level("gemeente", "gemeente", "gm_code", r"GM\d{4}", "gemeente", "gemeenten", "Gemeentecode",
                      "Gemeente", "de gemeentelaag"),
    "gebied": Level("gebied", "gebied", "", "", "gebied", "gebieden", "Code", "Naam", "de laag met gebieden", "elk"),
}
# Code fields of areas, finest level first (a PC4 or buurt layer may carry gemeente codes too).
UNIT_CODE_FIELDS = ("grid_id", "c28992r100", "crs28992res100m", "PC4", "postcode", "pc4_code", "postcode4", "bu_code",
                    "buurtcode", "wk_code", "wijkcode", "code", "statcode")
_LEVEL_OF_FIELD = {**{f.lower(): "grid" for f in UNIT_CODE_FIELDS[:3]}, **{f.lower(): "pc4" for f in UNIT_CODE_FIELDS[3:7]},
                   "bu_code": "buurt", "buurtcode": "buurt", "wk_code": "wijk", "wijkcode": "wijk", "gm_code": "gemeente",
                   "gemeentecode": "gemeente"}


def level_of_codes(codes):
    """The Level every code (text; None and '' left out) fits, or None: no codes, or codes of no one level."""
    present = [str(c) for c in codes if c not in (None, "")]
    if present:
        for level in LEVELS.values():
            if all(level.matches(c) for c in present):
                return level
    return None


def unit_level(field_name, codes):
    """The Level of the areas of a layer: from their codes (BU…, WK…, four digits, E…N…), else from the code
    field's name (PC4, bu_code …), else 'gebied'. Gemeenten listed as areas count as their level too."""
    return level_of_codes(codes) or LEVELS[_LEVEL_OF_FIELD.get(str(field_name).lower(), "gebied")]


def level_name(code_field, codes=()):
    """The level's name for a log line or a layer name ('buurt', 'PC4'): from the key column of a score file, and
    for a key that names no level (the official WFS layers' `code`) from the codes themselves."""
    for level in LEVELS.values():
        if level.code_field == code_field:
            return level.name
    level = level_of_codes(codes)
    return level.name if level is not None else code_field
