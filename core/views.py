"""What the dock shows: from a layer's fields and the user's choice (view, measure, years) to a styling spec.

QGIS-free: a spec says which field or expression to style, graduated or categorized, with which breaks,
labels and colours. The dock turns specs into renderers; building one costs no pass over the features, so
switching measure or year is instant whatever the layer's size. Breaks come from the release profile, so the
legend is the same for every year.
"""
import re
from dataclasses import dataclass
from dataclasses import field

from .analyses.differences import DifferenceRules
from .analyses.dimension_profile import ProfileRules
from .analyses.pressure import PressureRules
from .analyses.rank_zones import MAP_COLOURS
from .analyses.rank_zones import MAP_LABELS
from .analyses.rank_zones import NOT_RANKED_COLOUR
from .analyses.rank_zones import rank_limits
from .analyses.risers_fallers import RiserRules
from .i18n import tr
from .i18n import tr_noop
from .names import BETWEEN
from .names import BIV
from .names import CLASS_LAST
from .names import CLASSIC
from .names import COMPENSATED
from .names import COMPOSITE
from .names import FALLER
from .names import GAP_SMALLER
from .names import MIDDLE
from .names import NO_NEIGHBOURS
from .names import NO_STRONG
from .names import NO_WEAK
from .names import NOT_FLAGGED
from .names import NOT_LOW
from .names import NOT_UNDER_PRESSURE
from .names import PATTERN
from .names import PROFILE_TYPE
from .names import RANK
from .names import RISER
from .names import SLIDER
from .names import STRONG_FELL
from .names import STRONG_ROSE
from .names import UNDER_PRESSURE
from .names import WEAK_FALLS
from .names import WEAK_FELL
from .names import WEAK_RISES_LESS
from .names import WEAK_ROSE
from .names import change_field
from .names import risers_fields
from .schema import DIMENSIONS
from .schema import KEY_COLUMNS
from .schema import LABEL_COLUMNS
from .schema import layout_of
from .schema import score_fields

VIEWS = ("classes", "deviation", "change", "risers", "pressure", "ranking", "inequality", "profile", "differences")
# Names and labels are English source strings marked for translation (core/i18n.py): shown through tr().
VIEW_NAMES = {
    "classes": tr_noop("Score classes"),
    "deviation": tr_noop("Deviation from the national average"),
    "change": tr_noop("Change between two years"),
    "risers": tr_noop("Risers and fallers"),
    "pressure": tr_noop("Structurally under pressure"),
    "ranking": tr_noop("Ranking of zones"),
    "inequality": tr_noop("Livability and social status"),
    "profile": tr_noop("Low on a dimension: klassiek or gecompenseerd"),
    "differences": tr_noop("Differences within zones"),
}
MEASURE_CHOICES = ("total",) + DIMENSIONS
# The dimensions in English; their Dutch translations are the Leefbaarometer's own names (schema.DIMENSION_NAMES).
MEASURE_LABELS = {"total": tr_noop("Total score"), "fys": tr_noop("Physical environment"),
                  "onv": tr_noop("Nuisance and insecurity"), "soc": tr_noop("Social cohesion"),
                  "vrz": tr_noop("Amenities"), "won": tr_noop("Housing stock")}
