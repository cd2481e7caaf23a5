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
from .analyses.differences import DifferenceRules
from .analyses.differences import differences
from .analyses.inequality import IN_CLUSTER
from .analyses.inequality import NO as NOT_LAAGLAAG
from .analyses.inequality import YES as IS_LAAGLAAG
from .analyses.pressure import PressureRules
from .analyses.pressure import pressure
from .analyses.risers_fallers import RiserRules
from .analyses.risers_fallers import risers_fallers
from .annex_ranking import POSITION
from .annex_ranking import POSITION_TITLE
from .annex_ranking import position_sentence
from .annex_ranking import position_table
from .classify import CLASS_GROUPS
from .classify import GROUP_NAMES
from .classify import class_totals
from .classify import group_totals
from .classify import unit_classes
from .errors import LbmInputError
from .i18n import tr
from .levels import LEVELS
from .levels import Level
from .names import DGAP
from .names import FALLER
from .names import N_STRONG
from .names import N_WEAK
from .names import PATTERN
from .names import RISER
from .names import WEAKEST_DIMENSION
from .names import YEARS_UNDER_PRESSURE
from .names import ZONE
from .names import difference_fields
from .numformat import CHANGE
from .numformat import COUNT
from .numformat import COUNT_CHANGE
from .numformat import SCORE
from .numformat import TEXT
from .numformat import YEAR
from .schema import DIMENSION_NAMES
from .schema import DIMENSIONS
from .series import GROUP3_NAMES
from .series import GROUPS3
from .series import all_measures
from .series import group_weights
from .series import zone_index

# The annex's tables in the order the PDF prints them and the spreadsheet holds them: the text, the key figures, the
# development over the years (mean scores per measurement, their change, the households per class group) and the
# lists of bijlagen 2–5.
TABLES = ("tekst", "samenvatting", "ontwikkeling", "verandering_gemiddelde", "klassengroepen", "onder_druk", "stijgers",
          "dalers", "laagste_onv", POSITION)  # POSITION only where a run gives a ranking (core/annex_ranking.py)


def table_titles(level=LEVELS["buurt"], unit="huishoudens"):
    """{table: heading} as printed, naming the level ('Bijlage 2 — postcodegebieden waar …') and what is counted
    ('Huishoudens per klassengroep')."""
    return {
        "tekst": "Samenvatting",
        "samenvatting": "Kerncijfers",
        "ontwikkeling": "Ontwikkeling",
        "verandering_gemiddelde": "Verandering van het gemiddelde",
        "klassengroepen": f"{unit[:1].upper()}{unit[1:]} per klassengroep",
        "onder_druk": f"Bijlage 2 — {level.plural} waar de leefbaarheid structureel onder druk staat",
        "stijgers": "Bijlage 3 — stijgers",
        "dalers": "Bijlage 4 — dalers",
        "laagste_onv": "Bijlage 5 — laagste scores op overlast en onveiligheid",
        POSITION: POSITION_TITLE,
    }


TABLE_TITLES = table_titles()
# Column headers as printed (PDF, XLSX and CSV alike) and how their numbers are written (core/numformat.py).
CLUSTER, DURATION, WEAKEST = "Cluster", "Metingen onder druk", "Zwakste dimensie"
CHANGE_AFW, DRIVER, ONV, ONV_CLASS = "Verandering afw", "Vooral door", "Score overlast en onveiligheid", "Klasse onv"
HOUSEHOLDS = "Huishoudens"
YEAR_COLUMN, CLASS_COLUMN, SINCE, GM_COLUMN = "Jaar", "Klasse", "Verandering", "Gemeente"
# What a weight field counts, as the annex names it: (the counts' word, the column header).
WEIGHT_KINDS = {"huishoudens": "Huishoudens", "woningen": "Woningen", "inwoners": "Inwoners"}
COLUMN_KINDS = {HOUSEHOLDS: COUNT, CLUSTER: COUNT, DURATION: COUNT, CHANGE_AFW: CHANGE, ONV: SCORE,
                "afw": SCORE, "onder druk": COUNT, "stijgers": COUNT, "dalers": COUNT, YEAR_COLUMN: YEAR,
                **{header: COUNT for header in WEIGHT_KINDS.values()},
                **{level.plural: COUNT for level in LEVELS.values()}}


