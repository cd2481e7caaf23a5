"""PostGIS to PostGIS: the output table made by the database from the input table and the new columns.

QGIS's PostGIS writer sends one INSERT per feature (national grid: ~100 s). Here the new columns travel once, as
one binary COPY into a temporary table, and the server builds the output with CREATE TABLE … AS SELECT input
JOIN new columns, then its primary key and spatial index, all in one transaction: complete or not at all.

Binary COPY rows have a fixed layout so that numpy builds them in one go: a missing number travels as NaN (floats)
or 0 (classes) and becomes NULL in the SELECT; text columns travel as small codes into an array of their values.
"""
import io
from contextlib import closing

import numpy as np
import pandas as pd
import psycopg2
from psycopg2 import sql
from qgis.core import QgsDataSourceUri

from ...core.i18n import tr
from ..cancel import Terminated
from ..cancel import check_cancel
from ..cancel import terminated
from .files import completed
from .files import writing
from .formats import check_field_names

_SIGNATURE = b"PGCOPY\n\xff\r\n\x00" + (0).to_bytes(4, "big") + (0).to_bytes(4, "big")
_TRAILER = (-1).to_bytes(2, "big", signed=True)


def postgis_destination(destination):
    """The QgsDataSourceUri of a `postgres://…` destination, else None."""
    if not destination or not destination.startswith("postgres://"):
        return None
    uri = QgsDataSourceUri(destination[len("postgres://"):])
    return uri if uri.table() else None


def can_add_columns(gdal_source, destination):
    """True if input and output are tables of the same PostGIS database (the server joins them).

    A file layer written to PostGIS goes through QGIS's writer: GDAL could load it into the database faster, but
    its PostgreSQL driver writes doubles with 15 significant digits, and the published scores have 17.
    """
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


def binary_copy(fids, encoded, rows_per_chunk=50000):
    """The bytes of a binary COPY of (fid, columns…), chunk by chunk: fixed-width rows built as numpy record
    arrays, so that a national table never sits in memory as one large buffer."""
    layout = [("count", ">i2"), ("fid_len", ">i4"), ("fid", ">i4")]
    for k, (kind, *_rest) in enumerate(encoded):
        layout += [(f"len{k}", ">i4"), (f"v{k}", kind)]
    yield _SIGNATURE
    for lo in range(0, len(fids), rows_per_chunk):
        part = slice(lo, lo + rows_per_chunk)
        rows = np.zeros(len(fids[part]), dtype=layout)
        rows["count"], rows["fid_len"], rows["fid"] = 1 + len(encoded), 4, fids[part]
        for k, (kind, _, _, values, _) in enumerate(encoded):
            rows[f"len{k}"], rows[f"v{k}"] = np.dtype(kind).itemsize, values[part]
        yield rows.tobytes()
    yield _TRAILER


# Types whose values travel as float8 on the way in (read_numbers): what GDAL reads as OFTReal or OFTInteger.
_NUMBER_TYPES = ("smallint", "integer", "bigint", "real", "double precision", "numeric")


