"""Every report analysis of core/ run on the sample's 100 m cells, its outputs digested and held to stored digests.

The digests prove that a reorganisation of core/ (issue 28: core/analyses.py split into a package) leaves every
output as it was. Integers, labels, NaN positions and column names are hashed exactly; floats are fingerprinted
(Σ|x|, Σx², Σx·(1 + i mod 101)) and compared to 1e-9 relative, because numpy's sums differ in the last bit between
versions (the suite runs on QGIS 3.22, 3.40 and 3.44, each with its own numpy).

After a deliberate change of an analysis, store the digests this test writes to
test-artifacts/analysis_digests.json in tests/unit/analysis_digests.json and say why in the commit.
`exact` (the sha256 of every value to the last bit) is written too: equal before and after a pure move on one machine.
"""
import hashlib
import json
import os

import numpy as np
import pandas as pd
import pytest

STORED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "analysis_digests.json")


# --- digests -------------------------------------------------------------------------------------------------

def _fingerprint(x):
    x = np.asarray(x, dtype=float).ravel()
    i = np.flatnonzero(np.isfinite(x))
    v = x[i]
    return [float(np.abs(v).sum()), float((v * v).sum()), float((v * (1 + i % 101)).sum())]


def digest(value):
    """{"sha256": exact digest of all but float values, "floats": [fingerprints in order], "exact": sha of all}."""
    exact, shape, floats = hashlib.sha256(), hashlib.sha256(), []

    def walk(v):
        if isinstance(v, pd.DataFrame):
            shape.update(repr(("frame", list(map(str, v.columns)), len(v))).encode())
            exact.update(repr(("frame", list(map(str, v.columns)), len(v))).encode())
            for c in v.columns:
                walk(v[c].to_numpy())
        elif isinstance(v, dict):
            for k in sorted(v, key=repr):
                shape.update(repr(("key", k)).encode())
                exact.update(repr(("key", k)).encode())
                walk(v[k])
        elif isinstance(v, (list, tuple)) and not all(isinstance(e, (str, int, type(None))) for e in v):
            for e in v:
                walk(e)
        elif isinstance(v, (float, np.floating)) or (isinstance(v, np.ndarray) and v.dtype.kind == "f"):
            arr = np.asarray(v, dtype=float)
            shape.update(repr(("float", arr.shape, np.flatnonzero(~np.isfinite(arr.ravel())).tolist())).encode())
            exact.update(arr.tobytes())
            floats.append(_fingerprint(arr))
        elif isinstance(v, np.ndarray) and v.dtype == object:
            # A column of text and numbers (an annex's key figures: a class name beside full-precision means): the
            # text hashed, the numbers fingerprinted like any floats (their last bit differs between numpy versions).
            items = [x.item() if isinstance(x, np.generic) else x for x in v.tolist()]  # numpy 2's repr: np.int64(5)
            nums = [x for x in items if isinstance(x, float)]
            text = repr(("value", ["<float>" if isinstance(x, float) else x for x in items])).encode()
            shape.update(text)
            exact.update(repr(("value", items)).encode())
            if nums:
                floats.append(_fingerprint(nums))
        else:
            text = repr(("value", v.tolist() if isinstance(v, np.ndarray) else v)).encode()
            shape.update(text)
            exact.update(text)

    walk(value)
    return {"sha256": shape.hexdigest(), "floats": floats, "exact": exact.hexdigest()}


def same(ours, stored):
    if ours["sha256"] != stored["sha256"] or len(ours["floats"]) != len(stored["floats"]):
        return False
    return all(np.allclose(a, b, rtol=1e-9, atol=1e-12) for a, b in zip(ours["floats"], stored["floats"]))