def column_kind(header):
    """COUNT, SCORE, CHANGE or TEXT for a column header of the annex tables (the summary has kinds per row)."""
    return COLUMN_KINDS.get(header, TEXT)


def column_kinds(df):
    """{column: kind} of a table: its own (df.attrs['kinds']) where it carries them, else by header."""
    own = df.attrs.get("kinds", {})
    return {c: own.get(c, column_kind(c)) for c in df.columns}


def weight_kind(field_name):
    """What a weight field counts, from its name: 'woningen' (aantal_woningen), 'inwoners' (aantal_inwoners, inw),
    else 'huishoudens'."""
    name = str(field_name or "").lower()
    if "woning" in name or "dwelling" in name:
        return "woningen"
    if "inwon" in name or name.startswith("inw") or "resident" in name or "bevolking" in name:
        return "inwoners"
    return "huishoudens"


@dataclass
class AnnexSettings:
    year: int
    base_year: Optional[int] = None  # None: the layer has one year; sections that compare years are left out
    weighted: bool = True  # False: no households field; every area counts once and the annex says so
    lowest_onv: int = 10
    pressure: PressureRules = field(default_factory=PressureRules)  # the pressure tool's defaults
    risers: RiserRules = field(default_factory=RiserRules)
    differences: DifferenceRules = field(default_factory=DifferenceRules)  # weak and strong areas of the base year
    years: tuple = ()  # the measurements of the layer up to `year` (pressure looks at the last of them)
    level: Level = LEVELS["buurt"]  # the kind of area the annex lists
    weight_kind: str = "huishoudens"  # what the weight field counts: 'huishoudens', 'woningen' or 'inwoners'

    @property
    def unit(self):
        """What the counts count: 'huishoudens' (or 'woningen', 'inwoners'), or the areas ('buurten',
        'postcodegebieden') without a weight field."""
        return self.weight_kind if self.weighted else self.level.plural

    @property
    def weight_header(self):
        return WEIGHT_KINDS[self.weight_kind]

    def text(self):
        p, r = self.pressure, self.risers
        base = f"basisjaar {self.base_year}" if self.base_year is not None else "geen basisjaar (één meting)"
        # Without households the size criterion counts areas (PressureRules.min_units): said here, as in the log.
        size = (f"aaneengesloten {self.level.plural} met samen ≥ {p.min_weight:g} {self.unit}" if self.weighted else
                f"aaneengesloten {self.level.plural}, ≥ {p.min_units} (geen huishoudens: geen minimum van "
                f"{p.min_weight:g} huishoudens)" if p.min_units > 1 else
                f"aaneengesloten {self.level.plural} (geen huishoudens: geen minimum van {p.min_weight:g} huishoudens)")
        return (f"jaar {self.year}, {base}; onder druk: klasse ≤ {p.max_class} in ≥ {p.min_years} van de "
                f"laatste {p.last_years} metingen, {size}; stijgers/dalers: start klasse ≤ {r.start_max_class}, "
                f"≥ {r.class_steps} klasse; {self.differences_text()}laagste onv: {self.lowest_onv} {self.level.plural}; "
                f"tellingen in {self.unit}. Criteria van de plugin, niet de officiële (die zijn niet gepubliceerd).")

    def differences_text(self):
        """The criteria of the gap between weak and strong areas ('' without a base year: no gap to follow)."""
        if self.base_year is None:
            return ""
        d = self.differences
        return (f"zwak/sterk: klasse ≤ {d.weak_max_class} / ≥ {d.strong_min_class} in {self.base_year}, dezelfde "
                f"{self.level.plural} in {self.year}; ")

    def missing_sections(self):
        """{section: one Dutch sentence why the layer cannot fill it}; 'verandering' is the change map."""
        shown = ", ".join(map(str, self.years)) or str(self.year)
        out = {}
        if self.base_year is None:
            why = f"{self.level.layer} heeft alleen metingen van {shown}"
            out["verandering"] = f"Geen kaart van de verandering: die vraagt twee metingen, en {why}."
            out["verandering_gemiddelde"] = f"Geen verandering van het gemiddelde: die vraagt twee metingen, en {why}."
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