NO_SCORE_COLOUR, NO_SCORE_LABEL = "#cccccc", tr_noop("no score")
NO_SCORE_LABEL_NL = "geen score"
NOT_RANKED_LABEL = tr_noop("not ranked (see the field 'reason')")  # the annexes are Dutch documents in every language of QGIS
# Categories of the report analyses' outputs and views: stored value (a language-neutral code, never translated)
# -> (legend label, translated where shown, colour). Colour-blind safe (ColorBrewer).
CATEGORY_STYLES = {
    "spot": {"hot": (tr_noop("hot spot: high scores clustered"), "#4575b4"),
             "cold": (tr_noop("cold spot: low scores clustered"), "#d73027"),
             "ns": (tr_noop("not significant"), "#eeeeee"), NO_NEIGHBOURS: (tr_noop("no neighbours"), "#ffffff")},
    "risico": {3: (tr_noop("high"), "#b2182b"), 2: (tr_noop("medium"), "#ef8a62"), 1: (tr_noop("low"), "#fddbc7"),
               0: (tr_noop("none"), "#f7f7f7"), -1: (tr_noop("n/a (class < 5)"), "#e0e0e0"),
               -2: (NO_SCORE_LABEL, NO_SCORE_COLOUR)},
    "rf": {RISER: (tr_noop("riser"), "#542788"), FALLER: (tr_noop("faller"), "#b35806"),
           SLIDER: (tr_noop("slider (from voldoende)"), "#fdb863")},
    "traject": {"persistent laag": (tr_noop("persistently low"), "#d73027"), "nieuw laag": (tr_noop("newly low"), "#fc8d59"),
                "wisselend laag": (tr_noop("alternately low"), "#fdae61"),
                "herstellend": (tr_noop("recovering"), "#91bfdb"), "dalend": (tr_noop("falling"), "#fee090"),
                "stijgend": (tr_noop("rising"), "#4575b4"), "stabiel": (tr_noop("stable"), "#eeeeee")},
    "druk": {UNDER_PRESSURE: (tr_noop("under pressure"), "#d73027"),
             NOT_UNDER_PRESSURE: (tr_noop("not under pressure"), "#eeeeee")},
    "type": {CLASSIC: (tr_noop("klassiek: low overall too"), "#d73027"),
             BETWEEN: (tr_noop("tussen: in between"), "#fee090"),
             COMPENSATED: (tr_noop("gecompenseerd: offset by other dimensions"), "#4575b4")},
    "patroon": {WEAK_FALLS: (tr_noop("gap wider: the weak units fell"), "#b2182b"),
                WEAK_RISES_LESS: (tr_noop("gap wider: the weak units rose less than the strong"), "#ef8a62"),
                GAP_SMALLER: (tr_noop("gap not wider"), "#67a9cf"),
                NO_WEAK: (tr_noop("no weak units"), "#f7f7f7"), NO_STRONG: (tr_noop("no strong units"), "#fee090")},
    # The differences view of a layer with scores: each unit's group in the first year and where it went.
    "zwaksterk": {WEAK_FELL: (tr_noop("weak, fell"), "#b2182b"), WEAK_ROSE: (tr_noop("weak, rose or the same"), "#f4a582"),
                  MIDDLE: (tr_noop("neither weak nor strong"), "#f7f7f7"),
                  STRONG_FELL: (tr_noop("strong, fell"), "#92c5de"), STRONG_ROSE: (tr_noop("strong, rose or the same"), "#2166ac")},
}
# The 3 × 3 bivariate map of livability and status (analyses/inequality.py, field `biv` = "s-l"): the palette
# "DkViolet" of the R package biscale (Prener, Grossenbacher & Zehr), turned so that the stacking of low status and
# low livability draws darkest: low status adds blue, low livability adds red (the Leefbaarometer's colour of low
# scores), both low is dark violet, both high pale. Colour-blind safe: simulated for protanopia, deuteranopia and
# tritanopia (Machado et al. 2009), every pair of the nine colours stays at least 12.5 CIELAB units apart (13.0 at the
# closest, for protanopia; 18.7 unsimulated; tests/unit/test_inequality.py). In legend order: the rows of the square
# from high livability (top) to low, status from low (left) to high. Areas without a status or score light grey
# #eeeeee: the plugin's 'no score' grey #cccccc is too close to the pale corner; #eeeeee stays at least 16 units from
# all nine and shows on a white background.
CATEGORY_STYLES["biv"] = {
    "1-3": (tr_noop("1-3 low status, high livability"), "#4885c1"),
    "2-3": (tr_noop("2-3 middle status, high livability"), "#89a1c8"),
    "3-3": (tr_noop("3-3 high status, high livability"), "#cabed0"),
    "1-2": (tr_noop("1-2 low status, middle livability"), "#435786"),
    "2-2": (tr_noop("2-2 middle status, middle livability"), "#806a8a"),
    "3-2": (tr_noop("3-2 high status, middle livability"), "#bc7c8f"),
    "1-1": (tr_noop("1-1 low status, low livability"), "#3f2949"),
    "2-1": (tr_noop("2-1 middle status, low livability"), "#77324c"),
    "3-1": (tr_noop("3-1 high status, low livability"), "#ae3a4e"),
    None: (tr_noop("no status or no score"), "#eeeeee"),
}
# The risers-and-fallers view of a layer with scores: units with both scores that are neither riser, faller nor slider.
NOT_FLAGGED_STYLE = (tr_noop("neither riser nor faller"), "#eeeeee")
# The dimension-profile view of a layer with scores: units not low on the dimension.
NOT_LOW_STYLE = (tr_noop("not low on the dimension"), "#eeeeee")


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
    return [(value, tr(label), colour) for value, (label, colour) in CATEGORY_STYLES[kind].items()]


