"""The panel's risers and pressure views follow the analyses' rules objects (RiserRules, PressureRules): evaluated by
QGIS on every unit, their expressions mark the units the analyses mark, with the defaults as they are and with a
default changed (as a developer would change it in core/analyses/)."""
import dataclasses

import numpy as np
import pytest

from ..helpers import choose
from ..helpers import memory_layer

YEARS = (2018, 2020, 2022, 2024)
N = 400


@pytest.fixture()
def units_layer(qgis_app):
    """N squares with afw in four years spread over the classes (seeded), a few without a score in a year."""
    from qgis.core import QgsProject

    rng = np.random.default_rng(28)
    afw = np.cumsum(rng.normal(0, 0.06, size=(N, len(YEARS))), axis=1) + rng.uniform(-0.45, 0.25, size=(N, 1))
    afw[rng.choice(N, 12, replace=False), rng.integers(0, len(YEARS), 12)] = np.nan
    rows = [[f"POLYGON(({i} 0, {i + 1} 0, {i + 1} 1, {i} 1, {i} 0))", f"U{i:03d}",
             *[None if np.isnan(v) else float(v) for v in afw[i]]] for i in range(N)]
    layer = memory_layer({"code": "string", **{f"afw_{y}": "double" for y in YEARS}}, rows, geometry="Polygon")
    QgsProject.instance().addMapLayer(layer)
    yield layer, afw
    QgsProject.instance().removeAllMapLayers()


def evaluated(layer, expression):
    """The value of the view's expression for every unit, as QGIS's renderer computes it (NULL as None)."""
    from qgis.core import QgsExpression
    from qgis.core import QgsExpressionContext
    from qgis.core import QgsExpressionContextUtils

    ctx = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    expr = QgsExpression(expression)
    out = []
    for f in layer.getFeatures():
        ctx.setFeature(f)
        v = expr.evaluate(ctx)
        out.append(None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
    assert not expr.hasEvalError(), expr.evalErrorString()
    return out


def score_data(afw):
    from leefbaarometer.core.scoredata import ScoreData

    return ScoreData(n=len(afw), values={("afw", y): afw[:, j] for j, y in enumerate(YEARS)})


def change_defaults(monkeypatch, rules_class, **changed):
    """Change the defaults of a frozen rules dataclass, as editing its source would: RiserRules() then has them."""
    names = [f.name for f in dataclasses.fields(rules_class)]
    defaults = tuple(changed.get(n, f.default) for n, f in zip(names, dataclasses.fields(rules_class)))
    monkeypatch.setattr(rules_class.__init__, "__defaults__", defaults)
    assert all(getattr(rules_class(), k) == v for k, v in changed.items())


def follows(monkeypatch, rules_class, view_and_analysis, steps):
    """For each (changed defaults, text of the title) in turn: change the defaults, and the view's value of every
    unit equals the analysis's label, the title states the criteria, and the map differs from the defaults' map."""
    first = None
    for changed, text in steps:
        if changed:
            change_defaults(monkeypatch, rules_class, **changed)
        shown, expected, title = view_and_analysis()
        assert shown == expected and text in title, (changed, title)
        first = shown if first is None else first
        assert not changed or sum(a != b for a, b in zip(first, shown)) >= 20  # the change matters on these units


def test_risers_view_follows_the_rules(dock, units_layer, monkeypatch):
    from leefbaarometer.core.analyses.risers_fallers import RiserRules
    from leefbaarometer.core.analyses.risers_fallers import risers_fallers
    from leefbaarometer.core.names import NOT_FLAGGED
    from leefbaarometer.core.release import load_release

    layer, afw = units_layer
    widget, controller = dock

    def view_and_analysis():
        choose(dock, layer, "risers", "total", 2024, 2022)
        controller.apply()  # the same choice again, now under the rules of this moment
        assert layer.renderer().type() == "categorizedSymbol"
        shown = evaluated(layer, layer.renderer().classAttribute())
        labels = risers_fallers(score_data(afw), load_release(), 2022, 2024)["label"]
        both = np.isfinite(afw[:, 2]) & np.isfinite(afw[:, 3])
        expected = [(lab or NOT_FLAGGED) if ok else None for lab, ok in zip(labels.tolist(), both)]
        return shown, expected, widget.title_label.text()

    follows(monkeypatch, RiserRules, view_and_analysis, [
        ({}, "start class ≤ 4, at least 1 class step(s)"),
        ({"start_max_class": 3, "class_steps": 2, "slide_min_class": 4}, "start class ≤ 3, at least 2 class step(s)"),
        ({"by": "score", "score_delta": 0.07}, "a change in afw of at least 0.07")])


def test_pressure_view_follows_the_rules(dock, units_layer, monkeypatch):
    """Severity and duration as the analysis judges each unit (size and contiguity are the algorithm's: the view's
    note says so)."""
    from leefbaarometer.core.analyses.pressure import PressureRules
    from leefbaarometer.core.analyses.pressure import pressure
    from leefbaarometer.core.names import NOT_UNDER_PRESSURE
    from leefbaarometer.core.names import UNDER_PRESSURE
    from leefbaarometer.core.release import load_release

    layer, afw = units_layer
    widget, controller = dock

    def view_and_analysis():
        choose(dock, layer, "pressure", "total", 2024)
        controller.apply()
        shown = evaluated(layer, layer.renderer().classAttribute())
        # Each unit alone (no neighbours, no size): the units the analysis finds severe for long enough.
        rules = dataclasses.replace(PressureRules(), min_weight=0)
        labels, _ = pressure(score_data(afw), load_release(), list(YEARS), np.empty((0, 2), dtype=np.int64), np.ones(N), rules)
        last = afw[:, -rules.last_years:]
        expected = [None if np.isnan(row).all() else (UNDER_PRESSURE if lab >= 0 else NOT_UNDER_PRESSURE)
                    for row, lab in zip(last, labels.tolist())]
        return shown, expected, widget.title_label.text()

    follows(monkeypatch, PressureRules, view_and_analysis, [
        ({}, "Class ≤ 3 in ≥ 3 of 2018/2020/2022/2024"),
        ({"max_class": 4, "min_years": 2, "last_years": 3}, "Class ≤ 4 in ≥ 2 of 2020/2022/2024")])
