"""PostGIS to PostGIS: the output table made by the database from the input table and the new columns.

QGIS's PostGIS writer sends one INSERT per feature (national grid: ~100 s). Here the new columns travel once, as
one binary COPY into a temporary table, and the server builds the output with CREATE TABLE … AS SELECT input
JOIN new columns, then its primary key and spatial index, all in one transaction: complete or not at all.

Binary COPY rows have a fixed layout so that numpy builds them in one go: a missing number travels as NaN (floats)
or 0 (classes) and becomes NULL in the SELECT; text columns travel as small codes into an array of their values.
"""
from contextlib import closing

import numpy as np
import psycopg2
from psycopg2 import sql
from qgis.core import QgsDataSourceUri

from ..cancel import check_cancel
from .files import completed

_SIGNATURE = b"PGCOPY\n\xff\r\n\x00" + (0).to_bytes(4, "big") + (0).to_bytes(4, "big")
_TRAILER = (-1).to_bytes(2, "big", signed=True)


def postgis_destination(destination):
    """The QgsDataSourceUri of a `postgres://…` destination, else None."""
    if not destination or not destination.startswith("postgres://"):
        return None
    uri = QgsDataSourceUri(destination[len("postgres://"):])
    return uri if uri.table() else None


def can_add_columns(gdal_source, destination):
    """True if input and output are tables of the same PostGIS database (the server joins them)."""
    uri = postgis_destination(destination)
    return (uri is not None and gdal_source is not None and gdal_source.relation is not None
            and gdal_source.path == "PG:" + uri.connectionInfo(True))


def _encoded(name, array):
    """(numpy big-endian type, SQL type, SQL expression turning the sentinel into NULL, codes or values, labels)."""
    arr = np.asarray(array)
    column = sql.Identifier(name)
    if arr.dtype == np.int8:  # classes: 0 = no class
        return ">i2", "smallint", sql.SQL("NULLIF(n.{}, 0)").format(column), arr.astype(np.int16), None
    if np.issubdtype(arr.dtype, np.integer):
        return ">i8", "bigint", sql.SQL("n.{}").format(column), arr.astype(np.int64), None
    if np.issubdtype(arr.dtype, np.floating):
        return ">f8", "double precision", sql.SQL("NULLIF(n.{}, 'NaN'::float8)").format(column), arr.astype(float), None
    labels, codes = np.unique(np.array(["" if v is None else str(v) for v in arr], dtype=object), return_inverse=True)
    codes = codes.astype(np.int32) + 1
    codes[np.array([v is None for v in arr], dtype=bool)] = 0
    # The values as an array literal (quoted by psycopg2), indexed by the code: no query parameters, so no name
    # with a % sign can be mistaken for one.
    expression = sql.SQL("({}::text[])[NULLIF(n.{}, 0)]").format(sql.Literal([str(v) for v in labels]), column)
    return ">i4", "integer", expression, codes, list(labels)


def binary_copy(fids, encoded):
    """The bytes of a binary COPY of (fid, columns…): fixed-width rows built as one numpy record array."""
    layout = [("count", ">i2"), ("fid_len", ">i4"), ("fid", ">i4")]
    for k, (kind, *_rest) in enumerate(encoded):
        layout += [(f"len{k}", ">i4"), (f"v{k}", kind)]
    rows = np.zeros(len(fids), dtype=layout)
    rows["count"], rows["fid_len"], rows["fid"] = 1 + len(encoded), 4, fids
    for k, (kind, _, _, values, _) in enumerate(encoded):
        rows[f"len{k}"], rows[f"v{k}"] = np.dtype(kind).itemsize, values
    return _SIGNATURE + rows.tobytes() + _TRAILER


def write_added_columns(gdal_source, destination, new_columns, fids, replace, feedback):
    """Make the destination table as the input table plus `new_columns`, in one transaction. Returns the
    destination."""
    uri = postgis_destination(destination)
    out = sql.Identifier(*([uri.schema()] if uri.schema() else []), uri.table())
    names = list(new_columns)
    encoded = [_encoded(n, new_columns[n]) for n in names]
    payload = binary_copy(np.asarray(fids, dtype=np.int32), encoded)
    check_cancel(feedback)
    feedback.setProgress(60)
    with closing(psycopg2.connect(uri.connectionInfo(True))) as connection, connection as db:
        # `with connection` commits on success and rolls back on any error (cancel included): all or nothing.
        with db.cursor() as cur:
            cur.execute("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                        "WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                        (gdal_source.relation,))
            columns = cur.fetchall()
            kept = [c for c, _ in columns if not (replace and c in new_columns)]
            geometry = next((c for c, kind in columns if kind.startswith("geometry")), None)
            cur.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(out))
            cur.execute(sql.SQL("CREATE TEMP TABLE lbm_new (fid integer, {}) ON COMMIT DROP").format(
                sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(n), sql.SQL(e[1])) for n, e in zip(names, encoded))))
            cur.copy_expert("COPY lbm_new FROM STDIN WITH (FORMAT binary)", _Reader(payload))
            check_cancel(feedback)
            feedback.setProgress(75)
            select = [sql.SQL("i.{}").format(sql.Identifier(c)) for c in kept] + [
                sql.SQL("{} AS {}").format(e[2], sql.Identifier(n)) for n, e in zip(names, encoded)]
            cur.execute(sql.SQL("CREATE TABLE {} AS SELECT {} FROM {} i JOIN lbm_new n ON n.fid = i.{}").format(
                out, sql.SQL(", ").join(select), sql.SQL(gdal_source.relation), sql.Identifier(gdal_source.key)))
            cur.execute(sql.SQL("ALTER TABLE {} ADD PRIMARY KEY ({})").format(out, sql.Identifier(gdal_source.key)))
            if geometry:
                cur.execute(sql.SQL("CREATE INDEX ON {} USING gist ({})").format(out, sql.Identifier(geometry)))
            check_cancel(feedback)
    feedback.setProgress(100)
    completed(lambda: drop_table(uri))
    return destination


def drop_table(uri):
    """Drop the table of a QgsDataSourceUri if it exists (undoing a completed output of a run that failed later)."""
    out = sql.Identifier(*([uri.schema()] if uri.schema() else []), uri.table())
    with closing(psycopg2.connect(uri.connectionInfo(True))) as connection, connection as db, db.cursor() as cur:
        cur.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(out))


class _Reader:
    """A file-like view of bytes for COPY, read in large chunks."""

    def __init__(self, data):
        self.view, self.pos = memoryview(data), 0

    def read(self, size=-1):
        size = len(self.view) - self.pos if size is None or size < 0 else size
        chunk = self.view[self.pos:self.pos + size]
        self.pos += len(chunk)
        return chunk.tobytes()

    def readline(self, size=-1):  # psycopg2 asks for it on text COPY only
        return self.read(size)
