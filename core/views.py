"""What the dock shows: from a layer's fields and the user's choice (view, measure, years) to a styling spec.

QGIS-free: a spec says which field or expression to style, graduated or categorized, with which breaks,
labels and colours. The dock turns specs into renderers; building one costs no pass over the features, so
switching measure or year is instant whatever the layer's size. Breaks come from the release profile, so the
legend is the same for every year.
"""
from dataclasses import dataclass
from dataclasses import field

from .schema import DIMENSION_NAMES
from .schema import DIMENSIONS
from .schema import KEY_COLUMNS
from .schema import LABEL_COLUMNS
from .schema import layout_of
from .schema import score_fields

VIEWS = ("classes", "deviation", "change", "risers", "pressure")
MEASURE_CHOICES = ("total",) + DIMENSIONS
MEASURE_LABELS = {"total": "Totaalscore", **DIMENSION_NAMES}
NO_SCORE_COLOUR, NO_SCORE_LABEL = "#cccccc", "geen score"
# Categories of the report analyses' outputs and views: value -> (label, colour). Colour-blind safe (ColorBrewer).
CATEGORY_STYLES = {
    "spot": {"hot": ("hot spot: hoge scores geclusterd", "#4575b4"), "cold": ("cold spot: lage scores geclusterd", "#d73027"),
             "ns": ("niet significant", "#eeeeee"), "geen buren": ("geen buren", "#ffffff")},
    "risico": {3: ("hoog", "#b2182b"), 2: ("midden", "#ef8a62"), 1: ("laag", "#fddbc7"), 0: ("geen", "#f7f7f7"),
               -1: ("n.v.t. (klasse < 5)", "#cccccc"), -2: (NO_SCORE_LABEL, "#ffffff")},
    "rf": {"stijger": ("stijger", "#542788"), "daler": ("daler", "#b35806"), "afglijder": ("afglijder", "#fdb863")},
    "traject": {"persistent laag": ("persistent laag", "#d73027"), "nieuw laag": ("nieuw laag", "#fc8d59"),
                "wisselend laag": ("wisselend laag", "#fdae61"),
                "herstellend": ("herstellend", "#91bfdb"), "dalend": ("dalend", "#fee090"),
                "stijgend": ("stijgend", "#4575b4"), "stabiel": ("stabiel", "#eeeeee")},
    "druk": {"onder druk": ("onder druk", "#d73027"), "niet": ("niet", "#eeeeee")},
}


@dataclass
class LayerScores:
    """Where a layer keeps each measure and year: {(measure, year): field name}. Flat WFS layers map
    (measure, their year) to the bare field name."""

    fields: dict
    names: list = field(default_factory=list)

    def years(self, measure=None):
        wanted = ("afw", "lbm") if measure in (None, "total") else (measure,)
        return sorted({y for (m, y) in self.fields if m in wanted})

    def get(self, measure, year):
        return self.fields.get((measure, year))


def layer_scores(field_names, flat_year=None):
    """LayerScores of a layer: the wide schema, or flat WFS fields with the layer's single year (a flat layer
    whose year is not known has none)."""
    if layout_of(field_names) == "flat" and flat_year is None:
        return LayerScores({}, list(field_names))
    return LayerScores(score_fields(field_names, None if flat_year is None else int(flat_year)), list(field_names))


@dataclass
class Spec:
    kind: str  # 'graduated' or 'categorized'
    expression: str  # a field name or an expression
    breaks: list = field(default_factory=list)  # graduated: upper bounds of classes 1..8
    categories: list = field(default_factory=list)  # categorized: [(value, label, colour)]
    labels: list = field(default_factory=list)
    colours: list = field(default_factory=list)
    title: str = ""
    note: str = ""


def quoted(name):
    return '"' + name.replace('"', '""') + '"'


def class_expression(score, cuts):
    """A CASE expression giving classes 1..9 of a score expression (on a cut-point: the upper class)."""
    parts = " ".join(f"WHEN {score} < {c!r} THEN {k + 1}" for k, c in enumerate(cuts))
    return f"CASE WHEN {score} IS NULL THEN NULL {parts} ELSE {len(cuts) + 1} END"


def _total(scores, year, release):
    """(field expression, cut-points) of the total score in a year: afw, or lbm with C added to the cuts."""
    afw = scores.get("afw", year)
    if afw:
        return quoted(afw), [float(c) for c in release.total_cutpoints_afw]
    lbm = scores.get("lbm", year)
    if lbm:
        return quoted(lbm), [float(c) + release.constant_c for c in release.total_cutpoints_afw]
    return None, None