# --- the sample as the analyses see it -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def cells(sample_region):
    """(ScoreData, dwellings, households, gemeente code, grid ids, neighbour pairs) of the sample's cells, built as
    importscores builds them from the published file (long frame → wide schema)."""
    from leefbaarometer.core.neighbours import grid_pairs
    from leefbaarometer.core.score_table import score_table_from_frame
    from leefbaarometer.core.score_table import to_wide
    from leefbaarometer.core.scoredata import ScoreData
    from leefbaarometer.sample.publish import level_scores
    from leefbaarometer.sample.publish import long_frame

    region = sample_region
    codes, _, dims = level_scores(region)["grid_id"]
    wide = to_wide(score_table_from_frame(long_frame("grid_id", codes, None, dims, region.years)))
    data = ScoreData(n=len(wide.keys), values={f: np.asarray(wide.values[:, j], dtype=float)
                                               for j, f in enumerate(wide.fields)})
    order = pd.Index(codes).get_indexer(pd.Index(wide.keys))
    assert (order >= 0).all()
    gm = region.gemeenten.gm_code.to_numpy()[region.gm_raster[region.cell_iy, region.cell_ix]][order]
    keys = np.asarray(wide.keys, dtype=object)
    return (data, region.dwellings[order].astype(float), region.households[order].astype(float),
            np.asarray(gm, dtype=object), keys, grid_pairs(keys, 8))


def outputs(cells):
    """{analysis: its outputs on the sample}, through the functions as they are imported today."""
    from leefbaarometer.core import classify as cl
    from leefbaarometer.core import stats as st
    from leefbaarometer.core.aggregate import aggregate
    from leefbaarometer.core.analyses import class_profile as cp
    from leefbaarometer.core.analyses import differences as di
    from leefbaarometer.core.analyses import early_warning as ew_
    from leefbaarometer.core.analyses import hotspots as h
    from leefbaarometer.core.analyses import pressure as pr
    from leefbaarometer.core.analyses import risers_fallers as rf_
    from leefbaarometer.core.analyses import summary as su
    from leefbaarometer.core.analyses import trajectories as tj
    from leefbaarometer.core.analyses import zones as zo
    from leefbaarometer.core.annex import AnnexSettings
    from leefbaarometer.core.annex import annex_tables
    from leefbaarometer.core.release import load_release

    data, dw, hh, gm, keys, pairs = cells
    release = load_release()
    years = data.score_years()
    groups = gm
    out = {}
    out["summary"] = su.summary(data, release, years, {"woningen": dw, "huishoudens": hh}, groups)
    out["summary_unweighted"] = su.summary(data, release, years[-3:], {})
    rf = rf_.risers_fallers(data, release, 2022, 2024, dw)
    out["risers_fallers"] = rf
    out["risers_fallers_score"] = rf_.risers_fallers(data, release, 2014, 2024, dw,
                                                   rf_.RiserRules(start_max_class=5, by="score", score_delta=0.03,
                                                                min_weight=5.0))
    out["counts_per_zone"] = rf_.counts_per_zone(rf["label"], groups, {"woningen": dw, "huishoudens": hh})
    labels, table = pr.pressure(data, release, years, pairs, dw, pr.PressureRules())
    out["pressure"] = {"labels": labels, "table": table, "codes": pr.cluster_codes(labels, {"gm": gm, "cel": keys})}
    out["pressure_small"] = pr.pressure(data, release, years, pairs, np.ones(data.n),
                                       pr.PressureRules(max_class=4, min_years=2, last_years=3, min_weight=3))
    path, label, k = tj.trajectories(data, release, years)
    out["trajectories"] = {"path": path, "label": label, "k": k}
    window = tj.TrajectoryRules(low_max=4, steps=1, persist_min=3, persist_last=4)
    out["trajectories_window"] = tj.trajectories(data, release, years, window)
    f, to, w, g = tj.consecutive(k, dw, np.column_stack([groups] * len(years)))
    hoods = np.column_stack([tj.neighbourhood_group(k[:, t], pairs, data.n) for t in range(len(years))])
    hf, hto, hw, hood = tj.consecutive(k, dw, hoods)
    out["transitions"] = {"first_last": tj.matrix_table(k[:, 0], k[:, -1], dw, groups),
                          "pooled": tj.matrix_table(f, to, w, g), "hoods": hoods,
                          "spatial": tj.matrix_table(hf, hto, hw, hood),
                          "q": tj.spatial_markov_q(hf, hto, hood),
                          "matrix": tj.transition_matrix(k[:, 0], k[:, -1], hh),
                          "chi2": [st.chi2_sf(x, df) for x in (0.5, 3.0, 12.5) for df in (1, 2, 5, 8)]}
    afw = data.afw(2024, release.constant_c)
    ind = np.where(dw > 0, hh / np.where(dw > 0, dw, 1), np.nan)
    out["class_profile"] = cp.class_profile(cl.unit_classes(data, release, 2024), afw, ind, dw, groups)
    out["spearman"] = st.spearman(afw, ind)
    where = np.where(gm == sorted(set(gm))[0], "zone", np.where(gm == sorted(set(gm))[1], "ring", "rest")).astype(object)
    out["zones"] = zo.compare_zones(data, release, years, where, hh)
    z, p = h.getis_ord(afw, pairs, 99, 12345)
    z0, p0 = h.getis_ord(data.afw(2014, release.constant_c), pairs, 99, 12346)
    lab, lab0 = h.hotspot_labels(z, p, 0.05), h.hotspot_labels(z0, p0, 0.05)
    out["hotspots"] = {"z": z, "p": p, "labels": lab, "fdr": h.hotspot_labels(z, p, 0.05, fdr=True),
                       "threshold": h.fdr_threshold(p, 0.05), "change": h.hotspot_change(lab0, lab, z0, z)}
    ew = ew_.early_warning(data, release, years, pairs)
    out["early_warning"] = ew
    table, summary = ew_.back_test(data, release, years, pairs)
    out["back_test"] = {"table": table, "summary": summary, "line": ew_.back_test_line(summary)}
    zone = pd.factorize(pd.Series(gm, dtype=object), sort=True)[0].astype(np.int64)
    out["aggregate"] = aggregate(data, zone, int(zone.max()) + 1, dw, release, years)
    out["differences"] = di.differences(data, release, 2002, 2016, gm, hh, di.DifferenceRules())
    settings = AnnexSettings(year=2024, base_year=2022, years=tuple(years))
    tables, index = annex_tables(data, release, keys, None, gm, hh, pairs, settings)
    out["annex"] = {"tables": tables, "index": index}
    return out


