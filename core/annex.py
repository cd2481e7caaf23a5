"""The tables of a per-gemeente annex, as the reports' bijlagen list them, and safe file names.

One function computes every table for every gemeente from the scores of its areas (buurten, wijken, PC4 areas or
grid cells, named as such: `Level`); the PDF, the spreadsheet and the
CSV files all print these same DataFrames, so they cannot disagree.
"""
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field
from typing import Optional

import numpy as np
import pandas as pd

from .analyses.common import mean_of
from .analyses.pressure import PressureRules
from .analyses.pressure import pressure
from .analyses.risers_fallers import RiserRules
from .analyses.risers_fallers import risers_fallers
from .classify import CLASS_GROUPS
from .classify import GROUP_NAMES
from .classify import class_totals
from .classify import group_totals
from .classify import unit_classes
from .errors import LbmInputError
from .i18n import tr
from .names import FALLER
from .names import RISER
from .names import WEAKEST_DIMENSION
from .names import YEARS_UNDER_PRESSURE
from .numformat import CHANGE
from .numformat import COUNT
from .numformat import COUNT_CHANGE
from .numformat import SCORE
from .numformat import TEXT
from .schema import DIMENSION_NAMES

TABLES = ("samenvatting", "onder_druk", "stijgers", "dalers", "laagste_onv")


@dataclass(frozen=True)
class Level:
    """The kind of area an annex lists, in the words the annex prints (Dutch: annexes are Dutch documents)."""

    key: str  # 'buurt', 'wijk', 'pc4', 'grid', 'gebied'
    singular: str  # 'buurt', 'postcodegebied'
    plural: str  # 'buurten', 'postcodegebieden'
    code_header: str  # the code column: 'Buurtcode', 'PC4'
    name_header: str  # the name column, where the layer has names: 'Buurt'
    layer: str  # the layer in a sentence: 'de buurtlaag'
    each: str = "elke"  # 'elke buurt', 'elk postcodegebied' (het-woorden)


LEVELS = {
    "buurt": Level("buurt", "buurt", "buurten", "Buurtcode", "Buurt", "de buurtlaag"),
    "wijk": Level("wijk", "wijk", "wijken", "Wijkcode", "Wijk", "de wijklaag"),
    "pc4": Level("pc4", "postcodegebied", "postcodegebieden", "PC4", "Postcodegebied", "de laag met postcodegebieden",
                 "elk"),
    "grid": Level("grid", "gridcel", "gridcellen", "Gridcel", "Naam", "de laag met gridcellen"),
    "gebied": Level("gebied", "gebied", "gebieden", "Code", "Naam", "de laag met gebieden", "elk"),
}
# Code fields of the areas an annex lists, finest level first (a PC4 or buurt layer may carry gemeente codes too).
UNIT_CODE_FIELDS = ("grid_id", "c28992r100", "crs28992res100m", "PC4", "postcode", "pc4_code", "postcode4", "bu_code",
                    "buurtcode", "wk_code", "wijkcode", "code", "statcode")
_LEVEL_OF_FIELD = {**{f.lower(): "grid" for f in UNIT_CODE_FIELDS[:3]}, **{f.lower(): "pc4" for f in UNIT_CODE_FIELDS[3:7]},
                   "bu_code": "buurt", "buurtcode": "buurt", "wk_code": "wijk", "wijkcode": "wijk"}
_LEVEL_OF_CODE = (("buurt", re.compile(r"BU\w{8}")), ("wijk", re.compile(r"WK\w{6}")), ("pc4", re.compile(r"\d{4}")),
                  ("grid", re.compile(r"E\d+N\d+")))


def unit_level(field_name, codes):
    """The Level of the areas of a layer: from their codes (BU…, WK…, four digits, E…N…), else from the code
    field's name (PC4, bu_code …), else 'gebied'."""
    present = [str(c) for c in codes if c not in (None, "")]
    for key, pattern in _LEVEL_OF_CODE:
        if present and all(pattern.fullmatch(c) for c in present):
            return LEVELS[key]
    return LEVELS[_LEVEL_OF_FIELD.get(str(field_name).lower(), "gebied")]


