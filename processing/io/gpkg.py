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

from ...core.errors import LbmInputError
from ..cancel import check_cancel
from .files import move_into_place, remove_quietly, temporary_path

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
    """True if the output can be made as a copy of the input GeoPackage layer with columns added."""
    path = gpkg_destination(destination)
    return (path is not None and gdal_source is not None and not gdal_source.relation
            and gdal_source.path.lower().endswith(".gpkg") and os.path.isfile(gdal_source.path)
            and os.path.abspath(gdal_source.path) != os.path.abspath(path))


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


def _layer_name(gdal_source):
    if gdal_source.layer_name:
        return gdal_source.layer_name
    ds = gdal.OpenEx(gdal_source.path, gdal.OF_VECTOR | gdal.OF_READONLY)
    return ds.GetLayer(0).GetName()


def _copy_layer(gdal_source, table, target):
    """Copy the input layer to `target`: the whole file page by page when the layer is all it holds, else that
    layer alone through GDAL, feature ids kept."""
    source = sqlite3.connect(f"file:{gdal_source.path}?mode=ro", uri=True)
    try:
        tables = [t for (t,) in source.execute("SELECT table_name FROM gpkg_contents")]
        if not gdal_source.where and [t for t in tables if t.lower() != "layer_styles"] == [table]:
            copy = sqlite3.connect(target)
            try:
                source.backup(copy)  # a consistent snapshot, also of a file open in WAL mode elsewhere
            finally:
                copy.close()
            return
    finally:
        source.close()
    options = gdal.VectorTranslateOptions(format="GPKG", layers=[table], where=gdal_source.where or None,
                                          preserveFID=True, layerName=table)
    if gdal.VectorTranslate(target, gdal_source.path, options=options) is None:
        raise LbmInputError(f"GDAL could not copy the layer {table} of {gdal_source.path}: {gdal.GetLastErrorMsg()}")


def write_added_columns(gdal_source, destination, new_columns, fids, replace, feedback):
    """Make `destination` (a new GeoPackage) as the input layer plus `new_columns` ({name: array aligned with
    `fids`}); columns the input has already are overwritten in the copy when `replace`. Returns the path."""
    table = _layer_name(gdal_source)
    tmp = temporary_path(destination)
    try:
        _copy_layer(gdal_source, table, tmp)
        check_cancel(feedback)
        feedback.setProgress(60)
        db = sqlite3.connect(tmp, isolation_level=None)
        try:
            _fill(db, table, new_columns, np.asarray(fids, dtype=np.int64), replace, feedback)
        finally:
            db.close()
        move_into_place(tmp, destination)
    except BaseException:
        remove_quietly(tmp)
        raise
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
                    raise LbmInputError(f"the input already has field {name}")
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
