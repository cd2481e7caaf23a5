"""GeoPackage to GeoPackage: a copy of the input with the new columns added in place.

Rewriting every feature through QGIS's feature writer costs ~15 s per national layer before a single new value is
written; a GeoPackage is an SQLite file, so the output is made as a page copy of the input (or, for one layer of
several or a filtered layer, a GDAL copy of that layer with its feature ids kept) to which the new columns are
added with ALTER TABLE and filled with UPDATE … WHERE fid = ? in one transaction.

Geometry and feature ids are never touched, so the R-tree spatial index stays valid: its triggers fire only when
a geometry or a fid changes. SQLite still prepares them with every UPDATE, so the GeoPackage geometry functions
they name are registered here as functions that refuse to run (they cannot be reached; if they were, the
transaction is rolled back rather than the index corrupted).

The copy is made under a temporary name in the target folder and moved into place when complete.
"""
import os
import re
import sqlite3

import numpy as np
from osgeo import gdal
from osgeo import ogr
from osgeo import osr

from ...core.errors import LbmInputError
from ...core.i18n import tr
from ..cancel import check_cancel
from ..compat import gdal_return_codes
from .files import atomic_file

ROWS_PER_BATCH = 50000
_GEOMETRY_FUNCTIONS = ("ST_IsEmpty", "ST_MinX", "ST_MaxX", "ST_MinY", "ST_MaxY", "ST_GeometryType", "ST_SRID",
                       "GPKG_IsAssignable")


def gpkg_destination(destination):
    """The file of a destination that is a whole new GeoPackage (`/path/out.gpkg`), else None (a layer in an
    existing file `ogr:dbname=…`, a database, memory)."""
    if not destination or "|" in destination or re.match(r"^[A-Za-z]+:(?![\\/])", destination):
        return None
    return destination if destination.lower().endswith(".gpkg") else None


def can_add_columns(gdal_source, destination):
    """True if the output can be made as a copy of the input layer (a GeoPackage layer, or a PostGIS table that
    GDAL copies with its keys as feature ids) with columns added."""
    path = gpkg_destination(destination)
    if path is None or gdal_source is None:
        return False
    if gdal_source.relation:
        return True
    return (gdal_source.path.lower().endswith(".gpkg") and os.path.isfile(gdal_source.path)
            and os.path.abspath(gdal_source.path) != os.path.abspath(path))


def without_wal(path):
    """Leave a GeoPackage without the WAL flag that QGIS sets when it writes to one (a style, say), so that it
    opens anywhere, read-only media and other programs included. Returns the journal mode now in the file."""
    db = sqlite3.connect(path)
    try:
        return db.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
    finally:
        db.close()


def _sql_type(array):
    kind = np.asarray(array).dtype
    if np.issubdtype(kind, np.integer):
        return "INTEGER"
    return "REAL" if np.issubdtype(kind, np.floating) else "TEXT"


def _column_values(array, rows):
    """Python values for SQLite: int8 classes 0 -> NULL, NaN -> NULL, text as str."""
    arr = np.asarray(array)[rows]
    if arr.dtype == np.int8:
        out = arr.astype(object)
        out[arr == 0] = None
        return out
    if np.issubdtype(arr.dtype, np.integer):
        return arr.astype(object)
    if np.issubdtype(arr.dtype, np.floating):
        out = arr.astype(object)
        out[np.isnan(arr)] = None
        return out
    return np.array([None if v is None else str(v) for v in arr], dtype=object)


def _refuse(*_):
    raise sqlite3.DatabaseError("a geometry trigger fired while only attribute columns were being filled")


@gdal_return_codes()
def _layer_name(gdal_source):
    if gdal_source.relation:  # a PostGIS table: the output layer is named like the table, without its schema
        return gdal_source.layer_name.split(".")[-1]
    if gdal_source.layer_name:
        return gdal_source.layer_name
    ds = gdal.OpenEx(gdal_source.path, gdal.OF_VECTOR | gdal.OF_READONLY)
    if ds is None or ds.GetLayerCount() == 0:  # locked by another writer since the run began, say
        raise LbmInputError(tr("GDAL could not open {path}: {gdal}").format(path=gdal_source.path, gdal=gdal.GetLastErrorMsg()))
    return ds.GetLayer(0).GetName()


def _copy_layer(gdal_source, table, target):
    """Copy the input layer to `target`: the whole file page by page when the layer is all it holds, else that
    layer alone through GDAL, feature ids kept (a PostGIS table's integer key becomes the fid)."""
    if gdal_source.relation:
        _translate(gdal_source.path, gdal_source.layer_name, gdal_source.where, table, target)
        return
    source = sqlite3.connect(f"file:{gdal_source.path}?mode=ro", uri=True)
    try:
        try:
            tables = [t for (t,) in source.execute("SELECT table_name FROM gpkg_contents")]
        except sqlite3.OperationalError as exc:  # locked by another writer since the run began, say
            raise LbmInputError(tr("could not read {path}: {exc}").format(path=gdal_source.path, exc=exc)) from exc
        if not gdal_source.where and [t for t in tables if t.lower() != "layer_styles"] == [table]:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)  # a consistent snapshot, also of a file open in WAL mode elsewhere
            finally:
                copy.close()
            return
    finally:
        source.close()
    _translate(gdal_source.path, table, gdal_source.where, table, target)


