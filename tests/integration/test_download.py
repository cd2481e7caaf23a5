"""leefbaarometer:download against servers on loopback: QGIS Server publishing the official WFS layers of the shared
data (`buurtscore24`, `gemeentescore24`, and CBS buurten as `buurten`), and a small HTTP server for the published
files and every fault. The downloaded layers equal what importwfs and importscores make of the same files."""
import io
import json
import os
import shutil
import urllib.parse
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


def grid_layer(path):
    """A grid layer as the official `clippedgridscore24` might carry it (grid_id, the gemeente's name, year, scores):
    the shared data has no official grid layer, so the CBS 100 m cells of Zeewolde, Ermelo and Harderwijk, with their
    gemeente's name and made-up scores (the filter is what is tested, not the scores)."""
    from qgis.core import QgsVectorLayer

    cells = QgsVectorLayer(shared("cbs", "vierkant100m_2020_zeewolde_ermelo_harderwijk.gpkg"), "cells", "ogr")
    features = []
    for n, f in enumerate(cells.getFeatures()):
        afw = round((n % 13) / 100 - 0.06, 4)
        features.append({"type": "Feature", "geometry": json.loads(f.geometry().asJson()),
                         "properties": {"grid_id": f["c28992r100"], "gemeente": f["gemeentenaam"], "year": 2024,
                                        "afw": afw}})
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "EPSG:28992"}},
                   "features": features}, fh)
    return path


@pytest.fixture(scope="module")
def wfs(qgis_app, tmp_path_factory):
    """QGIS Server on loopback publishing the official layers of the shared data (without the lbm3: prefix)."""
    grid = grid_layer(str(tmp_path_factory.mktemp("grid") / "grid.geojson"))
    server = QgisWfsServer({"buurtscore24": shared(*BUURTEN), "gemeentescore24": shared(*GEMEENTEN),
                            "buurten": shared(*CBS_BUURTEN), "clippedgridscore24": grid}).start()
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
        assert max(max(abs(x1 - x2), abs(y1 - y2)) for (x1, y1), (x2, y2) in zip(va, vb)) <= tolerance, code
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
    assert stored_renderer(out) == ("graduatedSymbol", 10)  # the nine classes and "no score"
    assert any("Downloaded lbm3:buurtscore24" in line for line in log.lines)
    assert [q for q in wfs.get_features() if "TYPENAME=buurtscore24" in q]


def feature_pages(requests):
    """The GetFeature requests that fetch features: QGIS 3.40+ first asks for one feature (a probe of the layer),
    3.22 does not."""
    def limit(query):
        params = {k.upper(): v for k, v in urllib.parse.parse_qsl(query)}
        return params.get("MAXFEATURES") or params.get("COUNT")
    return [q for q in requests if limit(q) != "1"]


def test_wfs_gemeente_filter_runs_on_the_server(run_alg, wfs, cache, tmp_path):
    """Codes and names (any case) become one OGC filter; only those buurten travel, and they equal importwfs of
    the same buurten of the file."""
    import processing

    out = str(tmp_path / "two.gpkg")
    before = len(wfs.get_features())
    log = Log()
    download(run_alg, {"SOURCE": wfs.url, "LEVEL": 1, "GEMEENTEN": "GM0014, amersfoort", "OUTPUT": out}, log)
    asked = wfs.get_features()[before:]
    assert len(feature_pages(asked)) == 1  # the buurten travel once
    # filtered on the server (QGIS 3.40+'s one-feature probe of the layer's fields is not: it reads no buurten)
    assert all("PropertyIsLike" in q and "BU0014%" in q and "amersfoort" in q for q in feature_pages(asked))
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


def test_wfs_grid_codes_are_looked_up_as_names(run_alg, wfs, cache, tmp_path):
    """A grid layer that carries only the gemeente's name: the code is looked up in the service's gemeente layer
    (GM0233 is Ermelo there) and the name goes to the server; Ermelo has 925 of the 2,443 cells."""
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / "grid.gpkg")
    log = Log()
    result = download(run_alg, {"SOURCE": wfs.url, "LEVEL": 0, "GEMEENTEN": "GM0233", "OUTPUT": out}, log)
    assert "Filter sent to the server: \"gemeente\" ILIKE 'Ermelo'" in log.lines
    assert result["AREAS"] == 925 and result["LEVEL"] == "grid_id"
    got = QgsVectorLayer(out, "l", "ogr")
    assert {f["gemeente"] for f in got.getFeatures()} == {"Ermelo"}
    assert got.crs().authid() == "EPSG:28992"


