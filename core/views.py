"""What the dock shows: from a layer's fields and the user's choice (view, measure, years) to a styling spec.

QGIS-free: a spec says which field or expression to style, graduated or categorized, with which breaks,
labels and colours. The dock turns specs into renderers; building one costs no pass over the features, so
switching measure or year is instant whatever the layer's size. Breaks come from the release profile, so the
legend is the same for every year.
"""
from dataclasses import dataclass, field

from .schema import DIMENSION_NAMES, DIMENSIONS, wide_fields

VIEWS = ("classes", "deviation", "change", "risers", "pressure")
VIEW_NAMES = {
    "classes": "Scoreklassen",
    "deviation": "Afwijking (kafw)",
    "change": "Verandering tussen twee jaren",
    "risers": "Stijgers en dalers",
    "pressure": "Structureel onder druk",
}
MEASURE_CHOICES = ("total",) + DIMENSIONS
MEASURE_LABELS = {"total": "Totaalscore", **DIMENSION_NAMES}
RISER_COLOURS = {"stijger": "#542788", "daler": "#b35806", "afglijder": "#fdb863"}
PRESSURE_COLOURS = {"onder druk": "#d73027", "niet": "#eeeeee"}


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
    """LayerScores of a layer: the wide schema, or flat WFS fields with the layer's single year."""
    wide = wide_fields(field_names)
    if any(m in ("lbm", "afw") + DIMENSIONS for (m, _) in wide):
        return LayerScores(wide, list(field_names))
    lower = {n.lower(): n for n in field_names}
    flat = {}
    if flat_year is not None:
        for m in ("lbm", "afw", "kscore", "kafw") + DIMENSIONS + tuple(f"k{d}" for d in DIMENSIONS):
            if m in lower:
                flat[(m, int(flat_year))] = lower[m]
    return LayerScores(flat, list(field_names))


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


def _class_labels(release):
    return [f"{k} {label}" for k, label in enumerate(release.class_labels, start=1)]


def view_spec(scores, release, view, measure="total", year=None, year_from=None, pressure_years=4, pressure_min=3,
              pressure_max_class=3):
    """The styling spec for a view, or None when the layer lacks what the view needs (the dock says so)."""
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
        if class_field:  # official (or computed) classes are on the layer: show those
            return Spec("categorized", quoted(class_field), labels=_class_labels(release), colours=release.palette_scores,
                        categories=[(k, lab, col) for k, (lab, col) in enumerate(zip(_class_labels(release), release.palette_scores), 1)],
                        title=title, note=credit)
        return Spec("graduated", expr, breaks=cuts, labels=_class_labels(release), colours=release.palette_scores,
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
        labels = [f"{k} {label}" for k, label in enumerate(release.change_labels, start=1)]
        return Spec("graduated", expr, breaks=[float(c) for c in release.change_cutpoints], labels=labels,
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
        return Spec("categorized", expr, categories=[(v, v, c) for v, c in RISER_COLOURS.items()],
                    title=f"Stijgers en dalers {year_from}–{year}",
                    note=credit + "; start zwak of lager, 1 klasse stap (standaard, niet officieel)")
    if view == "pressure":
        if "k_laatst" in scores.names:  # the output of the pressure algorithm
            return Spec("categorized", quoted("k_laatst"), labels=_class_labels(release), colours=release.palette_scores,
                        categories=[(k, lab, col) for k, (lab, col) in enumerate(zip(_class_labels(release), release.palette_scores), 1)],
                        title="Structureel onder druk (clusters)", note=credit)
        years = scores.years("total")[-pressure_years:]
        if len(years) < pressure_min:
            return None
        severe = []
        for y in years:
            e, cuts = _total(scores, y, release)
            severe.append(f"(CASE WHEN ({class_expression(e, cuts)}) <= {pressure_max_class} THEN 1 ELSE 0 END)")
        expr = f"CASE WHEN {' + '.join(severe)} >= {pressure_min} THEN 'onder druk' ELSE 'niet' END"
        return Spec("categorized", expr, categories=[(v, v, c) for v, c in PRESSURE_COLOURS.items()],
                    title=f"Klasse ≤ {pressure_max_class} in ≥ {pressure_min} van {'/'.join(map(str, years))}",
                    note=credit + "; zonder de eisen aan omvang en samenhang: gebruik daarvoor het algoritme (niet officieel)")
    return None
