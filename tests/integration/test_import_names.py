"""importscores compares the names of matched codes: another boundary year re-uses codes for other areas.

Real case: the official 2024 buurt scores of Ermelo (from the WFS layer buurtscore24) onto CBS's 2021 buurten of
Ermelo, whose codes BU02330001…0005 are other buurten. Sample case: two names swapped in the published file.
"""
import os

import pandas as pd
import pytest

from ..helpers import DIMS
from ..helpers import C
from ..helpers import sample_scores
from ..helpers import shared

ERMELO_DIFFERENCES = [  # code: name in the 2024 scores, name of the 2021 buurt (read from the two files)
    ("BU02330001", "Ermelo - Noord", "Ermelo-Oost"),
    ("BU02330002", "Ermelo - Oost", "Ermelo-West"),
    ("BU02330003", "Ermelo - Zuid", "Veldwijk-'s Heerenloo"),
    ("BU02330004", "Ermelo - West", "Tonsel"),
    ("BU02330005", "Veldwijk", "Horst"),
]


class Log:
    """A feedback that keeps warnings and infos."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Log(QgsProcessingFeedback):
            def __init__(self):
                super().__init__()
                self.warnings, self.infos = [], []

            def pushWarning(self, text):  # noqa: N802
                self.warnings.append(text)

            def pushInfo(self, text):  # noqa: N802
                self.infos.append(text)

        return _Log()


def ermelo_scores_2024(folder):
    """The Ermelo buurten of the official WFS layer (2024) written as the published buurt score file."""
    from qgis.core import QgsVectorLayer

    wfs = QgsVectorLayer(shared("lbm", "wfs_buurtscore24_part.geojson"), "wfs", "ogr")
    wfs.setSubsetString("\"gemeente\" = 'Ermelo'")
    rows = [{"bu_code": f["code"], "bu_naam": f["naam"], "jaar": f["year"], "lbm": C + f["afw"], "afw": f["afw"],
             **{d: f[d] for d in DIMS}} for f in wfs.getFeatures()]
    assert len(rows) == 15
    path = os.path.join(folder, "Leefbaarometer-scores buurten 2024 Ermelo.csv")
    pd.DataFrame(rows).to_csv(path, index=False)
    return path


def test_2024_scores_on_2021_buurten_warn_with_examples(run_alg, tmp_path):
    log = Log()
    r = run_alg("importscores", {"SCORES": ermelo_scores_2024(str(tmp_path)),
                                 "GEOMETRY": shared("cbs", "buurten_2021_ermelo.gpkg"),
                                 "OUTPUT": str(tmp_path / "ermelo.gpkg")}, feedback=log)
    # The 12 buurten of 2021 whose codes have no 2024 scores are kept, with NULL scores.
    assert (r["AREAS"], r["AREAS_WITHOUT_SCORES"], r["NAMES_DIFFERENT"], r["KEYS_WITHOUT_GEOMETRY"],
            r["GEOMETRIES_WITHOUT_SCORES"]) == (17, 12, 5, 10, 12)
    [warning] = [w for w in log.warnings if "another name" in w]
    shown = "; ".join(f"{code}: scores '{a}', geometry '{b}'" for code, a, b in ERMELO_DIFFERENCES)
    assert warning.startswith(f"5 of 5 matched codes have another name in the geometry layer than in the scores: {shown}.")
    assert "another boundary year" in warning
    assert os.path.exists(r["OUTPUT"])  # warn only, by default


def test_stop_on_name_mismatch_fails_and_writes_nothing(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    out = tmp_path / "ermelo.gpkg"
    with pytest.raises(QgsProcessingException) as err:
        run_alg("importscores", {"SCORES": ermelo_scores_2024(str(tmp_path)),
                                 "GEOMETRY": shared("cbs", "buurten_2021_ermelo.gpkg"),
                                 "STOP_ON_NAME_MISMATCH": True, "OUTPUT": str(out)})
    text = str(err.value)
    assert "5 of 5 matched codes have another name" in text and "BU02330001: scores 'Ermelo - Noord'" in text
    assert "Stopped because 'Stop when names of matched codes differ' is on; nothing was written." in text
    assert not out.exists() and os.listdir(tmp_path) == ["Leefbaarometer-scores buurten 2024 Ermelo.csv"]


def test_sample_with_two_names_swapped(run_alg, sample_dir, tmp_path):
    params = sample_scores(sample_dir, "buurten")
    log = Log()
    r = run_alg("importscores", {**params, "STOP_ON_NAME_MISMATCH": True, "OUTPUT": str(tmp_path / "same.gpkg")},
                feedback=log)
    assert r["NAMES_DIFFERENT"] == 0 and r["AREAS"] == 180
    assert "Names compared ('bu_naam' with 'bu_naam'): the 180 matched codes with a name on both sides have the same names" in log.infos

    scores = pd.read_csv(params["SCORES"], dtype={"bu_code": str}, keep_default_na=False)
    names = scores.groupby("bu_code")["bu_naam"].first()
    # two buurten of different names swap theirs; a third only changes case, accents and spaces; a fourth has none
    a, b = next((x, y) for x, y in zip(names.index, names.index[1:]) if names[x] != names[y])
    upper, blank = [c for c in names.index if c not in (a, b)][:2]
    renamed = {a: names[b], b: names[a], upper: "  " + names[upper].upper().replace("E", "É") + " ", blank: ""}
    scores["bu_naam"] = [renamed.get(code, name) for code, name in zip(scores["bu_code"], scores["bu_naam"])]
    path = tmp_path / "Leefbaarometer-scores buurten 2002-2024.csv"
    scores.to_csv(path, index=False)
    log = Log()
    r = run_alg("importscores", {**params, "SCORES": str(path), "OUTPUT": str(tmp_path / "swapped.gpkg")}, feedback=log)
    assert r["NAMES_DIFFERENT"] == 2 and r["AREAS"] == 180
    [warning] = [w for w in log.warnings if "another name" in w]
    first, second = sorted((a, b))
    assert warning.startswith(
        f"2 of 179 matched codes have another name in the geometry layer than in the scores: "
        f"{first}: scores '{names[second]}', geometry '{names[first]}'; "
        f"{second}: scores '{names[first]}', geometry '{names[second]}'.")