def test_wfs_extent_is_a_bbox_on_the_server(run_alg, wfs, cache, tmp_path):
    """An extent (RD New) goes to the server as a BBOX: only buurten that meet it come back."""
    from qgis.core import QgsRectangle
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / "box.gpkg")
    rect = QgsRectangle(229000, 579000, 236000, 585500)  # around the city of Groningen
    before = len(wfs.get_features())
    download(run_alg, {"SOURCE": wfs.url, "LEVEL": 1, "EXTENT": "229000,236000,579000,585500 [EPSG:28992]",
                       "OUTPUT": out})
    asked = wfs.get_features()[before:]
    assert len(feature_pages(asked)) == 1 and all("BBOX" in q and "SRSNAME=EPSG:28992" in q for q in feature_pages(asked))
    got = QgsVectorLayer(out, "l", "ogr")
    ref = str(tmp_path / "ref.gpkg")
    run_alg("importwfs", {"INPUT": shared(*BUURTEN), "OUTPUT": ref})
    expected = sorted(f["code"] for f in QgsVectorLayer(ref, "r", "ogr").getFeatures()
                      if f.geometry().intersects(rect))
    assert sorted(f["code"] for f in got.getFeatures()) == expected
    assert len(expected) == 72


def test_cache_repeat_refresh_and_offline(run_alg, wfs, http, cache, tmp_path):
    """Through a mirror (a proxy on loopback): the first run downloads and records the request, size and checksum;
    the same request is served from the cache without asking the server; REFRESH asks again; with the mirror gone
    (no network), REFRESH falls back on the cached copy with a warning naming its date."""
    import hashlib

    http.proxy("/mirror/ows", wfs.url)
    source = http.url("/mirror/ows")
    params = {"SOURCE": source, "LEVEL": 1, "GEMEENTEN": "Groningen"}
    first = download(run_alg, {**params, "OUTPUT": str(tmp_path / "1.gpkg")})
    assert first["FROM_CACHE"] is False and first["AREAS"] == 104
    (meta,) = [json.loads(p.read_text()) for p in cache.glob("*.json")]
    assert meta["request"] == {"kind": "wfs", "data": "lbm", "url": source, "typename": "lbm3:buurtscore24",
                               "level": "buurt", "year": 2024, "gemeenten": ["groningen"], "extent": None}
    with open(first["CACHE_FILE"], "rb") as fh:
        body = fh.read()
    assert meta["size"] == len(body) and meta["sha256"] == hashlib.sha256(body).hexdigest()
    assert first["DOWNLOADED"] == meta["downloaded"]

    asked = len(http.seen)
    log = Log()
    second = download(run_alg, {**params, "OUTPUT": str(tmp_path / "2.gpkg")}, log)
    assert second["FROM_CACHE"] is True and len(http.seen) == asked  # not a single request
    assert any(line.startswith("Served from the cache") and meta["downloaded"][:10] in line for line in log.lines)
    assert assert_same_layer(str(tmp_path / "1.gpkg"), str(tmp_path / "2.gpkg"), "code") == 104

    third = download(run_alg, {**params, "REFRESH": True, "OUTPUT": str(tmp_path / "3.gpkg")})
    assert third["FROM_CACHE"] is False
    assert any("GetFeature" in p and "RESULTTYPE=hits" not in p.upper() for p in http.seen[asked:])

    http.stop()  # the network is gone
    log = Log()
    fourth = download(run_alg, {**params, "REFRESH": True, "OUTPUT": str(tmp_path / "4.gpkg")}, log)
    assert fourth["FROM_CACHE"] is True and fourth["AREAS"] == 104
    (warning,) = [line for line in log.lines if line.startswith("WARNING")]
    assert "connection was refused" in warning and third["DOWNLOADED"][:16].replace("T", " ") in warning
    assert len(cache_files(cache)) == 2  # one entry: its file and its record, no parts


