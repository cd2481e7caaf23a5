"""leefbaarometer:download against servers on loopback: QGIS Server publishing the official WFS layers of the shared
data (`buurtscore24`, `gemeentescore24`, and CBS buurten as `buurten`), and a small HTTP server for the published
files and every fault. The downloaded layers equal what importwfs and importscores make of the same files."""
import io
import json
import os
import zipfile

import pytest

from ..helpers import Log
from ..helpers import shared
from .wfs_server import LocalHttpServer
from .wfs_server import QgisWfsServer
from .wfs_server import Reply
from .wfs_server import free_port

BUURTEN = ("lbm", "wfs_buurtscore24_part.geojson")
GEMEENTEN = ("lbm", "wfs_gemeentescore24.geojson")
CBS_BUURTEN = ("cbs", "buurten_2021_ermelo.gpkg")
PC4_CSV = ("lbm", "Leefbaarometer-scores PC4 2002-2022.csv")
PC4_GEOMETRY = ("cbs", "pc4_boundaries.topojson")


@pytest.fixture(scope="module")
def wfs(qgis_app):
    """QGIS Server on loopback publishing the official layers of the shared data (without the lbm3: prefix)."""
    server = QgisWfsServer({"buurtscore24": shared(*BUURTEN), "gemeentescore24": shared(*GEMEENTEN),
                            "buurten": shared(*CBS_BUURTEN)}).start()
    yield server
    server.stop()


@pytest.fixture()
def http():
    server = LocalHttpServer()
    yield server
    server.stop()


@pytest.fixture()
def cache(tmp_path):
    """A cache folder of the test's own (the setting leefbaarometer/cache_folder), removed again afterwards."""
    from qgis.core import QgsSettings

    from leefbaarometer.processing.io.cache import CACHE_SETTING

    folder = tmp_path / "cache"
    settings = QgsSettings()
    old = settings.value(CACHE_SETTING, "")
    settings.setValue(CACHE_SETTING, str(folder))
    yield folder
    settings.setValue(CACHE_SETTING, old)


def cache_files(folder):
    """Every file in the cache folder (parts included), relative."""
    if not folder.exists():
        return []
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def download(run_alg, params, log=None):
    return run_alg("download", params, feedback=log or Log())


def features(path, key):
    """{code: (attributes without the key, geometry)} of a layer file."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "l", "ogr")
    assert layer.isValid(), path
    names = [n for n in layer.fields().names() if n not in ("fid", key)]
    return {f[key]: ({n: f[n] for n in names}, f.geometry()) for f in layer.getFeatures()}, names


def assert_same_layer(path_a, path_b, key, tolerance=1e-6):
    """Feature for feature: the same codes, fields, values, and vertices within `tolerance` metres."""
    a, names_a = features(path_a, key)
    b, names_b = features(path_b, key)
    assert names_a == names_b
    assert sorted(a) == sorted(b)
    for code in a:
        assert a[code][0] == b[code][0], code
        va = [(p.x(), p.y()) for p in a[code][1].vertices()]
        vb = [(p.x(), p.y()) for p in b[code][1].vertices()]
        assert len(va) == len(vb), code
        assert max(max(abs(x1 - x2), abs(y1 - y2)) for (x1, y1), (x2, y2) in zip(va, vb)) < tolerance, code
    return len(a)


def stored_renderer(path):
    """The renderer of the output as it opens from its file (its default style in the GeoPackage)."""
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, "l", "ogr")
    return layer.renderer().type(), len(layer.renderer().ranges()) if hasattr(layer.renderer(), "ranges") else 0


def geojson_codes(path, prefix=None, gemeente=None):
    with open(path, encoding="utf-8") as fh:
        props = [f["properties"] for f in json.load(fh)["features"]]
    return sorted(p["code"] for p in props if (prefix and p["code"].startswith(prefix)) or (gemeente and p["gemeente"] == gemeente))


# --- the WFS path ----------------------------------------------------------------------------------------------

def test_wfs_buurten_equal_importwfs_of_the_same_file(run_alg, wfs, cache, tmp_path):
    """The whole layer from QGIS Server (WFS 1.1, typename without lbm3:) is importwfs's layer of the same file,
    feature for feature, and opens styled in the nine classes."""
    out, ref = str(tmp_path / "wfs.gpkg"), str(tmp_path / "ref.gpkg")
    log = Log()
    result = download(run_alg, {"SOURCE": wfs.url, "LEVEL": 1, "YEAR": 2024, "OUTPUT": out}, log)
    run_alg("importwfs", {"INPUT": shared(*BUURTEN), "OUTPUT": ref})
    assert assert_same_layer(out, ref, "code") == 6958
    assert result["AREAS"] == 6958 and result["FROM_CACHE"] is False
    assert stored_renderer(out) == ("graduatedSymbol", 9)
    assert any("Downloaded lbm3:buurtscore24" in line for line in log.lines)
    assert [q for q in wfs.get_features() if "TYPENAME=buurtscore24" in q]


def test_wfs_gemeente_filter_runs_on_the_server(run_alg, wfs, cache, tmp_path):
    """Codes and names (any case) become one OGC filter; only those buurten travel, and they equal importwfs of
    the same buurten of the file."""
    import processing

    out = str(tmp_path / "two.gpkg")
    before = len(wfs.get_features())
    log = Log()
    download(run_alg, {"SOURCE": wfs.url, "LEVEL": 1, "GEMEENTEN": "GM0014, amersfoort", "OUTPUT": out}, log)
    asked = wfs.get_features()[before:]
    assert len(asked) == 1
    assert "PropertyIsLike" in asked[0] and "BU0014%" in asked[0] and "amersfoort" in asked[0]
    assert """Filter sent to the server: ("code" LIKE 'BU0014%' OR "gemeente" ILIKE 'amersfoort')""" in log.lines
    expected = geojson_codes(shared(*BUURTEN), prefix="BU0014") + geojson_codes(shared(*BUURTEN), gemeente="Amersfoort")
    assert len(expected) == 104 + 125
    ref = str(tmp_path / "ref.gpkg")
    run_alg("importwfs", {"INPUT": shared(*BUURTEN), "OUTPUT": ref})
    only = str(tmp_path / "ref_two.gpkg")
    processing.run("native:extractbyexpression", {"INPUT": ref, "OUTPUT": only,
                                                  "EXPRESSION": f"code IN ({', '.join(repr(c) for c in expected)})"})
    assert assert_same_layer(out, only, "code") == 229


def test_wfs_gemeente_level(run_alg, wfs, cache, tmp_path):
    out = str(tmp_path / "gm.gpkg")
    download(run_alg, {"SOURCE": wfs.url, "LEVEL": 3, "GEMEENTEN": "14", "OUTPUT": out})
    got, _ = features(out, "code")
    assert list(got) == ["GM0014"]
    assert got["GM0014"][0]["afw_2024"] == 0.0272893 and got["GM0014"][0]["kscore_2024"] == 7