def _credit(release):
    """The release's credit and class scheme, under every map."""
    return tr("{credit}; classes: {release}").format(credit=release.credit, release=release.title)


def class_field_spec(field_name, release, change=False, title=""):
    """Categories 1–9 of a class field (kscore_2024, kdafw_2022_2024 …) with the release's labels and colours."""
    cats = _class_categories(release, change)
    return Spec("categorized", quoted(field_name), categories=cats, labels=[c[1] for c in cats],
                colours=[c[2] for c in cats], title=title or field_name,
                note=_credit(release))


def category_spec(field_name, kind, title=""):
    """Categories of a report analysis' label field (spot, risico, rf, traject) from CATEGORY_STYLES."""
    return Spec("categorized", quoted(field_name), categories=_categories(kind), title=title or field_name,
                note=tr("criteria in the field 'criteria' (not official)"))


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


def view_spec(scores, release, view, measure="total", year=None, year_from=None, use_class_fields=True, risers=None,
              pressure=None, ranked=None, profile=None, differences=None):
    """The styling spec for a view, or None when the layer lacks what the view needs (the dock says so).

    `use_class_fields`: show the layer's class fields (official or computed classes) where it has them;
    False computes the classes from the scores with the release's cut-points. `risers` (RiserRules), `pressure`
    (PressureRules), `profile` (ProfileRules) and `differences` (DifferenceRules): the criteria of those views, by
    default the analyses' own defaults. `ranked`: the number of zones ranked in a ranking (the output of rankzones),
    for the ranking view.
    """
    name = tr(MEASURE_LABELS[measure])
    credit = _credit(release)
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
        title = (tr("{measure} {year} (deviation)") if view == "deviation" else tr("{measure} {year}")).format(
            measure=name, year=year)
        cats = _class_categories(release)
        if class_field and (use_class_fields or expr is None):  # official (or computed) classes on the layer
            return Spec("categorized", quoted(class_field), labels=[c[1] for c in cats], colours=release.palette_scores,
                        categories=cats, title=title, note=credit)
        return Spec("graduated", expr, breaks=cuts, labels=[c[1] for c in cats], colours=release.palette_scores,
                    title=title, note=tr("{credit} (classes computed from the scores)").format(credit=credit))
    if view == "change":
        if year_from is None or year is None or year_from >= year:
            return None
        m = "afw" if measure == "total" else measure
        field_name = change_field(m, year_from, year)  # made by the change algorithm
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
                    colours=release.palette_change, note=credit,
                    title=tr("{measure}: change {year_from}–{year}").format(measure=name, year_from=year_from, year=year))
    if view == "risers":
        if year_from is None or year is None or year_from >= year:
            return None
        rules = risers or RiserRules()
        stored = risers_fields(year_from, year)["label"]
        if stored in scores.names:
            expr = quoted(stored)
        else:
            expr = _risers_expression(scores, release, year_from, year, rules)
            if expr is None:
                return None
        return Spec("categorized", expr, categories=_categories("rf") + [(NOT_FLAGGED, tr(NOT_FLAGGED_STYLE[0]), NOT_FLAGGED_STYLE[1])],
                    title=tr("Risers and fallers {year_from}–{year}").format(year_from=year_from, year=year),
                    note=_risers_note(credit, rules))
    if view == "inequality":  # the output of the inequality tool: its bivariate classes
        return category_spec(BIV, "biv", tr("Livability and social status (bivariate)")) if BIV in scores.names else None
    if view == "pressure":
        rules = pressure or PressureRules()
        if CLASS_LAST in scores.names:  # the output of the pressure algorithm
            return class_field_spec(CLASS_LAST, release, title=tr("Structurally under pressure (clusters)"))
        years = scores.years("total")[-rules.last_years:]
        if len(years) < rules.min_years:
            return None
        severe, totals = [], []
        for y in years:
            e, cuts = _total(scores, y, release)
            totals.append(e)
            severe.append(f"(CASE WHEN ({class_expression(e, cuts)}) <= {rules.max_class} THEN 1 ELSE 0 END)")
        # A unit without a total score in any of the years is NULL ('no score'), not 'niet'.
        expr = (f"CASE WHEN coalesce({', '.join(totals)}) IS NULL THEN NULL "
                f"WHEN {' + '.join(severe)} >= {rules.min_years} THEN {_literal(UNDER_PRESSURE)} "
                f"ELSE {_literal(NOT_UNDER_PRESSURE)} END")
        return Spec("categorized", expr, categories=_categories("druk"),
                    title=tr("Class ≤ {max_class} in ≥ {min_years} of {years}").format(
                        max_class=rules.max_class, min_years=rules.min_years, years="/".join(map(str, years))),
                    note=tr("{credit}; without the requirements of size and contiguity: use the algorithm for those (not "
                            "official)").format(credit=credit))
    if view == "ranking":
        return ranking_spec(ranked) if is_ranking(scores.names) and ranked else None
    if view == "profile":
        return _profile_spec(scores, release, measure, year, use_class_fields, profile or ProfileRules(), credit)
    if view == "differences":
        return _differences_spec(scores, release, year_from, year, differences or DifferenceRules(), credit)
    return None