def test_analysis_outputs_unchanged(cells, artifacts):
    ours = {name: digest(value) for name, value in outputs(cells).items()}
    with open(os.path.join(artifacts, "analysis_digests.json"), "w", encoding="utf-8") as fh:
        json.dump(ours, fh, indent=1, sort_keys=True)
    with open(STORED, encoding="utf-8") as fh:
        stored = json.load(fh)
    assert ours.keys() == stored.keys()
    changed = [name for name in stored if not same(ours[name], stored[name])]
    assert not changed, changed


def test_the_sample_exercises_every_analysis(cells):
    """The digests cover outputs with content: every label and level occurs on the sample, not just empty tables."""
    out = outputs(cells)
    assert {"stijger", "daler", "afglijder"} <= set(out["risers_fallers"]["label"])
    assert len(out["pressure"]["table"]) >= 2 and len(out["pressure_small"][1]) > len(out["pressure"]["table"])
    assert {"persistent laag", "nieuw laag", "herstellend", "stabiel"} <= set(out["trajectories"]["label"])
    assert {1, 2, 3} <= set(out["early_warning"]["risico"].tolist())
    assert {"hot", "cold", "ns"} <= set(out["hotspots"]["labels"])
    assert len(set(out["hotspots"]["change"]) - {None}) >= 4
    assert out["transitions"]["q"][1] > 0 and np.isfinite(out["spearman"])
    assert out["zones"].zone.notna().all() and out["zones"].ring.notna().all()
    assert all(t["stijgers"] is not None for t in out["annex"]["tables"].values())
    assert {"zwak daalt", "zwak stijgt minder", "verschil kleiner"} <= set(out["differences"]["pattern"])