def column_types(connection_info, relation, names):
    """{column: SQL type} of `names` in a table (format_type: 'double precision', 'character varying(10)' …)."""
    with closing(psycopg2.connect(connection_info)) as connection, connection.cursor() as cur:
        cur.execute("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                    "WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped", (relation,))
        return {name: kind for name, kind in cur.fetchall() if name in names}


def is_number_type(kind):
    return kind.split("(")[0].strip() in _NUMBER_TYPES


def read_numbers(connection_info, relation, key, names, where=""):
    """({name: float array, NULL = NaN}, keys) of number columns, ordered by the integer key, by one binary COPY.

    Every value travels as float8 (NULL as NaN), so each row has the same width and numpy reads the whole stream
    as one record array: national grid, 63 columns, 1.6 s against 4 s through GDAL's Arrow stream.
    """
    columns = [sql.SQL("{}::int4").format(sql.Identifier(key))]  # the key alone when no column is asked for
    columns += [sql.SQL("COALESCE({}::float8, 'NaN'::float8)").format(sql.Identifier(n)) for n in names]
    query = sql.SQL("COPY (SELECT {} FROM {}{} ORDER BY {}) TO STDOUT WITH (FORMAT binary)").format(
        sql.SQL(", ").join(columns), sql.SQL(relation), sql.SQL(f" WHERE {where}" if where else ""), sql.Identifier(key))
    buffer = io.BytesIO()
    with closing(psycopg2.connect(connection_info)) as connection, connection.cursor() as cur:
        cur.copy_expert(query, buffer)
    layout = [("count", ">i2"), ("key_len", ">i4"), ("key", ">i4")]
    for k in range(len(names)):
        layout += [(f"len{k}", ">i4"), (f"v{k}", ">f8")]
    body = buffer.getbuffer()[len(_SIGNATURE):-len(_TRAILER)]
    rows = np.frombuffer(body, dtype=np.dtype(layout))
    return {n: rows[f"v{k}"].astype(float) for k, n in enumerate(names)}, rows["key"].astype(np.int64)


def write_added_columns(gdal_source, destination, new_columns, fids, replace, feedback):
    """Make the destination table as the input table plus `new_columns`, in one transaction. Returns the
    destination."""
    uri = postgis_destination(destination)
    out = sql.Identifier(*([uri.schema()] if uri.schema() else []), uri.table())
    names = list(new_columns)
    check_field_names(destination, names)
    encoded = [_encoded(n, new_columns[n]) for n in names]
    payload = binary_copy(np.asarray(fids, dtype=np.int32), encoded)
    check_cancel(feedback)
    feedback.setProgress(60)
    with writing(_table_name(uri), database=True), _connected(uri) as connection, connection as db:
        # `with connection` commits on success and rolls back on any error (cancel included): all or nothing.
        with db.cursor() as cur:
            cur.execute("SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a "
                        "WHERE a.attrelid = %s::regclass AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                        (gdal_source.relation,))
            columns = cur.fetchall()
            kept = [c for c, _ in columns if not (replace and c in new_columns)]
            geometry = next((c for c, kind in columns if kind.startswith("geometry")), None)
            _drop(cur, out)
            cur.execute(sql.SQL("CREATE TEMP TABLE lbm_new (fid integer, {}) ON COMMIT DROP").format(
                sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(n), sql.SQL(e[1])) for n, e in zip(names, encoded))))
            _copy(cur, "COPY lbm_new FROM STDIN WITH (FORMAT binary)", payload)
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


def _table_name(uri):
    return tr("the table {schema}.{table}").format(schema=uri.schema() or "public", table=uri.table())


def _connected(uri):
    """A connection to the database of a QgsDataSourceUri, closed on leaving; `with _connected(uri) as db` commits on
    success and rolls back on any error."""
    return closing(psycopg2.connect(uri.connectionInfo(True)))


def _drop(cur, table):
    """The one way the plugin drops a table (a sql.Identifier): if it exists, in the caller's transaction."""
    cur.execute(sql.SQL("DROP TABLE IF EXISTS {}").format(table))


def drop_table(uri):
    """Drop the table of a QgsDataSourceUri if it exists (undoing a completed output of a run that failed later)."""
    with _connected(uri) as connection, connection as db, db.cursor() as cur:
        _drop(cur, sql.Identifier(*([uri.schema()] if uri.schema() else []), uri.table()))


def discard_table(uri):
    """Drop the table of a QgsDataSourceUri (a staging table, or an output undone); a message if that failed, else
    None."""
    try:
        drop_table(uri)
    except psycopg2.Error as exc:
        return tr("the half-written table {schema}.{name} could not be removed ({exc}); drop it by hand").format(
            schema=uri.schema() or "public", name=uri.table(), exc=str(exc).strip())
    return None