def is_ranking(field_names):
    """True for the output of rankzones (a ranking of zones: `rank` and `composite`)."""
    return RANK in field_names and COMPOSITE in field_names


def ranking_spec(ranked, title=""):
    """The zones of a ranking of `ranked` zones by their rank, in words: the most unfavourable 10 % (rank 1–34) … the
    most favourable 10 %, and 'not ranked' (rank NULL) grey. Classes by rank ≤ share × M (rank_zones.MAP_SHARES)."""
    limits = rank_limits(ranked)
    col = quoted(RANK)
    parts = " ".join(f"WHEN {col} <= {last} THEN {k}" for k, last in enumerate(limits[:-1], start=1))
    cats, first = [], 1
    for k, (label, colour, last) in enumerate(zip(MAP_LABELS, MAP_COLOURS, limits), start=1):
        span = (tr("rank {first}–{last}") if last > first else tr("rank {first}") if last == first else tr("no zone")).format(
            first=first, last=last)
        cats.append((k, f"{tr(label)} ({span})", colour))
        first = max(first, last + 1)
    cats.append((None, tr(NOT_RANKED_LABEL), NOT_RANKED_COLOUR))
    return Spec("categorized", f"CASE WHEN {col} IS NULL THEN NULL {parts} ELSE {len(limits)} END", categories=cats,
                labels=[c[1] for c in cats], colours=[c[2] for c in cats],
                title=title or tr("Ranking of {ranked} zones (1 = most unfavourable)").format(ranked=ranked),
                note=tr("criteria in the field 'criteria' (not official); why a zone is not ranked: the field 'reason'"))


def _profile_spec(scores, release, measure, year, use_class_fields, rules, credit):
    """The dimension-profile view: the output of the dimensionprofile algorithm by its stored type; a layer with scores
    by the type of every unit low on the dimension (the measure; the total chooses the rules' dimension): its class on
    it at most view_max_class, typed by its total class as the algorithm types the lowest units."""
    if PROFILE_TYPE in scores.names and RANK in scores.names:  # the algorithm's list of the lowest units
        return Spec("categorized", quoted(PROFILE_TYPE), categories=_categories("type"),
                    title=tr("Lowest units on a dimension, by type"), note=tr("criteria in the field 'criteria' (not official)"))
    dimension = rules.dimension if measure == "total" else measure
    score, cuts = _score(scores, dimension, year, release)
    total, total_cuts = _total(scores, year, release)
    if score is None or total is None:
        return None
    k_dim, k_total = scores.get(f"k{dimension}", year), scores.get("kscore", year)
    k_dim = quoted(k_dim) if k_dim and use_class_fields else class_expression(score, cuts)
    k_total = quoted(k_total) if k_total and use_class_fields else class_expression(total, total_cuts)
    expr = (f"CASE WHEN {score} IS NULL OR {total} IS NULL THEN NULL "
            f"WHEN ({k_dim}) > {rules.view_max_class} THEN {_literal(NOT_LOW)} "
            f"WHEN ({k_total}) <= {rules.classic_max} THEN {_literal(CLASSIC)} "
            f"WHEN ({k_total}) >= {rules.compensated_min} THEN {_literal(COMPENSATED)} "
            f"ELSE {_literal(BETWEEN)} END")
    name = tr(MEASURE_LABELS[dimension])
    return Spec("categorized", expr, categories=_categories("type") + [(NOT_LOW, tr(NOT_LOW_STYLE[0]), NOT_LOW_STYLE[1])],
                title=tr("{measure} {year}: class ≤ {max_class}, by total class").format(
                    measure=name, year=year, max_class=rules.view_max_class),
                note=tr("{credit}; klassiek: total class ≤ {classic}, gecompenseerd: ≥ {compensated}; the algorithm lists "
                        "the N lowest (not official)").format(credit=credit, classic=rules.classic_max,
                                                              compensated=rules.compensated_min))