def test_cbs_key_figures(run_alg, wfs, cache, tmp_path):
    """The CBS key figures per buurt the same way (here QGIS Server publishes CBS's buurten of Ermelo as the CBS
    WFS would): filtered on the gemeente by name, in RD New, with every field of CBS."""
    from qgis.core import QgsVectorLayer

    out = str(tmp_path / "cbs.gpkg")
    download(run_alg, {"DATA": 1, "SOURCE": wfs.url, "LEVEL": 1, "GEMEENTEN": "Ermelo", "OUTPUT": out})
    got = {f["buurtcode"]: f for f in QgsVectorLayer(out, "l", "ogr").getFeatures()}
    ref = {f["buurtcode"]: f for f in QgsVectorLayer(shared(*CBS_BUURTEN), "r", "ogr").getFeatures()}
    assert sorted(got) == sorted(ref) and len(got) == 17
    assert {c: got[c]["aantal_huishoudens"] for c in got} == {c: ref[c]["aantal_huishoudens"] for c in ref}
    assert QgsVectorLayer(out, "l", "ogr").crs().authid() == "EPSG:28992"


# --- published files ---------------------------------------------------------------------------------------------

def zipped(members):
    """A ZIP (bytes) of {name: bytes}."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def read_bytes(path):
    with open(path, "rb") as fh:
        return fh.read()


def test_zip_url_equals_importscores_of_the_unpacked_files(run_alg, http, cache, tmp_path):
    """A published ZIP by URL, with the geometry by URL: the CSV is read inside the ZIP (GDAL /vsizip/), and the
    layer is importscores's layer of the unpacked files, feature for feature (4,056 PC4 areas)."""
    csv_name = "Leefbaarometer-scores PC4 2002-2022.csv"
    http.routes["/open/Leefbaarometer-scores%20PC4%202002-2022.zip"] = Reply(zipped({csv_name: read_bytes(shared(*PC4_CSV))}))
    http.routes["/open/pc4.topojson"] = Reply(read_bytes(shared(*PC4_GEOMETRY)), content_type="application/json")
    out, ref = str(tmp_path / "zip.gpkg"), str(tmp_path / "ref.gpkg")
    result = download(run_alg, {"SOURCE": http.url("/open/Leefbaarometer-scores%20PC4%202002-2022.zip"),
                                "GEOMETRY": http.url("/open/pc4.topojson"), "LEVEL": 4, "OUTPUT": out})
    run_alg("importscores", {"SCORES": shared(*PC4_CSV), "GEOMETRY": shared(*PC4_GEOMETRY), "OUTPUT": ref})
    assert assert_same_layer(out, ref, "PC4", tolerance=0.0) == 4068  # 12 areas without scores kept
    assert result["CACHE_FILE"].endswith("Leefbaarometer-scores PC4 2002-2022.zip")
    assert stored_renderer(out) == ("graduatedSymbol", 10)  # the nine classes and "no score"
    assert len(cache_files(cache)) == 4  # two entries (ZIP and geometry), each a file and its record
    again = download(run_alg, {"SOURCE": http.url("/open/Leefbaarometer-scores%20PC4%202002-2022.zip"),
                               "GEOMETRY": http.url("/open/pc4.topojson"), "LEVEL": 4, "OUTPUT": str(tmp_path / "2.gpkg")})
    assert again["FROM_CACHE"] is True


def test_local_zip_with_several_levels_and_a_csv_url(run_alg, http, cache, sample_dir, tmp_path):
    """A ZIP on disk with the score files of several levels: LEVEL chooses the file. A bare CSV by URL works too."""
    names = [f"Leefbaarometer-scores {w} 2002-2024.csv" for w in ("buurten", "wijken", "gemeenten")]
    archive = tmp_path / "open-data.zip"
    archive.write_bytes(zipped({n: read_bytes(os.path.join(sample_dir, n)) for n in names}))
    geometry = os.path.join(sample_dir, "wijk 2024.gpkg")
    out, ref = str(tmp_path / "wijken.gpkg"), str(tmp_path / "ref.gpkg")
    download(run_alg, {"SOURCE": str(archive), "LEVEL": 2, "GEOMETRY": geometry, "OUTPUT": out})
    run_alg("importscores", {"SCORES": os.path.join(sample_dir, names[1]), "GEOMETRY": geometry, "OUTPUT": ref})
    assert assert_same_layer(out, ref, "wk_code", tolerance=0.0) == 29
    assert cache_files(cache) == []  # a file on disk is read where it is

    http.routes["/b.csv"] = Reply(read_bytes(os.path.join(sample_dir, names[0])), content_type="text/csv")
    out = str(tmp_path / "buurten.gpkg")
    result = download(run_alg, {"SOURCE": http.url("/b.csv"), "GEOMETRY": os.path.join(sample_dir, "buurt 2024.gpkg"),
                                "OUTPUT": out})
    assert result["AREAS"] == 180 and result["CACHE_FILE"].endswith("b.csv")