def _score(scores, measure, year, release):
    if measure == "total":
        return _total(scores, year, release)
    f = scores.get(measure, year)
    return (quoted(f), [float(c) for c in release.dimension_cutpoints]) if f else (None, None)


def _class_categories(release, change=False):
    """[(class, "k label", colour)] for classes 1–9 of scores or of change."""
    labels, colours = (release.change_labels, release.palette_change) if change else (release.class_labels, release.palette_scores)
    return [(k, f"{k} {label}", colour) for k, (label, colour) in enumerate(zip(labels, colours), start=1)]


def _categories(kind):
    return [(value, label, colour) for value, (label, colour) in CATEGORY_STYLES[kind].items()]


def class_field_spec(field_name, release, change=False, title=""):
    """Categories 1–9 of a class field (kscore_2024, kdafw_2022_2024 …) with the release's labels and colours."""
    cats = _class_categories(release, change)
    return Spec("categorized", quoted(field_name), categories=cats, labels=[c[1] for c in cats],
                colours=[c[2] for c in cats], title=title or field_name,
                note=f"{release.credit}; klassen: {release.title}")


def category_spec(field_name, kind, title=""):
    """Categories of a report analysis' label field (spot, risico, rf, traject) from CATEGORY_STYLES."""
    return Spec("categorized", quoted(field_name), categories=_categories(kind), title=title or field_name,
                note="criteria in het veld 'criteria' (niet officieel)")


def no_data_spec(title, note=""):
    """Every area grey as 'geen score': the map of a choice the layer has no scores for (a dimension in 2002), so
    that the map never keeps showing an earlier choice."""
    return Spec("categorized", "NULL", title=title, note=note)


def score_layer_spec(field_names, release):
    """Total-score classes of the latest year, computed from the scores with the release's cut-points (so
    that the map shows the run's release, whatever class fields the layer carries); None without scores."""
    scores = layer_scores(field_names)
    years = scores.years("total")
    if not years:
        return None
    return view_spec(scores, release, "classes", "total", years[-1], use_class_fields=False)


def view_spec(scores, release, view, measure="total", year=None, year_from=None, pressure_years=4, pressure_min=3,
              pressure_max_class=3, use_class_fields=True):
    """The styling spec for a view, or None when the layer lacks what the view needs (the dock says so).

    `use_class_fields`: show the layer's class fields (official or computed classes) where it has them;
    False computes the classes from the scores with the release's cut-points.
    """
    name = MEASURE_LABELS[measure]
    credit = f"{release.credit}; klassen: {release.title}"
    if view in ("classes", "deviation"):
        if view == "deviation":
            f = scores.get("afw", year) if measure == "total" else scores.get(measure, year)
            if not f:
                return None
            class_field = scores.get("kafw" if measure == "total" else f"k{measure}", year)
            expr, cuts = quoted(f), [float(c) for c in release.dimension_cutpoints]
        else:
            class_field = scores.get("kscore" if measure == "total" else f"k{measure}", year)
            expr, cuts = _score(scores, measure, year, release)
            if expr is None and not class_field:
                return None
        title = f"{name} {year}" + (" (afwijking)" if view == "deviation" else "")
        cats = _class_categories(release)
        if class_field and (use_class_fields or expr is None):  # official (or computed) classes on the layer
            return Spec("categorized", quoted(class_field), labels=[c[1] for c in cats], colours=release.palette_scores,
                        categories=cats, title=title, note=credit)
        return Spec("graduated", expr, breaks=cuts, labels=[c[1] for c in cats], colours=release.palette_scores,
                    title=title, note=credit + " (klassen berekend uit de scores)")
    if view == "change":
        if year_from is None or year is None or year_from >= year:
            return None
        m = "afw" if measure == "total" else measure
        field_name = f"d{m}_{year_from}_{year}"  # made by the change algorithm
        if field_name in scores.names:
            expr = quoted(field_name)
        else:
            a, _ = _score(scores, measure, year_from, release)
            b, _ = _score(scores, measure, year, release)
            if a is None or b is None:
                return None
            expr = f"({b} - {a})"
        cats = _class_categories(release, change=True)
        return Spec("graduated", expr, breaks=[float(c) for c in release.change_cutpoints], labels=[c[1] for c in cats],
                    colours=release.palette_change, title=f"{name}: verandering {year_from}–{year}", note=credit)
    if view == "risers":
        if year_from is None or year is None or year_from >= year:
            return None
        stored = f"rf_{year_from}_{year}"
        if stored in scores.names:
            expr = quoted(stored)
        else:
            a, cuts_a = _total(scores, year_from, release)
            b, cuts_b = _total(scores, year, release)
            if a is None or b is None:
                return None
            k0, k1 = class_expression(a, cuts_a), class_expression(b, cuts_b)
            expr = (f"CASE WHEN ({k0}) <= 4 AND ({k1}) - ({k0}) >= 1 THEN 'stijger' "
                    f"WHEN ({k0}) <= 4 AND ({k0}) - ({k1}) >= 1 THEN 'daler' "
                    f"WHEN ({k0}) BETWEEN 5 AND 6 AND ({k0}) - ({k1}) >= 1 THEN 'afglijder' END")
        return Spec("categorized", expr, categories=_categories("rf"),
                    title=f"Stijgers en dalers {year_from}–{year}",
                    note=credit + "; start zwak of lager, 1 klasse stap (standaard, niet officieel)")
    if view == "pressure":
        if "k_laatst" in scores.names:  # the output of the pressure algorithm
            return class_field_spec("k_laatst", release, title="Structureel onder druk (clusters)")
        years = scores.years("total")[-pressure_years:]
        if len(years) < pressure_min:
            return None
        severe = []
        for y in years:
            e, cuts = _total(scores, y, release)
            severe.append(f"(CASE WHEN ({class_expression(e, cuts)}) <= {pressure_max_class} THEN 1 ELSE 0 END)")
        expr = f"CASE WHEN {' + '.join(severe)} >= {pressure_min} THEN 'onder druk' ELSE 'niet' END"
        return Spec("categorized", expr, categories=_categories("druk"),
                    title=f"Klasse ≤ {pressure_max_class} in ≥ {pressure_min} van {'/'.join(map(str, years))}",
                    note=credit + "; zonder de eisen aan omvang en samenhang: gebruik daarvoor het algoritme (niet officieel)")
    return None