def _differences_spec(scores, release, year_from, year, rules, credit):
    """The zones of the differences tool by their pattern; on a layer with scores, each unit's group in the first
    year (weak, strong, neither: the tool's rules) and whether its afw fell, the material of the zones' gaps."""
    if PATTERN in scores.names:  # the output of leefbaarometer:differences
        years = sorted({int(n.split("_")[1]) for n in scores.names if re.fullmatch(r"weak_\d{4}", n)})
        return category_spec(PATTERN, "patroon", tr("Gap between weak and strong units {years}: pattern").format(
            years="–".join(map(str, years))))
    if year_from is None or year is None or year_from >= year:
        return None
    a, cuts_a = _total(scores, year_from, release)
    b, _ = _total(scores, year, release)
    if a is None or b is None:
        return None
    k0 = class_expression(a, cuts_a)
    expr = (f"CASE WHEN {a} IS NULL OR {b} IS NULL THEN NULL "
            f"WHEN ({k0}) <= {rules.weak_max_class} THEN CASE WHEN {b} < {a} THEN {_literal(WEAK_FELL)} "
            f"ELSE {_literal(WEAK_ROSE)} END "
            f"WHEN ({k0}) >= {rules.strong_min_class} THEN CASE WHEN {b} < {a} THEN {_literal(STRONG_FELL)} "
            f"ELSE {_literal(STRONG_ROSE)} END "
            f"ELSE {_literal(MIDDLE)} END")
    return Spec("categorized", expr, categories=_categories("zwaksterk"),
                title=tr("Weak and strong units (classes of {year_from}): change {year_from}–{year}").format(year_from=year_from,
                                                                                                        year=year),
                note=tr("{credit}; weak: class ≤ {weak}, strong: class ≥ {strong} in {year_from}; the gap per zone: "
                        "'Differences within zones' (not official)").format(credit=credit, weak=rules.weak_max_class,
                                                                            strong=rules.strong_min_class, year_from=year_from))


def _literal(text):
    return "'" + text.replace("'", "''") + "'"


def _risers_expression(scores, release, year_from, year, rules):
    """The labels of analyses.risers_fallers as an expression on the scores of two years (None without them): the
    same rules, from `rules`. A unit without a score in either year is NULL ('no score'); one with both and no label
    is NOT_FLAGGED. The size criterion (min_weight) needs a weight field: the view leaves it out (its note says so)."""
    a, cuts_a = _total(scores, year_from, release)
    b, cuts_b = _total(scores, year, release)
    if a is None or b is None:
        return None
    k0, k1 = class_expression(a, cuts_a), class_expression(b, cuts_b)
    if rules.by == "score":
        up, down = f"({b}) - ({a}) >= {rules.score_delta!r}", f"({a}) - ({b}) >= {rules.score_delta!r}"
    else:
        up, down = f"({k1}) - ({k0}) >= {rules.class_steps}", f"({k0}) - ({k1}) >= {rules.class_steps}"
    return (f"CASE WHEN {a} IS NULL OR {b} IS NULL THEN NULL "
            f"WHEN ({k0}) <= {rules.start_max_class} AND {up} THEN {_literal(RISER)} "
            f"WHEN ({k0}) <= {rules.start_max_class} AND {down} THEN {_literal(FALLER)} "
            # Not BETWEEN: QGIS 3.22's expressions do not know it (3.26 does), and the whole view would fail to parse.
            f"WHEN ({k0}) >= {rules.slide_min_class} AND ({k0}) <= {rules.slide_max_class} AND {down} THEN {_literal(SLIDER)} "
            f"ELSE {_literal(NOT_FLAGGED)} END")