# --- faults: each a clear message, no output, nothing in the cache ------------------------------------------------

EXCEPTION = (b'<?xml version="1.0" encoding="UTF-8"?>\n<ServiceExceptionReport version="1.2.0" '
             b'xmlns="http://www.opengis.net/ogc"><ServiceException code="InvalidParameterValue">Layer not queryable: '
             b'database offline</ServiceException></ServiceExceptionReport>')


def _pc4_zip():
    return zipped({"Leefbaarometer-scores PC4 2002-2022.csv": read_bytes(shared(*PC4_CSV))})


def _corrupt(data):
    """The ZIP with bytes of its compressed data changed (its directory intact)."""
    data = bytearray(data)
    for i in range(200, 2200, 7):
        data[i] ^= 0x5A
    return bytes(data)


def _fault(name, http, wfs):
    """(parameters, expected part of the message) of fault `name`, its routes set up on `http`."""
    z = "/open/scores.zip"
    if name == "no network (connection refused)":
        return {"SOURCE": f"http://127.0.0.1:{free_port()}/ows"}, "the connection was refused"
    if name == "timeout":
        http.routes["/slow/ows"] = Reply(b"", delay_first=4.0)
        return {"SOURCE": http.url("/slow/ows")}, "no answer within 1 s"
    if name == "HTTP 404":
        return {"SOURCE": http.url("/gone.zip")}, "the server answered HTTP 404 Not Found"
    if name == "HTTP 500":
        http.routes["/broken.zip"] = Reply(b"oops", 500, "text/plain")
        return {"SOURCE": http.url("/broken.zip")}, "the server answered HTTP 500"
    if name == "ServiceException for the capabilities":
        http.routes["/exc/ows"] = Reply(EXCEPTION, content_type="text/xml")
        return {"SOURCE": http.url("/exc/ows")}, "OGC ServiceException): Layer not queryable: database offline"
    if name == "ServiceException instead of features":
        http.proxy("/mirror/ows", wfs.url)
        http.getfeature = Reply(EXCEPTION, content_type="text/xml")
        return ({"SOURCE": http.url("/mirror/ows"), "GEMEENTEN": "GM0014"},
                "error instead of features (OGC ServiceException): Layer not queryable: database offline")
    if name == "ServiceException instead of a file":
        http.routes[z] = Reply(EXCEPTION, content_type="text/xml")
        return {"SOURCE": http.url(z)}, "with an error (OGC ServiceException): Layer not queryable"
    if name == "unknown typename":
        return {"SOURCE": wfs.url, "LEVEL": 2}, ("offers no layer lbm3:wijkscore24 (wijk, 2024); it offers: buurten, "
                                                  "buurtscore24, clippedgridscore24, gemeentescore24")
    if name == "unknown level":
        return {"DATA": 1, "SOURCE": wfs.url, "LEVEL": 0}, "are not published per 100 m grid"
    if name == "truncated ZIP":
        data = _pc4_zip()
        http.routes[z] = Reply(data[:len(data) // 2])
        return {"SOURCE": http.url(z), "LEVEL": 4}, "is not a readable ZIP file: it is truncated or damaged"
    if name == "corrupt ZIP":
        http.routes[z] = Reply(_corrupt(_pc4_zip()))
        return {"SOURCE": http.url(z), "LEVEL": 4}, "damaged"
    if name == "transfer cut short":
        data = _pc4_zip()
        http.routes[z] = Reply(data[:len(data) // 3], length=len(data))
        return {"SOURCE": http.url(z), "LEVEL": 4}, "could not download"
    if name == "CSV that is not a Leefbaarometer file":
        http.routes["/other.csv"] = Reply(b"gemeente;inwoners\nGroningen;243768\n", content_type="text/csv")
        return {"SOURCE": http.url("/other.csv")}, "is not a Leefbaarometer score file"
    if name == "ZIP without a Leefbaarometer file":
        http.routes[z] = Reply(zipped({"data.csv": b"a,b\n1,2\n"}))
        return {"SOURCE": http.url(z)}, "is not a Leefbaarometer score file"
    if name == "SOURCE that is neither an address nor a score file":
        return {"SOURCE": "/data/buurt 2024.gpkg"}, "is neither a service address (http://… or https://…) nor a published"
    if name == "selection matches nothing":
        return {"SOURCE": wfs.url, "GEMEENTEN": "GM9999"}, "nothing matches the selection"
    raise AssertionError(name)


FAULTS = ["no network (connection refused)", "timeout", "HTTP 404", "HTTP 500", "ServiceException for the capabilities",
          "ServiceException instead of features", "ServiceException instead of a file", "unknown typename",
          "unknown level", "truncated ZIP", "corrupt ZIP", "transfer cut short", "CSV that is not a Leefbaarometer file",
          "ZIP without a Leefbaarometer file", "SOURCE that is neither an address nor a score file",
          "selection matches nothing"]


@pytest.mark.parametrize("name", FAULTS)
def test_fault_is_a_clear_message_without_output_or_cache(name, run_alg, wfs, http, cache, tmp_path):
    from qgis.core import QgsNetworkAccessManager
    from qgis.core import QgsProcessingException

    params, expected = _fault(name, http, wfs)
    out = tmp_path / "out" / "result.gpkg"
    out.parent.mkdir()
    timeout = QgsNetworkAccessManager.timeout()
    QgsNetworkAccessManager.setTimeout(1000)
    try:
        with pytest.raises(QgsProcessingException) as caught:
            download(run_alg, {"LEVEL": 1, **params, "OUTPUT": str(out)})
    finally:
        QgsNetworkAccessManager.setTimeout(timeout)
    assert expected in str(caught.value)
    assert "Traceback" not in str(caught.value)
    assert os.listdir(out.parent) == []
    assert cache_files(cache) == []


def canceller(at):
    """A feedback that cancels once the progress passes `at` (while downloading)."""
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    # Through the signal: QGIS's own code (the network request, the multi-step feedback) sets the progress.
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > at else None)
    return feedback


def run_as_task(params, feedback):
    """Run leefbaarometer:download as QGIS's toolbox and panel do: in a task, off the main thread. (ok, errors)."""
    import time

    from qgis.core import QgsApplication
    from qgis.core import QgsProcessingAlgRunnerTask
    from qgis.core import QgsProcessingContext

    alg = QgsApplication.processingRegistry().createAlgorithmById("leefbaarometer:download")
    context = QgsProcessingContext()
    errors, done = [], {}
    feedback.reportError = lambda text, fatal=False: errors.append(text)
    task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
    task.executed.connect(lambda ok, results: done.update(ok=ok))
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 120
    while "ok" not in done and time.monotonic() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    return done.get("ok"), errors


def test_cancel_while_downloading_a_zip(lbm_provider, http, cache, tmp_path):
    """Cancel (as the dialog's Cancel button does) while the ZIP arrives: the transfer stops, nothing is written or
    cached."""
    data = _pc4_zip()
    http.routes["/slow.zip"] = Reply(data, chunk=len(data) // 40, delay=0.05)
    out = tmp_path / "out" / "r.gpkg"
    out.parent.mkdir()
    ok, errors = run_as_task({"SOURCE": http.url("/slow.zip"), "LEVEL": 4, "OUTPUT": str(out)}, canceller(10))
    assert ok is False
    assert any(e.startswith("Cancelled while downloading http://127.0.0.1") for e in errors), errors
    assert not any("Traceback" in e for e in errors)
    assert os.listdir(out.parent) == [] and cache_files(cache) == []
    assert http.seen == ["/slow.zip"] and http.completed == []  # the transfer was cut off


def test_cancel_while_paging_through_the_wfs(run_alg, wfs, cache, tmp_path):
    from qgis.core import QgsProcessingException

    out = tmp_path / "out" / "r.gpkg"
    out.parent.mkdir()
    with pytest.raises(QgsProcessingException, match="^Cancelled while downloading from the WFS"):
        run_alg("download", {"SOURCE": wfs.url, "LEVEL": 1, "REFRESH": True, "OUTPUT": str(out)}, feedback=canceller(10))
    assert os.listdir(out.parent) == [] and cache_files(cache) == []


# --- as users run it: qgis_process, and the panel in a real QGIS window ---------------------------------------

@pytest.mark.slow
def test_qgis_process_downloads_into_the_profiles_cache(wfs, tmp_path):
    """Through qgis_process, as the README shows: the cache is in the QGIS profile folder, the second run is served
    from it (and says so), the output opens styled."""
    from ..helpers import qgis_env
    from ..helpers import qgis_process

    env = qgis_env(tmp_path)
    qgis_process(env, "plugins", "enable", "leefbaarometer")
    out = tmp_path / "groningen.gpkg"
    args = ["run", "leefbaarometer:download", "--", f"SOURCE={wfs.url}", "LEVEL=1", "GEMEENTEN=GM0014", f"OUTPUT={out}"]
    first = qgis_process(env, *args)
    assert first.returncode == 0, first.stdout + first.stderr
    assert "Filter sent to the server: \"code\" LIKE 'BU0014%'" in first.stdout
    assert "Wrote 104 areas, 0 of them without scores." in first.stdout
    cache = tmp_path / "profile" / "profiles" / "default" / "leefbaarometer" / "cache"
    assert len(list(cache.glob("*.json"))) == 1
    assert stored_renderer(str(out)) == ("graduatedSymbol", 10)  # the nine classes and "no score"
    out.unlink()
    second = qgis_process(env, *args)
    assert second.returncode == 0 and "Served from the cache: lbm3:buurtscore24" in second.stdout

    archive = tmp_path / "pc4.zip"  # a ZIP on disk with TopoJSON geometry: read in place, without GDAL noise
    archive.write_bytes(_pc4_zip())
    third = qgis_process(env, "run", "leefbaarometer:download", "--", f"SOURCE={archive}", "LEVEL=4",
                         f"GEOMETRY={shared(*PC4_GEOMETRY)}", f"OUTPUT={tmp_path / 'pc4.gpkg'}")
    assert third.returncode == 0, third.stdout + third.stderr
    assert f"Reading /vsizip/{archive}/Leefbaarometer-scores PC4 2002-2022.csv" in third.stdout
    assert "Wrote 4068 areas, 12 of them without scores." in third.stdout and "ERROR" not in third.stdout + third.stderr


PANEL_SCRIPT = r"""
import json
from qgis.core import QgsApplication, QgsProcessingContext, QgsProject
from qgis.PyQt.QtCore import QTimer, Qt
from qgis.utils import iface, plugins

state = {}

def fail(exc):
    import traceback
    state["error"] = traceback.format_exc()
    with open(RESULT, "w") as fh:
        json.dump(state, fh)
    QgsApplication.exit(1)

def start():
    try:
        run()
    except Exception as exc:
        fail(exc)

def run():
    plugin = plugins["leefbaarometer"]
    plugin.action.trigger()  # the panel, as from the toolbar
    dock, controller = plugin.dock, plugin.controller
    button = dock.processing_buttons["download"]
    state["button"] = button.text()
    dialog = controller.make_dialog("download")  # what the button opens (open_dialog shows it modally)
    dialog.show()
    wrappers = dialog.mainWidget().wrappers
    context = QgsProcessingContext()
    wrappers["GEMEENTEN"].setParameterValue("Groningen", context)  # choose a gemeente; SOURCE empty: the service
    state["source"] = wrappers["SOURCE"].parameterValue()
    dialog.runAlgorithm()
    def wait(n=0):
        layers = list(QgsProject.instance().mapLayers().values())
        if not layers and n < 120:
            QTimer.singleShot(500, lambda: wait(n + 1))
            return
        try:  # called by a timer, outside start(): an error must end QGIS, not wait in its error dialog
            dialog.close()
            layer = layers[0]
            iface.mapCanvas().setExtent(layer.extent())
            iface.mapCanvas().refresh()
            stored = layer.renderer()  # the output's own style, as it arrived
            state.update(name=layer.name(), count=layer.featureCount(), renderer=stored.type(),
                         classes=len(stored.ranges()), attribute=stored.classAttribute())
            dock.layer_combo.setLayer(layer)  # then the user picks the new layer in the panel's list
            dock.layer_combo.activated.emit(dock.layer_combo.currentIndex())
            shown = layer.renderer()
            state.update(panel_renderer=shown.type(), panel_attribute=shown.classAttribute(),
                         panel_classes=len(shown.categories()), title=dock.title_label.text())
        except Exception as exc:
            fail(exc)
            return
        def shoot():
            iface.mainWindow().grab().save(SHOT)
            with open(RESULT, "w") as fh:
                json.dump(state, fh)
            QgsApplication.exit(0)
        QTimer.singleShot(2500, shoot)
    wait()

QTimer.singleShot(2000, start)
"""


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="xvfb-run is not installed (scripts/setup.sh installs it)")
def test_panel_gets_the_buurten_of_a_gemeente_in_a_real_qgis_window(wfs, tmp_path, artifacts):
    """The panel's 'Get official data' in QGIS under Xvfb: choose a gemeente, run, the layer arrives styled (the
    official service's address is the setting, pointing at the QGIS Server on loopback). Screenshot in
    test-artifacts/qgis_panel_get_official_data.png."""
    from ..helpers import run_qgis_window

    shot, result = os.path.join(artifacts, "qgis_panel_get_official_data.png"), tmp_path / "result.json"
    settings = f"[leefbaarometer]\nlbm_wfs={wfs.url}\ncache_folder={tmp_path / 'cache'}\n"
    run = run_qgis_window(tmp_path, f"SHOT = {shot!r}\nRESULT = {str(result)!r}\n" + PANEL_SCRIPT, settings=settings)
    assert result.exists(), run.stdout + run.stderr
    state = json.loads(result.read_text())
    assert "error" not in state, state.get("error")
    assert state["button"] == "Get official data" and state["source"] in ("", None)
    assert state["count"] == 104 and state["renderer"] == "graduatedSymbol" and state["classes"] == 10
    assert state["attribute"] == 'coalesce("afw_2024", -9999)'
    # picked in the panel: the official classes of 2024 the layer carries, the nine and "no score"
    assert (state["panel_renderer"], state["panel_attribute"], state["panel_classes"]) == ("categorizedSymbol", "kscore_2024", 10)
    assert "2024" in state["title"]
    assert os.path.getsize(shot) > 10000


# --- paging: a WFS 2.0 as the official service (lbm3: names, ImplementsResultPaging) ------------------------------

@pytest.fixture()
def wfs2(wfs, http):
    from .wfs_server import Wfs2Mirror

    return Wfs2Mirror(http, "/lbm3/ows", wfs.url, page=1000)


def test_wfs2_pages_through_the_layer(run_alg, wfs2, cache, tmp_path):
    """Against a WFS 2.0 with paging and `lbm3:` type names, QGIS's provider fetches 1,000 features a page
    (STARTINDEX 0, 1000, … 6000) and the layer is importwfs's of the same file, feature for feature."""
    out, ref = str(tmp_path / "paged.gpkg"), str(tmp_path / "ref.gpkg")
    progress = []
    log = Log()
    log.progressChanged.connect(progress.append)
    download(run_alg, {"SOURCE": wfs2.url, "LEVEL": 1, "OUTPUT": out}, log)
    pages = [p for p in wfs2.pages if p[1] != 1]  # QGIS 3.40+ first asks for one feature (a probe)
    assert [start for start, _ in pages] == list(range(0, 7000, 1000))
    assert {count for _, count in pages} == {1000}
    run_alg("importwfs", {"INPUT": shared(*BUURTEN), "OUTPUT": ref})
    assert assert_same_layer(out, ref, "code") == 6958
    assert len([p for p in progress if 0 < p < 50]) > 10  # progress while the pages arrive


def test_wfs2_cancel_between_pages(run_alg, wfs2, cache, tmp_path):
    """Cancel part-way through the pages: no more pages are asked, nothing is written or cached."""
    from qgis.core import QgsProcessingException

    out = tmp_path / "out" / "r.gpkg"
    out.parent.mkdir()
    with pytest.raises(QgsProcessingException, match="^Cancelled while downloading from the WFS"):
        run_alg("download", {"SOURCE": wfs2.url, "LEVEL": 1, "OUTPUT": str(out)}, feedback=canceller(15))
    assert 1 <= len(wfs2.pages) < 7
    assert os.listdir(out.parent) == [] and cache_files(cache) == []


def test_wfs2_filter_on_the_server(run_alg, wfs2, cache, tmp_path):
    """The gemeente filter as a FES 2.0 filter to a WFS 2.0 (names 'lbm3:buurtscore24'): one page of 104 buurten."""
    out = str(tmp_path / "g.gpkg")
    result = download(run_alg, {"SOURCE": wfs2.url, "LEVEL": 1, "GEMEENTEN": "GM0014", "OUTPUT": out})
    assert result["AREAS"] == 104 and [p for p in wfs2.pages if p[1] != 1] == [(0, 1000)]  # (3.40+: and a probe of 1)
    assert any("FILTER" in p and "BU0014" in urllib.parse.unquote(p) for p in wfs2.http.seen)