def rename_table(uri, staging):
    """Put the complete table `staging` (same schema) in place as the table of a QgsDataSourceUri, replacing a table
    of that name, in one transaction."""
    schema = uri.schema() or "public"
    with _connected(uri) as connection, connection as db, db.cursor() as cur:
        _drop(cur, sql.Identifier(schema, uri.table()))
        cur.execute(sql.SQL("ALTER TABLE {} RENAME TO {}").format(sql.Identifier(schema, staging), sql.Identifier(uri.table())))


def forget_styles(uri):
    """Before a table made anew gets its style: remove the styles stored for a table of its name (they belong to the
    table it replaced). Returns (whether the database had QGIS's public.layer_styles, a message if the database
    refused, else "")."""
    try:
        with _connected(uri) as connection, connection as db, db.cursor() as cur:
            cur.execute("SELECT to_regclass('public.layer_styles') IS NOT NULL")
            had_styles = cur.fetchone()[0]
        if had_styles:
            remove_styles(uri, drop_styles_table=False)
    except psycopg2.Error as exc:  # e.g. no right to change layer_styles
        return False, str(exc).strip()
    return had_styles, ""


def remove_styles(uri, drop_styles_table):
    """Remove the styles stored for the table of a QgsDataSourceUri (undoing an output), and layer_styles itself
    when `drop_styles_table` (the run made it)."""
    with _connected(uri) as connection, connection as db, db.cursor() as cur:
        cur.execute("DELETE FROM public.layer_styles WHERE f_table_schema = %s AND f_table_name = %s",
                    (uri.schema() or "public", uri.table()))
        if drop_styles_table:
            _drop(cur, sql.Identifier("public", "layer_styles"))


def or_none(call, *args):
    """`call(*args)`, or None when the database refuses (psycopg2.Error: no right to read a column, …): the caller
    then reads through QGIS, which says what is wrong."""
    try:
        return call(*args)
    except psycopg2.Error:
        return None


def _copy(cur, statement, chunks):
    """COPY … FROM STDIN from a stream of byte or text chunks. A cancel or a SIGTERM while the chunks are made
    surfaces as itself (not as psycopg2's 'COPY failed'), so the run ends as a cancel should."""
    reader = _Reader(chunks)
    try:
        cur.copy_expert(statement, reader, size=1 << 20)
    except psycopg2.Error:
        if reader.error is not None:
            raise reader.error from None
        if terminated():
            raise Terminated() from None
        raise


class _Reader:
    """A file-like view of a stream of byte chunks, for COPY (read in pieces of at most one chunk)."""

    def __init__(self, chunks):
        self.chunks, self.view, self.pos, self.error = iter(chunks), memoryview(b""), 0, None

    def read(self, size=-1):
        try:
            return self._read(size)
        except BaseException as exc:  # psycopg2 reports it as a failed COPY: keep it, so _copy raises the original
            self.error = exc
            raise

    def _read(self, size):
        if self.pos >= len(self.view):
            chunk = next(self.chunks, None)
            if chunk is None:
                return b""
            self.view, self.pos = memoryview(chunk), 0
        size = len(self.view) - self.pos if size is None or size < 0 else size
        piece = self.view[self.pos:self.pos + size]
        self.pos += len(piece)
        return piece.tobytes()

    def readline(self, size=-1):  # psycopg2 asks for it on text COPY only
        return self.read(size)


