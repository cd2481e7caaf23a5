"""The inputs of a run, checked before anything is read: whole numbers where a parameter counts, layers with a
coordinate reference system and polygons (not geometry collections), GeoPackages another program has locked, and
which layer of a file with several is read.

QGIS decides some of this itself and says nothing: it truncates 2022.5 to 2022 for an integer parameter, opens the
first layer of a GeoPackage given without a layer name, gives a GeoPackage layer with srs_id 0 a CRS without any
identity ("Undefined geographic SRS", longitude/latitude), and returns no CRS at all for a layer of geometry
collections. The plugin answers each of these here, before any row is read.
"""
import math
import os
import sqlite3
import time

from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterNumber
from qgis.core import QgsProcessingParameterVectorLayer
from qgis.core import QgsWkbTypes

from ..core.errors import LbmInputError
from ..core.i18n import tr
from .compat import NUMBER_INTEGER
from .compat import WKB_COLLECTION
from .compat import WKB_NO_GEOMETRY
from .compat import WKB_UNKNOWN
from .io.read import opening_inputs
from .io.read import undefined_crs

# How long a run waits for a GeoPackage that another program is writing (its lock) before it says so.
LOCK_WAIT = 10.0
# Drivers whose files have no CRS of their own: their coordinates are WGS 84 by their standard (RFC 7946).
_WGS84_BY_STANDARD = ("GeoJSON", "TopoJSON", "GeoJSONSeq")


def integer_problem(alg, parameters, context):
    """A message for the first integer parameter given a fraction (QGIS would truncate 2022.5 to 2022), or ""."""
    for definition in alg.parameterDefinitions():
        if not isinstance(definition, QgsProcessingParameterNumber) or definition.dataType() != NUMBER_INTEGER:
            continue
        if parameters.get(definition.name()) in (None, ""):
            continue
        value = alg.parameterAsDouble(parameters, definition.name(), context)
        if math.isfinite(value) and not value.is_integer():
            return tr("{name} ({description}) must be a whole number, not {value:g}").format(
                name=definition.name(), description=definition.description(), value=value)
    return ""


def check_inputs(alg, parameters, context, feedback):
    """Refuse, before anything is read, a fraction for an integer parameter and an input layer that holds geometry
    collections, has no CRS or is locked by another program; name in the log the layer read from a file that
    has several."""
    problem = integer_problem(alg, parameters, context)
    if problem:
        raise LbmInputError(problem)
    for definition in alg.parameterDefinitions():
        if not isinstance(definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer)):
            continue
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        with opening_inputs():
            layer = alg.parameterAsVectorLayer(parameters, name, context)
        if layer is None:
            continue
        path = file_of(layer)
        if path and path.lower().endswith((".gpkg", ".sqlite", ".db")):
            wait_for_lock(path, name)
        check_geometry(layer, name)
        if feedback is not None:
            name_chosen_layer(layer, name, path, feedback)


def file_of(layer):
    """The file an OGR layer reads (without |layername=…), or None."""
    if layer.providerType() != "ogr":
        return None
    path = layer.source().split("|")[0]
    return path if os.path.isfile(path) else None


def wait_for_lock(path, name, wait=LOCK_WAIT):
    """Wait up to `wait` seconds for a GeoPackage (SQLite) file that another program holds locked, read-only.

    Only a file in rollback-journal mode can lock readers out; in WAL mode readers never wait, and a read-only
    look would leave -wal and -shm files beside the input, so such a file is not looked at."""
    with open(path, "rb") as fh:
        header = fh.read(100)
    if not header.startswith(b"SQLite format 3\0") or header[18] == 2:
        return
    start = time.monotonic()
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=wait)
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            db.close()
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            return  # not a lock: QGIS and GDAL say what else is wrong with the file when they read it
        raise LbmInputError(tr("the input {name} ({path}) is locked by another program that is writing to it (an edit "
                               "session in QGIS, another tool); waited {seconds:.0f} s. Save or stop the edits there, "
                               "or close that program, and run again.").format(
                               name=name, path=path, seconds=time.monotonic() - start)) from exc


def check_geometry(layer, name):
    """Geometry collections and a missing or impossible CRS, named with the layer and what to do."""
    where = layer.source().split("|")[0] if layer.providerType() != "memory" else tr("a memory layer")
    if QgsWkbTypes.flatType(layer.wkbType()) == WKB_COLLECTION:  # QGIS gives such a layer no CRS at all
        raise LbmInputError(tr("the layer {name} ({where}) holds geometry collections ({kind}); the tools need polygons. "
                               "Convert it first with the Processing tool 'Convert geometry type' (new geometry type: "
                               "Polygons).").format(
                               name=name, where=where, kind=QgsWkbTypes.displayString(layer.wkbType())))
    if not layer.isSpatial() or layer.wkbType() in (WKB_NO_GEOMETRY, WKB_UNKNOWN):
        return
    crs = layer.crs()
    extent = layer.extent()
    degrees = (not extent.isEmpty() and -180 <= extent.xMinimum() <= extent.xMaximum() <= 180
               and -90 <= extent.yMinimum() <= extent.yMaximum() <= 90)
    if undefined_crs(crs):
        driver = layer.dataProvider().storageType() if layer.providerType() == "ogr" else ""
        if driver in _WGS84_BY_STANDARD and degrees:
            return  # read as WGS 84 (io/read.source_crs), as the format's standard says; the log says so
        raise LbmInputError(tr("the layer {name} ({where}) has no coordinate reference system{detail}, so its coordinates "
                               "cannot be placed. Set it first: in QGIS Layer Properties ▸ Source ▸ Assigned coordinate "
                               "reference system, or with 'Assign projection' (Dutch data is usually EPSG:28992, RD "
                               "New).").format(name=name, where=where, detail=_gpkg_detail(crs)))
    if crs.isGeographic() and not extent.isEmpty() and not degrees:
        raise LbmInputError(tr("the layer {name} ({where}) says its coordinates are degrees ({crs}), but they run from "
                               "{x0:.0f}, {y0:.0f} to {x1:.0f}, {y1:.0f}: its coordinate reference system is wrong. "
                               "Assign the right one first (Dutch data is usually EPSG:28992, RD New).").format(
                               name=name, where=where, crs=crs.authid() or crs.description(), x0=extent.xMinimum(),
                               y0=extent.yMinimum(), x1=extent.xMaximum(), y1=extent.yMaximum()))


def _gpkg_detail(crs):
    text = crs.description().strip().lower() if crs.isValid() else ""
    if text == "undefined geographic srs":
        return tr(" (srs_id 0 in the GeoPackage: 'undefined geographic')")
    if text == "undefined cartesian srs":
        return tr(" (srs_id -1 in the GeoPackage: 'undefined Cartesian')")
    return ""


def name_chosen_layer(layer, name, path, feedback):
    """A file with several layers given without a layer name: QGIS reads its first; the log says which and how to
    choose another."""
    if not path or "layername=" in layer.source() or "layerid=" in layer.source():
        return
    parts = [part.split("!!::!!") for part in layer.dataProvider().subLayers() if "!!::!!" in part]
    parts = [p for p in parts if p[1].lower() != "layer_styles"]
    if len(parts) > 1:
        chosen = next((p[1] for p in parts if p[0] == "0"), parts[0][1])
        feedback.pushWarning(tr("{name}: {path} holds {count} layers ({layers}); reading '{chosen}', the first. To read "
                                "another, give it as {path}|layername=…").format(
                                name=name, path=path, count=len(parts), layers=", ".join(p[1] for p in parts),
                                chosen=chosen))