@gdal_return_codes()
def _translate(source, layer, where, name, target):
    options = gdal.VectorTranslateOptions(options=["-preserve_fid"], format="GPKG", layers=[layer],
                                          where=where or None, layerName=name)
    if gdal.VectorTranslate(target, source, options=options) is None:
        raise LbmInputError(tr("GDAL could not copy the layer {layer}: {gdal}").format(layer=layer, gdal=gdal.GetLastErrorMsg()))


def write_added_columns(gdal_source, destination, new_columns, fids, replace, feedback):
    """Make `destination` (a new GeoPackage) as the input layer plus `new_columns` ({name: array aligned with
    `fids`}); columns the input has already are overwritten in the copy when `replace`. Returns the path."""
    table = _layer_name(gdal_source)

    def make(tmp):
        _copy_layer(gdal_source, table, tmp)
        check_cancel(feedback)
        feedback.setProgress(60)
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            _fill(db, table, new_columns, np.asarray(fids, dtype=np.int64), replace, feedback)
        finally:
            db.close()

    # A whole-file copy needs at least the input's size on the output's disk: refused before writing if it lacks it.
    needed = None if gdal_source.relation else os.path.getsize(gdal_source.path)
    atomic_file(destination, make, needed)
    return destination


def _fill(db, table, new_columns, fids, replace, feedback):
    for name in _GEOMETRY_FUNCTIONS:
        db.create_function(name, -1, _refuse)
    # The temporary file is removed on any failure, so it needs no journal; written once, synced at the end.
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    quoted = '"' + table.replace('"', '""') + '"'
    info = db.execute(f"PRAGMA table_info({quoted})").fetchall()
    existing = {row[1].lower() for row in info}
    key = next(row[1] for row in info if row[5] == 1)
    names = list(new_columns)
    db.execute("BEGIN")
    try:
        for name in names:
            if name.lower() in existing:
                if not replace:
                    raise LbmInputError(tr("the input already has field {name}").format(name=name))
                continue
            db.execute(f'ALTER TABLE {quoted} ADD COLUMN "{name.replace(chr(34), chr(34) * 2)}" {_sql_type(new_columns[name])}')
        if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'layer_styles'").fetchone():
            # The input's saved style knows nothing of the new fields; the output is styled on loading.
            db.execute("DELETE FROM layer_styles WHERE f_table_name = ?", (table,))
        assignments = ", ".join(f'"{n.replace(chr(34), chr(34) * 2)}" = ?' for n in names)
        statement = f'UPDATE {quoted} SET {assignments} WHERE "{key}" = ?'
        for lo in range(0, len(fids), ROWS_PER_BATCH):
            check_cancel(feedback)
            rows = slice(lo, lo + ROWS_PER_BATCH)
            columns = [_column_values(new_columns[n], rows) for n in names] + [fids[rows].tolist()]
            db.executemany(statement, zip(*columns))
            feedback.setProgress(60 + 40 * min(lo + ROWS_PER_BATCH, len(fids)) / max(len(fids), 1))
        db.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?",
                   (table,))
        db.execute("COMMIT")
    except BaseException:
        db.rollback()  # the file is removed by the caller; without a journal there is nothing to restore
        raise
    db.execute("PRAGMA journal_mode = DELETE")  # no WAL flag in the file: it opens anywhere, read-only too


# --- New layers written in bulk -------------------------------------------------------------------------------
# GDAL makes the empty layer (tables, metadata, CRS); the rows go in with one INSERT per row in one transaction;
# GDAL then builds the spatial index from the stored geometries. A geometry is a GeoPackage blob: a header with
# the envelope, then ISO WKB (GeoPackage 1.3, section 2.1.3).

_HEADER = np.dtype([("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs", "<i4"), ("envelope", "<f8", 4)])
_FLAGS = 0b0000_0011  # little endian, envelope [minx, maxx, miny, maxy]
_SQUARE = np.dtype([("header", _HEADER), ("order", "u1"), ("multi", "<u4"), ("parts", "<u4"), ("order1", "u1"),
                    ("polygon", "<u4"), ("rings", "<u4"), ("points", "<u4"), ("xy", "<f8", (5, 2))])


def square_blobs(x, y, size, srs_id):
    """GeoPackage MultiPolygon blobs of squares with lower-left corners x, y, built in numpy."""
    n = len(x)
    rec = np.zeros(n, dtype=_SQUARE)
    rec["header"]["magic"], rec["header"]["flags"], rec["header"]["srs"] = b"GP", _FLAGS, srs_id
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    rec["header"]["envelope"] = np.column_stack([x, x + size, y, y + size])
    rec["order"], rec["multi"], rec["parts"] = 1, 6, 1
    rec["order1"], rec["polygon"], rec["rings"], rec["points"] = 1, 3, 1, 5
    rec["xy"][:, :, 0] = np.column_stack([x, x + size, x + size, x, x])
    rec["xy"][:, :, 1] = np.column_stack([y, y, y + size, y + size, y])
    return rec.view(np.dtype((np.void, _SQUARE.itemsize))).tolist(), rec["header"]["envelope"]