def table_titles(level=LEVELS["buurt"]):
    """{table: heading} as printed, naming the level ('Bijlage 2 — postcodegebieden waar …')."""
    return {
        "samenvatting": "Samenvatting",
        "onder_druk": f"Bijlage 2 — {level.plural} waar de leefbaarheid structureel onder druk staat",
        "stijgers": "Bijlage 3 — stijgers",
        "dalers": "Bijlage 4 — dalers",
        "laagste_onv": "Bijlage 5 — laagste scores op overlast en onveiligheid",
    }


TABLE_TITLES = table_titles()
# Column headers as printed (PDF, XLSX and CSV alike) and how their numbers are written (core/numformat.py).
CLUSTER, DURATION, WEAKEST = "Cluster", "Metingen onder druk", "Zwakste dimensie"
CHANGE_AFW, DRIVER, ONV, ONV_CLASS = "Verandering afw", "Vooral door", "Score overlast en onveiligheid", "Klasse onv"
HOUSEHOLDS = "Huishoudens"
COLUMN_KINDS = {HOUSEHOLDS: COUNT, CLUSTER: COUNT, DURATION: COUNT, CHANGE_AFW: CHANGE, ONV: SCORE,
                "afw": SCORE, "onder druk": COUNT, "stijgers": COUNT, "dalers": COUNT,
                **{level.plural: COUNT for level in LEVELS.values()}}


def column_kind(header):
    """COUNT, SCORE, CHANGE or TEXT for a column header of the annex tables (the summary has kinds per row)."""
    return COLUMN_KINDS.get(header, TEXT)


@dataclass
class AnnexSettings:
    year: int
    base_year: Optional[int] = None  # None: the layer has one year; sections that compare years are left out
    weighted: bool = True  # False: no households field; every area counts once and the annex says so
    lowest_onv: int = 10
    pressure: PressureRules = field(default_factory=PressureRules)  # the pressure tool's defaults
    risers: RiserRules = field(default_factory=RiserRules)
    years: tuple = ()  # the measurements of the layer up to `year` (pressure looks at the last of them)
    level: Level = LEVELS["buurt"]  # the kind of area the annex lists

    @property
    def unit(self):
        """What the counts count: 'huishoudens', or the areas ('buurten', 'postcodegebieden') without households."""
        return "huishoudens" if self.weighted else self.level.plural

    def text(self):
        p, r = self.pressure, self.risers
        base = f"basisjaar {self.base_year}" if self.base_year is not None else "geen basisjaar (één meting)"
        # Without households the size criterion counts areas (PressureRules.min_units): said here, as in the log.
        size = (f"aaneengesloten {self.level.plural} met samen ≥ {p.min_weight:g} huishoudens" if self.weighted else
                f"aaneengesloten {self.level.plural}, ≥ {p.min_units} (geen huishoudens: geen minimum van "
                f"{p.min_weight:g} huishoudens)" if p.min_units > 1 else
                f"aaneengesloten {self.level.plural} (geen huishoudens: geen minimum van {p.min_weight:g} huishoudens)")
        return (f"jaar {self.year}, {base}; onder druk: klasse ≤ {p.max_class} in ≥ {p.min_years} van de "
                f"laatste {p.last_years} metingen, {size}; stijgers/dalers: start klasse ≤ {r.start_max_class}, "
                f"≥ {r.class_steps} klasse; laagste onv: {self.lowest_onv} {self.level.plural}; "
                f"tellingen in {self.unit}. Criteria van de plugin, niet de officiële (die zijn niet gepubliceerd).")

    def missing_sections(self):
        """{section: one Dutch sentence why the layer cannot fill it}; 'verandering' is the change map."""
        shown = ", ".join(map(str, self.years)) or str(self.year)
        out = {}
        if self.base_year is None:
            why = f"{self.level.layer} heeft alleen metingen van {shown}"
            out["verandering"] = f"Geen kaart van de verandering: die vraagt twee metingen, en {why}."
            out["stijgers"] = f"Geen stijgers te bepalen: die vragen een basisjaar om mee te vergelijken, en {why}."
            out["dalers"] = f"Geen dalers te bepalen: die vragen een basisjaar om mee te vergelijken, en {why}."
        n = len(self.years[-self.pressure.last_years:])
        if n < self.pressure.min_years:
            out["onder_druk"] = (f"Niet te bepalen welke {self.level.plural} structureel onder druk staan: dat vraagt "
                                 f"minstens {self.pressure.min_years} metingen, en {self.level.layer} heeft er {n} ({shown}).")
        return out