# --- What the panel probes and shows of one area ------------------------------------------------------------

def drop_empty_dimensions(scores, has_value):
    """Remove the dimension fields of years in which they are NULL throughout (2002, 2008, 2012, 2016 in the
    open data): such years count as without dimensions. `has_value(field)` asks the layer; the dimensions go
    together, so one field per year is probed."""
    for y in scores.years():
        probe = scores.get(DIMENSIONS[0], y)
        if probe and not has_value(probe):
            for d in DIMENSIONS:
                scores.fields.pop((d, y), None)
    return scores


def area_profile(values, scores, release):
    """(title, dims, dims year, totals) of one area for the profile chart, from its own fields.

    `values`: {field name: value} of the area (NULL as None). dims: [(dimension name, value, class label, colour)]
    of the latest year with all five dimensions; totals: [(year, afw, class label, colour)]; colours as on the map.
    """
    label = next((values[n] for n in LABEL_COLUMNS if values.get(n) is not None), None)
    key = next((values[n] for n in KEY_COLUMNS if values.get(n) is not None), "")
    title = f"{label} ({key})" if label else str(key)

    def value(m, y):
        f = scores.get(m, y)
        v = values.get(f) if f else None
        return None if v is None or str(v) == "NULL" else float(v)

    dims_year = max((y for y in scores.years() if all(value(d, y) is not None for d in DIMENSIONS)), default=None)
    dims = []
    for d in DIMENSIONS:
        v = value(d, dims_year) if dims_year else None
        k = int(release.dimension_class([v])[0]) if v is not None else 0
        dims.append((DIMENSION_NAMES[d], v, release.class_labels[k - 1] if k else NO_SCORE_LABEL,
                     release.palette_scores[k - 1] if k else NO_SCORE_COLOUR))
    totals = []
    for y in scores.years("total"):
        afw = value("afw", y)
        if afw is None and value("lbm", y) is not None:
            afw = value("lbm", y) - release.constant_c
        k = int(release.total_class([afw])[0]) if afw is not None else 0
        totals.append((y, afw, release.class_labels[k - 1] if k else NO_SCORE_LABEL,
                       release.palette_scores[k - 1] if k else NO_SCORE_COLOUR))
    return title, dims, dims_year, totals