def geometry_blob(wkb, envelope, srs_id):
    """A GeoPackage blob of ISO WKB (bytes) with its envelope (minx, maxx, miny, maxy)."""
    header = np.zeros(1, dtype=_HEADER)
    header["magic"], header["flags"], header["srs"], header["envelope"] = b"GP", _FLAGS, srs_id, envelope
    return header.tobytes() + wkb


_OGR_TYPES = {"INTEGER": ogr.OFTInteger64, "REAL": ogr.OFTReal, "TEXT": ogr.OFTString}


def write_new_layer(destination, layer_name, epsg, columns, count, geometries, feedback, progress=(0, 100)):
    """Write a new GeoPackage `destination` with one MultiPolygon layer (a table without geometry when
    `geometries` is None).

    `columns`: [(name, array)] of `count` values each (int8 classes: 0 = NULL; floats: NaN = NULL; objects:
    text). `geometries(lo, hi)`: ([blob], envelopes as an (n, 4) array) of rows lo..hi. Returns the path.
    """

    @gdal_return_codes()
    def make(tmp):
        ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
        if geometries is None:
            layer = ds.CreateLayer(layer_name, None, ogr.wkbNone, ["FID=fid"])
        else:
            srs = osr.SpatialReference()
            srs.ImportFromEPSG(epsg)
            layer = ds.CreateLayer(layer_name, srs, ogr.wkbMultiPolygon, ["SPATIAL_INDEX=NO", "FID=fid", "GEOMETRY_NAME=geom"])
        for name, array in columns:
            kind = np.asarray(array).dtype
            layer.CreateField(ogr.FieldDefn(name, ogr.OFTInteger if kind in (np.int8, np.int16, np.int32)
                                            else _OGR_TYPES[_sql_type(array)]))
        ds = layer = None  # closed: the rows go in through SQLite
        envelope = _insert_rows(tmp, layer_name, columns, count, geometries, feedback, progress)
        check_cancel(feedback)
        if geometries is not None:
            ds = gdal.OpenEx(tmp, gdal.OF_VECTOR | gdal.OF_UPDATE)
            quoted = layer_name.replace("'", "''")
            ds.ExecuteSQL(f"SELECT CreateSpatialIndex('{quoted}', 'geom')")
            ds = None
        if envelope is not None:
            db = sqlite3.connect(tmp)
            with db:
                db.execute("UPDATE gpkg_contents SET min_x = ?, max_x = ?, min_y = ?, max_y = ? WHERE table_name = ?",
                           (*map(float, envelope), layer_name))
            db.close()

    atomic_file(destination, make)
    return destination


def _insert_rows(path, table, columns, count, geometries, feedback, progress):
    db = sqlite3.connect(path, isolation_level=None)
    try:
        db.execute("PRAGMA journal_mode = OFF")  # a temporary file, removed on any failure
        db.execute("PRAGMA synchronous = OFF")
        # One UPDATE of the feature count per row would double the time: count once at the end instead.
        triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
                              (table,)).fetchall()
        quoted = '"' + table.replace('"', '""') + '"'
        names = ["fid"] + (["geom"] if geometries is not None else []) + [name for name, _ in columns]
        statement = (f"INSERT INTO {quoted} ({', '.join(chr(34) + n.replace(chr(34), chr(34) * 2) + chr(34) for n in names)}) "
                     f"VALUES ({', '.join('?' * len(names))})")
        box = None
        db.execute("BEGIN")
        for name, _ in triggers:
            db.execute(f'DROP TRIGGER "{name}"')
        for lo in range(0, count, ROWS_PER_BATCH):
            check_cancel(feedback)
            hi = min(lo + ROWS_PER_BATCH, count)
            blobs, envelopes = geometries(lo, hi) if geometries is not None else (None, np.zeros((0, 4)))
            if len(envelopes):
                part = [envelopes[:, 0].min(), envelopes[:, 1].max(), envelopes[:, 2].min(), envelopes[:, 3].max()]
                box = part if box is None else [min(box[0], part[0]), max(box[1], part[1]), min(box[2], part[2]),
                                                max(box[3], part[3])]
            values = [_column_values(array, slice(lo, hi)) for _, array in columns]
            db.executemany(statement, zip(range(lo + 1, hi + 1), *([blobs] if blobs is not None else []), *values))
            feedback.setProgress(progress[0] + (progress[1] - progress[0]) * hi / max(count, 1))
        for _, sql in triggers:
            db.execute(sql)
        db.execute("UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)", (count, table))
        db.execute("COMMIT")
        db.execute("PRAGMA journal_mode = DELETE")
        return box
    finally:
        db.close()