def annex_years(available, year=None, base_year=None):
    """(year, base year) for an annex: by default the last year of the layer and the one before it (None when the
    layer has one year). Checked against the layer's years, with a message naming them."""
    have = sorted(int(y) for y in available)
    if not have:
        raise LbmInputError(tr("the layer has no total scores (afw or lbm) of any year"))
    listed = ", ".join(map(str, have))
    y = have[-1] if year is None else int(year)
    if y not in have:
        raise LbmInputError(tr("year {y} is not in the layer; it has {listed}").format(y=y, listed=listed))
    if base_year is None:
        earlier = [v for v in have if v < y]
        return y, (earlier[-1] if earlier else None)
    b = int(base_year)
    if b not in have:
        raise LbmInputError(tr("base year {b} is not in the layer; it has {listed}. Leave the base year empty to take the "
                               "measurement before the year, if any").format(b=b, listed=listed))
    if b >= y:
        raise LbmInputError(tr("the base year ({b}) must come before the year ({y})").format(b=b, y=y))
    return y, b


# Characters of the name in a file name: the longest real one ('Súdwest-Fryslân' …) fits many times over, and with
# the code, a table suffix ('_onder_druk.csv') and a temporary prefix it stays far below the 255 bytes file systems allow.
FILE_NAME_CHARS = 80


def safe_file_name(code, name):
    """'GM0599_Rotterdam'; quotes, slashes and accents made safe: "'s-Hertogenbosch" -> 's-Hertogenbosch'; a
    name longer than FILE_NAME_CHARS cut there."""
    ascii_name = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    ascii_name = re.sub(r"['\"`´‘’]", "", ascii_name)
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "_", ascii_name)[:FILE_NAME_CHARS].strip("._-") or "gemeente"
    return f"{re.sub(r'[^A-Za-z0-9]', '', str(code))[:FILE_NAME_CHARS]}_{ascii_name}"