def write_new_table(destination, columns, count, geometries, feedback, progress=(0, 100)):
    """Make the destination table (key `id`, MultiPolygon `geom` in EPSG:28992, `columns`) in one transaction.

    `columns`: [(name, array)] as for io/gpkg.write_new_layer; `geometries(lo, hi)`: GeoPackage blobs of rows
    lo..hi (their ISO WKB travels as EWKB). Numbers go by binary COPY; text and geometry by CSV COPY; the server
    joins the two by row number.
    """
    uri = postgis_destination(destination)
    out = sql.Identifier(*([uri.schema()] if uri.schema() else []), uri.table())
    geometry = uri.geometryColumn() or "geom"
    numeric = [(n, a) for n, a in columns if np.asarray(a).dtype != object]
    text = [(n, a) for n, a in columns if np.asarray(a).dtype == object]
    encoded = [_encoded(n, a) for n, a in numeric]
    ids = np.arange(1, count + 1, dtype=np.int32)
    payload = binary_copy(ids, encoded)
    check_field_names(destination, [n for n, _ in columns])
    with writing(_table_name(uri), database=True), _connected(uri) as connection, connection as db:
        with db.cursor() as cur:
            _drop(cur, out)
            cur.execute(sql.SQL("CREATE TEMP TABLE lbm_new (fid integer, {}) ON COMMIT DROP").format(
                sql.SQL(", ").join(sql.SQL("{} {}").format(sql.Identifier(n), sql.SQL(e[1])) for (n, _), e in zip(numeric, encoded))))
            _copy(cur, "COPY lbm_new FROM STDIN WITH (FORMAT binary)", payload)
            cur.execute(sql.SQL("CREATE TEMP TABLE lbm_text (fid integer, geom text, {}) ON COMMIT DROP").format(
                sql.SQL(", ").join(sql.SQL("{} text").format(sql.Identifier(n)) for n, _ in text)))
            for lo in range(0, count, 100000):
                check_cancel(feedback)
                hi = min(lo + 100000, count)
                frame = {"fid": ids[lo:hi], "geom": [None if b is None else _ewkb_hex(b) for b in geometries(lo, hi)]}
                frame.update({n: np.asarray(a)[lo:hi] for n, a in text})
                buffer = io.StringIO()
                pd.DataFrame(frame).to_csv(buffer, index=False, header=False)
                buffer.seek(0)
                cur.copy_expert("COPY lbm_text FROM STDIN WITH (FORMAT csv)", buffer)
                feedback.setProgress(progress[0] + (progress[1] - progress[0]) * 0.6 * hi / max(count, 1))
            select = [sql.SQL("t.fid AS id"), sql.SQL("t.geom::geometry(MultiPolygon, 28992) AS {}").format(sql.Identifier(geometry))]
            select += [sql.SQL("t.{}").format(sql.Identifier(n)) if e is None else e[2]
                       for n, e in _in_order(columns, text, encoded, numeric)]
            cur.execute(sql.SQL("CREATE TABLE {} AS SELECT {} FROM lbm_text t JOIN lbm_new n ON n.fid = t.fid ORDER BY t.fid").format(
                out, sql.SQL(", ").join(select)))
            cur.execute(sql.SQL("ALTER TABLE {} ADD PRIMARY KEY (id)").format(out))
            cur.execute(sql.SQL("CREATE INDEX ON {} USING gist ({})").format(out, sql.Identifier(geometry)))
            check_cancel(feedback)
    feedback.setProgress(progress[1])
    return destination


def _in_order(columns, text, encoded, numeric):
    """(name, encoding or None) of every column in the caller's order, each as `AS name`."""
    by_name = {n: e for (n, _), e in zip(numeric, encoded)}
    out = []
    for name, _ in columns:
        e = by_name.get(name)
        out.append((name, None if e is None else (e[0], e[1], sql.SQL("{} AS {}").format(e[2], sql.Identifier(name)))))
    return out


def _ewkb_hex(blob):
    """EWKB (hex) with SRID 28992 from a GeoPackage blob of 2D ISO WKB (header of 40 bytes: with envelope)."""
    wkb = blob[40:]
    kind = int.from_bytes(wkb[1:5], "little") | 0x20000000
    return (b"\x01" + kind.to_bytes(4, "little") + (28992).to_bytes(4, "little") + wkb[5:]).hex()