def _risers_note(credit, rules):
    """The criteria of the risers view under the map, as the rules give them."""
    change = (tr("a change in afw of at least {delta}").format(delta=rules.score_delta) if rules.by == "score" else
              tr("at least {steps} class step(s)").format(steps=rules.class_steps))
    note = tr("{credit}; start class ≤ {start_max}, {change} (not official)").format(
        credit=credit, start_max=rules.start_max_class, change=change)
    if rules.min_weight > 0:
        note += tr("; without the minimum weight {min_weight:g}: use the algorithm for that").format(min_weight=rules.min_weight)
    return note


def bivariate_legend_svg(size=60):
    """The square legend of the bivariate map (CATEGORY_STYLES['biv']) as an SVG document: status low → high from left
    to right, livability low → high from bottom to top, the cell codes in the squares; for a print layout or a report."""
    colours = {code: colour for code, (_, colour) in CATEGORY_STYLES["biv"].items() if code}
    left, top = 2 * size // 3 + 10, 10
    cells = []
    for s in (1, 2, 3):
        for g in (1, 2, 3):
            x, y = left + (s - 1) * size, top + (3 - g) * size
            colour = colours[f"{s}-{g}"]
            ink = "#000000" if _lightness(colour) > 0.6 else "#ffffff"
            cells.append(f'<rect x="{x}" y="{y}" width="{size}" height="{size}" fill="{colour}" stroke="#ffffff"/>'
                         f'<text x="{x + size / 2}" y="{y + size / 2 + 5}" fill="{ink}" font-size="{size // 5}" '
                         f'text-anchor="middle">{s}-{g}</text>')
    side = 3 * size
    width, height = left + side + 10, top + side + 2 * size // 3 + 10
    font = f'font-family="DejaVu Sans, Arial, sans-serif" font-size="{size // 5}"'
    status, livability = _xml(tr("status")), _xml(tr("livability"))
    low, high = _xml(tr("low")), _xml(tr("high"))
    below, beside = top + side + size // 3, left - size // 4
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" {font}>'
            f'<rect width="{width}" height="{height}" fill="#ffffff"/>' + "".join(cells)
            + f'<text x="{left}" y="{below}" text-anchor="start">{low}</text>'
            f'<text x="{left + side}" y="{below}" text-anchor="end">{high}</text>'
            f'<text x="{left + side / 2}" y="{below + size // 4}" text-anchor="middle" font-weight="bold">{status} →</text>'
            f'<text transform="translate({beside},{top + side}) rotate(-90)" text-anchor="start">{low}</text>'
            f'<text transform="translate({beside},{top}) rotate(-90)" text-anchor="end">{high}</text>'
            f'<text transform="translate({beside - size // 4},{top + side / 2}) rotate(-90)" text-anchor="middle" '
            f'font-weight="bold">{livability} →</text></svg>')


def _lightness(colour):
    """Rough lightness 0–1 of '#rrggbb' (Rec. 601 luma): dark fills get white text."""
    r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b


def _xml(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


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
        dims.append((tr(MEASURE_LABELS[d]), v, release.class_labels[k - 1] if k else tr(NO_SCORE_LABEL),
                     release.palette_scores[k - 1] if k else NO_SCORE_COLOUR))
    totals = []
    for y in scores.years("total"):
        afw = value("afw", y)
        if afw is None and value("lbm", y) is not None:
            afw = value("lbm", y) - release.constant_c
        k = int(release.total_class([afw])[0]) if afw is not None else 0
        totals.append((y, afw, release.class_labels[k - 1] if k else tr(NO_SCORE_LABEL),
                       release.palette_scores[k - 1] if k else NO_SCORE_COLOUR))
    return title, dims, dims_year, totals