def annex_tables(data, release, unit_codes, unit_names, gm_codes, weights, pairs, settings):
    """{gm_code: {table: DataFrame or None}} for every gemeente, and the index table of all gemeenten.

    A table is None where the layer cannot fill it (settings.missing_sections() says why). Without weights
    (settings.weighted False) every area counts once and no households column is printed. The areas are listed
    by code (header settings.level.code_header) and, where `unit_names` is given, name; never the code twice.
    """
    y, b = settings.year, settings.base_year
    missing = settings.missing_sections()
    w = np.nan_to_num(np.asarray(weights, dtype=float)) if settings.weighted else np.ones(data.n)
    gm = np.asarray(gm_codes, dtype=object)
    afw_y = data.afw(y, release.constant_c)
    afw_b = data.afw(b, release.constant_c) if b is not None else None
    k_y = unit_classes(data, release, y)
    k_b = unit_classes(data, release, b) if b is not None else None
    national = _summary(np.ones(data.n, dtype=bool), w, afw_y, afw_b, k_y, k_b, release, settings)
    labels_of = np.array([""] + list(release.class_labels), dtype=object)  # class 0 (no score) -> ""
    # Every table is built once for all areas and then split by gemeente: one pass, not one per gemeente.
    level = settings.level
    code_col = level.code_header
    base = pd.DataFrame({"gm": gm, code_col: unit_codes})
    if unit_names is not None:
        base[level.name_header] = unit_names
    if settings.weighted:
        base[HOUSEHOLDS] = w
    all_tables = {}
    if "onder_druk" not in missing:
        labels, clusters = pressure(data, release, list(settings.years), pairs, w if settings.weighted else None,
                                    settings.pressure)
        under = labels >= 0
        t = base[under].copy()
        t[f"Klasse {y}"] = labels_of[k_y[under]]
        t[CLUSTER] = labels[under] + 1
        t[DURATION] = clusters[YEARS_UNDER_PRESSURE].to_numpy()[labels[under]] if len(clusters) else []
        t[WEAKEST] = [DIMENSION_NAMES.get(d, "") for d in clusters[WEAKEST_DIMENSION].to_numpy()[labels[under]]] if len(clusters) else []
        all_tables["onder_druk"] = t.sort_values(code_col)
    if b is not None:
        rf = risers_fallers(data, release, b, y, w, settings.risers)
        for name, lab in (("stijgers", RISER), ("dalers", FALLER)):
            m = rf["label"] == lab
            t = base[m].copy()
            t[f"Klasse {b}"] = labels_of[rf["k_start"][m].astype(int)]
            t[f"Klasse {y}"] = labels_of[rf["k_end"][m].astype(int)]
            t[CHANGE_AFW] = np.round(rf["dafw"][m], 3)
            t[DRIVER] = [DIMENSION_NAMES.get(d, "") if d else "" for d in rf["driver"][m]]
            # ties (changes are rounded) in code order: the same rows on every numpy, whose quicksort orders ties its own way
            all_tables[name] = t.sort_values([CHANGE_AFW, code_col], ascending=[name == "dalers", True], kind="mergesort")
    onv = data.get("onv", y)
    if onv is not None and np.isfinite(onv).any():
        m = np.isfinite(onv)
        t = base[m].copy()
        t[ONV] = np.round(onv[m], 3)
        t[ONV_CLASS] = labels_of[release.dimension_class(onv[m]).astype(int)]
        all_tables["laagste_onv"] = t.sort_values([ONV, code_col], kind="mergesort").groupby("gm", sort=False).head(settings.lowest_onv)
    else:
        all_tables["laagste_onv"] = base[:0].assign(**{ONV: [], ONV_CLASS: []})
    split = {name: dict(tuple(df.groupby("gm", sort=False))) for name, df in all_tables.items()}
    empty = {name: df.iloc[:0] for name, df in all_tables.items()}
    out, index_rows = {}, []
    for code in sorted({c for c in gm if c is not None}):
        sel = gm == code
        s = _summary(sel, w, afw_y, afw_b, k_y, k_b, release, settings)
        summary = pd.DataFrame({"kenmerk": [r[0] for r in s], "gemeente": [r[1] for r in s],
                                f"alle {level.plural}": [r[1] for r in national]})
        summary.attrs["row_kinds"] = [r[2] for r in s]
        tables = {"samenvatting": summary}
        for name in TABLES[1:]:
            tables[name] = (split[name].get(code, empty[name]).drop(columns="gm").reset_index(drop=True)
                            if name in all_tables else None)
        out[code] = tables
        index_rows.append({"gemeentecode": code, level.plural: int(sel.sum()), "afw": s[0][1], "klasse": s[1][1],
                           **{name: (len(tables[key]) if tables[key] is not None else None)
                              for name, key in (("onder druk", "onder_druk"), ("stijgers", "stijgers"), ("dalers", "dalers"))}})
    return out, pd.DataFrame(index_rows)


def _summary(sel, w, afw_y, afw_b, k_y, k_b, release, settings):
    """[(kenmerk, value, kind)] of a set of areas: mean afw and its class, the change since the base year, and
    the households (or areas) per class group with their change."""
    y, b, unit = settings.year, settings.base_year, settings.unit
    mean_y = mean_of(afw_y, w, sel)
    weighted = "gewogen met huishoudens" if settings.weighted else f"{settings.level.plural} tellen even zwaar"
    out = [(f"gemiddelde afw {y} ({weighted})", round(mean_y, 3) if np.isfinite(mean_y) else None, SCORE),
           ("klasse van het gemiddelde",
            release.class_labels[int(release.total_class(np.array([mean_y]))[0]) - 1] if np.isfinite(mean_y) else "", TEXT)]
    if afw_b is not None:
        mean_b = mean_of(afw_b, w, sel)
        d = mean_y - mean_b
        out.append((f"verandering afw sinds {b}", round(d, 3) if np.isfinite(d) else None, CHANGE))
    # Areas with a score that year: the class groups below add up to it (areas kept without scores are not in it).
    per_class = class_totals(k_y, w, sel)
    out.append((f"{unit} {y}", float(per_class[1:].sum()), COUNT))
    now = group_totals(per_class)
    before = group_totals(class_totals(k_b, w, sel)) if k_b is not None else None
    for grp in CLASS_GROUPS:
        out.append((f"{unit} in {GROUP_NAMES[grp]} ({y})", float(now[grp]), COUNT))
        if before is not None:
            out.append((f"verandering {unit} in {GROUP_NAMES[grp]} sinds {b}", float(now[grp] - before[grp]), COUNT_CHANGE))
    return out