def release_note(release, years):
    """One Dutch sentence for the annex's sources: which class table the annex used and whether it fits the data's
    release. Each release recomputes every year and holds the years up to its own, so the last year of the layer
    tells its release (a PC4 file of release 2022 ends in 2022); the table's release is the profile's last year."""
    data_release = max(years) if len(years) else None
    table_years = release.raw.get("years") or [int(m) for m in re.findall(r"(?<!\d)(20\d\d)(?!\d)", release.id)]
    table_release = max(table_years) if table_years else None
    if data_release is None or table_release is None:
        return f"Klassen volgens de tabel van {release.title}."
    if data_release == table_release:
        return (f"Klassen volgens de tabel van {release.title}; die past bij de gegevens, die lopen tot en met "
                f"{data_release} (release {data_release}).")
    return (f"Klassen volgens de tabel van {release.title}, niet van de release van de gegevens: die lopen tot en met "
            f"{data_release}, dus release {data_release} (tenzij latere jaren zijn weggelaten), en voor release "
            f"{data_release} heeft de plugin geen klassentabel (de officiële grenzen van de totaalscore zijn niet "
            f"gepubliceerd). Klassen en klassengroepen volgen daarom de grenzen van release {table_release}; een gebied "
            f"vlak bij een grens kan in release {data_release} in de klasse ernaast vallen. Met een releaseprofiel "
            f"van release {data_release} (Klassen kalibreren, op een laag met officiële klassen) gebruikt de bijlage dat.")


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


def annex_tables(data, release, unit_codes, unit_names, gm_codes, weights, pairs, settings, gemeente_names=None,
                 groups=None, ranking=None, laaglaag=None):
    """{gm_code: {table: DataFrame or None}} for every gemeente, and the index table of all gemeenten.

    A table is None where the layer cannot fill it (settings.missing_sections() says why). Without weights
    (settings.weighted False) every area counts once and no households column is printed. The areas are listed
    by code (header settings.level.code_header) and, where `unit_names` is given, name; never the code twice.
    `gemeente_names`: {code: name} for the text; `groups`: {gemeente code: its group (G4, G40, overig …)}, where
    known, for the development beside the group's. With a base year the key figures hold the gap between the weak
    and the strong areas of the base year (the `differences` analysis, settings.differences) for the gemeente and
    for all areas of the layer. `ranking`: a ranking of the gemeenten
    (core/annex_ranking.AnnexRanking) for the section 'Positie van de gemeente', absent without one; `laaglaag`:
    (flag, cluster), the fields `laaglaag` ('ja'/'nee', NULL without a status) and `cluster` of the inequality
    analysis per area, when the areas are its output: the key figures then count the areas with a status, the
    laaglaag ones (and their weight) and those of them in a cluster.
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
    gaps = None
    if b is not None:
        gaps = differences(data, release, b, y, gm, w if settings.weighted else None, settings.differences).set_index(ZONE)
        national += _gap_rows(gaps.iloc[0], settings)
    labels_of = np.array([""] + list(release.class_labels), dtype=object)  # class 0 (no score) -> ""
    # Every table is built once for all areas and then split by gemeente: one pass, not one per gemeente.
    level = settings.level
    code_col = level.code_header
    weight_col = settings.weight_header
    base = pd.DataFrame({"gm": gm, code_col: unit_codes})
    if unit_names is not None:
        base[level.name_header] = unit_names
    if settings.weighted:
        base[weight_col] = w
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
            t[CHANGE_AFW] = rf["dafw"][m]
            t[DRIVER] = [DIMENSION_NAMES.get(d, "") if d else "" for d in rf["driver"][m]]
            # ties (equal changes) in code order: the same rows on every numpy, whose quicksort orders ties its own way
            all_tables[name] = t.sort_values([CHANGE_AFW, code_col], ascending=[name == "dalers", True], kind="mergesort")
    onv = data.get("onv", y)
    if onv is not None and np.isfinite(onv).any():
        m = np.isfinite(onv)
        t = base[m].copy()
        t[ONV] = onv[m]
        t[ONV_CLASS] = labels_of[release.dimension_class(onv[m]).astype(int)]
        all_tables["laagste_onv"] = t.sort_values([ONV, code_col], kind="mergesort").groupby("gm", sort=False).head(settings.lowest_onv)
    else:
        all_tables["laagste_onv"] = base[:0].assign(**{ONV: [], ONV_CLASS: []})
    lists = {name: _list_counts(all_tables.get(name), weight_col if settings.weighted else None) for name in LISTS}
    split = {name: dict(tuple(df.groupby("gm", sort=False))) for name, df in all_tables.items()}
    empty = {name: df.iloc[:0] for name, df in all_tables.items()}
    dev = _Development(data, release, gm, w, settings, groups)
    out, index_rows = {}, []
    for code in sorted({c for c in gm if c is not None}):
        sel = gm == code
        s = _summary(sel, w, afw_y, afw_b, k_y, k_b, release, settings)
        nat = list(national)
        if gaps is not None:
            s += _gap_rows(gaps.loc[code], settings)
        for name in LISTS:
            if name not in missing:
                own, everywhere = lists[name].get(code, (0, 0.0)), lists[name].get(None, (0, 0.0))
                s.append((f"{LIST_NAMES[name]}: {level.plural}", own[0], COUNT))
                nat.append((None, everywhere[0], COUNT))
                if settings.weighted:
                    s.append((f"{LIST_NAMES[name]}: {settings.unit}", own[1], COUNT))
                    nat.append((None, everywhere[1], COUNT))
        if laaglaag is not None:
            s += _laaglaag_rows(sel, w, laaglaag, settings)
            nat += [(None, v, kind) for _, v, kind in _laaglaag_rows(np.ones(data.n, dtype=bool), w, laaglaag, settings)]
        summary = pd.DataFrame({"kenmerk": [r[0] for r in s], "gemeente": [r[1] for r in s],
                                f"alle {level.plural}": [r[1] for r in nat]})
        summary.attrs["row_kinds"] = [r[2] for r in s]
        summary.attrs["class_labels"] = list(release.class_labels)  # the text names the weak and strong classes
        tables = {"samenvatting": summary, **dev.tables(code)}
        for name in TABLES:
            if name in all_tables:
                tables[name] = split[name].get(code, empty[name]).drop(columns="gm").reset_index(drop=True)
            elif name in ("onder_druk", "stijgers", "dalers"):
                tables[name] = None
        from .annex_text import annex_text  # it reads the tables' headers from here

        name = (gemeente_names or {}).get(code, code)
        if ranking is not None:
            tables[POSITION] = position_table(ranking, code)
        tables["tekst"] = pd.DataFrame({"tekst": annex_text(name, tables, settings,
                                                            position_sentence(name, ranking, code) if ranking else None)})
        out[code] = tables
        i = dev.index[code]
        index_rows.append({"gemeentecode": code, level.plural: int(sel.sum()), settings.unit: float(w[sel].sum()),
                           "afw": s[0][1], "klasse": s[1][1],
                           "afw basisjaar": dev.mean_of(i, b), "verandering afw": (s[2][1] if b is not None else None),
                           **{name: (len(tables[key]) if tables[key] is not None else None)
                              for name, key in (("onder druk", "onder_druk"), ("stijgers", "stijgers"), ("dalers", "dalers"))}})
    index = pd.DataFrame(index_rows)
    index.attrs["kinds"] = {settings.unit: COUNT, "afw basisjaar": SCORE, "verandering afw": CHANGE}
    if b is None:
        index = index.drop(columns=["afw basisjaar", "verandering afw"])
    return out, index


def _laaglaag_rows(sel, w, laaglaag, settings):
    """The key figures of the inequality analysis's flags among the areas `sel`: [(kenmerk, value, kind)]."""
    flag, cluster = (np.asarray(a, dtype=object) for a in laaglaag)
    plural, unit = settings.level.plural, settings.unit
    known = sel & np.isin(flag, (IS_LAAGLAAG, NOT_LAAGLAAG))
    ll = sel & (flag == IS_LAAGLAAG)
    rows = [(LAAGLAAG_ROWS["known"].format(plural=plural), int(known.sum()), COUNT),
            (LAAGLAAG_ROWS["n"].format(plural=plural), int(ll.sum()), COUNT)]
    if settings.weighted:
        rows.append((LAAGLAAG_ROWS["w"].format(unit=unit), float(w[ll].sum()), COUNT))
    rows.append((LAAGLAAG_ROWS["cluster"].format(plural=plural), int((ll & (cluster == IN_CLUSTER)).sum()), COUNT))
    return rows


# The key figures of the inequality analysis (leefbaarometer:inequality) when the areas are its output.
LAAGLAAG_ROWS = {"known": "{plural} met een status (leefbaarheid en sociale status)",
                 "n": "laaglaag (lage status en lage leefbaarheid): {plural}", "w": "laaglaag: {unit}",
                 "cluster": "laaglaag in een cluster: {plural}"}
LISTS = ("stijgers", "dalers", "onder_druk")
LIST_NAMES = {"stijgers": "stijgers", "dalers": "dalers", "onder_druk": "structureel onder druk"}


def _list_counts(table, weight_col):
    """{gemeente: (areas, weight)} of a list (stijgers …), and under None the totals of all gemeenten."""
    if table is None:
        return {}
    per = table.groupby("gm", sort=False)
    n = per.size()
    weight = per[weight_col].sum() if weight_col else n * 0.0
    out = {code: (int(n[code]), float(weight[code])) for code in n.index}
    out[None] = (len(table), float(table[weight_col].sum()) if weight_col else 0.0)
    return out


class _Development:
    """The figures per gemeente and measurement year behind the tables 'ontwikkeling', 'verandering_gemiddelde' and
    'klassengroepen': computed once for all gemeenten (core/series.py), split per gemeente on demand."""

    def __init__(self, data, release, gm, w, settings, groups):
        self.settings, self.release = settings, release
        self.years = [yy for yy in settings.years if yy <= settings.year] or [settings.year]
        names, zone = zone_index(gm)
        self.index = {c: i for i, c in enumerate(names)}
        self.means = all_measures(data, release, zone, len(names), w, self.years)
        everyone = np.zeros(data.n, dtype=np.int64)
        self.national = all_measures(data, release, everyone, 1, w, self.years)
        self.groups = {c: g for c, g in (groups or {}).items() if g not in (None, "")}
        if self.groups:
            group_names, group_zone = zone_index([self.groups.get(c) for c in gm])
            self.group_index = {g: i for i, g in enumerate(group_names)}
            self.group_means = all_measures(data, release, group_zone, len(group_names), w, self.years)
        classes = [unit_classes(data, release, yy) for yy in self.years]
        self.counts = group_weights(classes, zone, len(names), w)
        self.dims = [d for d in DIMENSIONS if d in self.means]
        self.labels = np.array([""] + list(release.class_labels), dtype=object)

    def mean_of(self, i, year):
        if year is None or year not in self.years:
            return None
        v = self.means["afw"][i, self.years.index(year)]
        return float(v) if np.isfinite(v) else None

    def _columns(self, code):
        """[(header, kind, values per year)] of one gemeente: its mean afw and class, all areas', its group's, its
        dimensions'."""
        i, level = self.index[code], self.settings.level
        afw = self.means["afw"][i]
        cols = [(GM_COLUMN, SCORE, afw), (CLASS_COLUMN, TEXT, self.labels[self.release.total_class(afw).astype(int)]),
                (f"Alle {level.plural}", SCORE, self.national["afw"][0])]
        group = self.groups.get(code)
        if group is not None:
            cols.append((str(group), SCORE, self.group_means["afw"][self.group_index[group]]))
        cols += [(d, SCORE, self.means[d][i]) for d in self.dims]
        return cols

    def tables(self, code):
        cols = self._columns(code)
        years = self.years
        dev = pd.DataFrame({YEAR_COLUMN: years, **{h: v for h, _, v in cols}})
        dev.attrs["kinds"] = {YEAR_COLUMN: YEAR, **{h: k for h, k, _ in cols}}
        dev.attrs["group"] = self.groups.get(code)  # the header of the group's column, if any
        out = {"ontwikkeling": dev, "verandering_gemiddelde": None}
        y, b = self.settings.year, self.settings.base_year
        if b is not None:
            since = [(years[0], "eerste meting")]
            if b not in (years[0], years[-2]):
                since.append((b, "basisjaar"))
            if years[-2] != years[0]:
                since.append((years[-2], "vorige meting"))
            last = years.index(y)
            rows = {SINCE: [f"sinds {s} ({why})" for s, why in since]}
            for h, k, v in cols:
                if k == SCORE:
                    rows[h] = [v[last] - v[years.index(s)] for s, _ in since]
            change = pd.DataFrame(rows)
            change.attrs["kinds"] = {SINCE: TEXT, **{h: CHANGE for h in rows if h != SINCE}}
            change.attrs["years"] = [s for s, _ in since]
            change.attrs["group"] = self.groups.get(code)
            out["verandering_gemiddelde"] = change
        i = self.index[code]
        counts = {GROUP_HEADERS[g]: self.counts[g][i] for g in GROUPS3}
        total = sum(counts.values())
        groups = pd.DataFrame({YEAR_COLUMN: years, **counts, TOTAL: total})
        for g in GROUPS3:
            groups[DIFF_HEADERS[g]] = np.r_[np.nan, np.diff(self.counts[g][i])]
        groups.attrs["kinds"] = {YEAR_COLUMN: YEAR, TOTAL: COUNT, **{GROUP_HEADERS[g]: COUNT for g in GROUPS3},
                                 **{DIFF_HEADERS[g]: COUNT_CHANGE for g in GROUPS3}}
        out["klassengroepen"] = groups
        return out


GROUP_HEADERS = {g: name[:1].upper() + name[1:] for g, name in GROUP3_NAMES.items()}
DIFF_HEADERS = {g: f"Verschil {lo}–{hi}" if lo != hi else f"Verschil {lo}" for g, (lo, hi) in GROUPS3.items()}
TOTAL = "Totaal"


def _summary(sel, w, afw_y, afw_b, k_y, k_b, release, settings):
    """[(kenmerk, value, kind)] of a set of areas: mean afw and its class, the change since the base year, and
    the households (or areas) per class group with their change. Values at full precision (the printed table
    and the spreadsheet's number format round them)."""
    y, b, unit = settings.year, settings.base_year, settings.unit
    mean_y = mean_of(afw_y, w, sel)
    weighted = f"gewogen met {unit}" if settings.weighted else f"{settings.level.plural} tellen even zwaar"
    out = [(f"gemiddelde afw {y} ({weighted})", mean_y if np.isfinite(mean_y) else None, SCORE),
           ("klasse van het gemiddelde",
            release.class_labels[int(release.total_class(np.array([mean_y]))[0]) - 1] if np.isfinite(mean_y) else "", TEXT)]
    if afw_b is not None:
        mean_b = mean_of(afw_b, w, sel)
        d = mean_y - mean_b
        out.append((f"verandering afw sinds {b}", d if np.isfinite(d) else None, CHANGE))
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


def gap_labels(settings):
    """The key figures' labels of the gap between weak and strong areas (`kenmerk`), by what they hold."""
    b, y, p, d = settings.base_year, settings.year, settings.level.plural, settings.differences
    return {N_WEAK: f"zwakke {p} (klasse ≤ {d.weak_max_class} in {b})",
            N_STRONG: f"sterke {p} (klasse ≥ {d.strong_min_class} in {b})",
            "gap_a": f"verschil sterk − zwak {b}", "gap_b": f"verschil sterk − zwak {y} (dezelfde {p})",
            DGAP: f"verandering verschil sinds {b}", PATTERN: "patroon van het verschil"}


def _gap_rows(row, settings):
    """[(kenmerk, value, kind)] of the gap between the weak and the strong areas of a gemeente (or of all areas): a
    row of the `differences` analysis (weighted as the annex is)."""
    f = difference_fields(settings.base_year, settings.year)
    labels = gap_labels(settings)
    value = {N_WEAK: row[N_WEAK], N_STRONG: row[N_STRONG], "gap_a": row[f["gap_a"]], "gap_b": row[f["gap_b"]],
             DGAP: row[DGAP], PATTERN: row[PATTERN] or ""}
    kinds = {N_WEAK: COUNT, N_STRONG: COUNT, "gap_a": SCORE, "gap_b": SCORE, DGAP: CHANGE, PATTERN: TEXT}
    return [(labels[k], None if kinds[k] != TEXT and not np.isfinite(float(value[k])) else value[k], kinds[k])
            for k in labels]
