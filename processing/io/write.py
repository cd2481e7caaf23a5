"""Writing outputs, complete or not at all: layers through Processing sinks, tables, spreadsheets and files.

Layers: `SafeSink` (io/sink.py) writes under a staging name and puts the output in place when it is whole. Files:
`atomic_file` writes to a temporary name in the target folder and moves the result into place. Both turn a full
disk into one message (io/files.writing).
"""
import importlib.util
import itertools
import os

import numpy as np
import pandas as pd
from qgis.core import QgsFeature
from qgis.core import QgsFeatureRequest
from qgis.core import QgsField
from qgis.core import QgsFields
from qgis.core import QgsProcessingContext
from qgis.core import QgsProcessingOutputLayerDefinition
from qgis.core import QgsWkbTypes

from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.schema import CLASS_MEASURES
from ...core.schema import KEY_ALIASES
from ...core.schema import KEY_COLUMNS
from ...core.schema import find_field
from ...core.schema import parse_field_name
from ...core.values import key_text
from ..compat import DOUBLE
from ..compat import INT
from ..compat import LONG
from ..compat import SKIP_GEOMETRY_CHECKS
from ..compat import STRING
from ..compat import WKB_NO_GEOMETRY
from . import gpkg
from . import postgis
from .files import atomic_file
from .gpkg import gpkg_destination
from .gpkg import write_new_layer
from .read import BATCH
from .read import RD_NEW
from .read import in_order_of
from .read import read_attributes
from .sink import SafeSink

# --- layers (SafeSink: io/sink.py) ---------------------------------------------------------------------

def qvariant_type(array):
    return INT if np.issubdtype(np.asarray(array).dtype, np.integer) else (
        DOUBLE if np.issubdtype(np.asarray(array).dtype, np.floating) else STRING)


def python_column(array):
    """Python values for attributes. int8 arrays are classes (core/ makes them so): 0 = no class = NULL."""
    arr = np.asarray(array)
    if arr.dtype == np.int8:
        return [int(v) if v != 0 else None for v in arr.tolist()]
    if np.issubdtype(arr.dtype, np.integer):
        return arr.tolist()
    if np.issubdtype(arr.dtype, np.floating):
        return [None if v != v else v for v in arr.tolist()]
    return [None if v is None else str(v) for v in arr.tolist()]


def write_layer(algorithm, parameters, name, context, feedback, fields, wkb_type, batches, crs=RD_NEW):
    """A new layer as the output `name`: `fields` (QgsFields), features from `batches` (an iterable of lists of
    QgsFeature, made as they are written), complete or not at all (io/sink.SafeSink). Returns the destination."""
    sink = SafeSink(algorithm, parameters, name, context, fields, wkb_type, crs)
    return sink.write_all(batches, feedback)


def load_on_completion(algorithm, parameters, name, context, destination):
    """Have QGIS load an output written without a Processing sink, as parameterAsSink would arrange."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition) and value.destinationProject is not None:
        definition = algorithm.parameterDefinition(name)
        title = value.destinationName or (definition.description() if definition else name)
        context.addLayerToLoadOnCompletion(destination, QgsProcessingContext.LayerDetails(title, value.destinationProject, name))


def write_with_new_fields(algorithm, parameters, context, feedback, source, new_columns, replace=False,
                          output="OUTPUT", fids=None, keep=None, gdal_source=None):
    """The source's features with `new_columns` ({name: array}) appended, as the output `output`.

    Input fields are never overwritten: a new field that already exists is an error unless `replace` allows
    replacing it in the output (the input itself is never changed).
    `fids`: the feature id of each array row (from read_scores); rows are matched to features by id, so the
    order in which the source hands out features does not matter. `keep`: row indices to write (default all).
    `gdal_source` (the input as GDAL reads it): a GeoPackage input written to a new GeoPackage is copied and
    the columns added in place (io/gpkg.py); a PostGIS table written to a table of the same database is made
    by the server from the input and the new columns (io/postgis.py); both many times faster than rewriting
    every feature through QGIS.
    """
    fields = QgsFields(source.fields())
    position = {}
    existing = [name for name in new_columns if fields.lookupField(name) >= 0]
    if existing and not replace:
        raise LbmInputError(
            tr("the input already has field(s) {existing}{more}; input fields are never overwritten. Remove them, or allow "
               "replacing them in the output (REPLACE).").format(existing=', '.join(existing[:5]),
               more=' …' if len(existing) > 5 else '')
        )
    destination = algorithm.parameterAsOutputLayer(parameters, output, context)
    for way in (gpkg, postgis) if keep is None and fids is not None else ():
        if way.can_add_columns(gdal_source, destination):
            path = way.write_added_columns(gdal_source, destination, new_columns, fids, replace, feedback)
            load_on_completion(algorithm, parameters, output, context, path)
            return path
    for name, arr in new_columns.items():
        idx = fields.lookupField(name)
        if idx < 0:
            fields.append(QgsField(name, qvariant_type(arr)))
            idx = fields.count() - 1
        position[name] = idx
    n = source.featureCount()
    # Multi types: GeoJSON layers say Polygon but hold MultiPolygons too.
    wkb = QgsWkbTypes.multiType(source.wkbType())
    sink = SafeSink(algorithm, parameters, output, context, fields, wkb, source.sourceCrs())

    row_of = pd.Index(fids) if fids is not None else None
    width = fields.count()
    wanted = None
    if keep is not None:
        wanted = np.zeros(n if fids is None else len(fids), dtype=bool)
        wanted[np.asarray(keep, dtype=np.int64)] = True

    def batches():
        it = source.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS)
        done = 0
        while True:
            chunk = list(itertools.islice(it, BATCH))
            if not chunk:
                return
            if row_of is not None:
                rows = row_of.get_indexer([f.id() for f in chunk])
                if (rows < 0).any():
                    raise LbmInputError(tr("the input layer changed while the algorithm ran; run it again"))
            else:
                rows = np.arange(done, done + len(chunk))
            done += len(chunk)
            if wanted is not None:
                chunk = [f for f, r in zip(chunk, rows) if wanted[r]]
                rows = rows[wanted[rows]]
            cols = [(position[name], python_column(np.asarray(arr)[rows])) for name, arr in new_columns.items()]
            out = []
            for k, feat in enumerate(chunk):
                f = QgsFeature(feat)  # a C++ copy: no per-attribute conversion to Python
                f.setFields(fields, False)
                f.resizeAttributes(width)
                for idx, values in cols:
                    f.setAttribute(idx, values[k])
                geom = f.geometry()
                if not geom.isNull() and not QgsWkbTypes.isMultiType(geom.wkbType()):
                    geom.convertToMultiType()
                    f.setGeometry(geom)
                out.append(f)
            feedback.setProgress(50 + 50 * done / max(n, 1))
            yield out

    return sink.write_all(batches(), feedback)


def write_new_fields_table(algorithm, parameters, context, feedback, source, new_columns, fids, gdal_source=None,
                           output="OUTPUT"):
    """A table without geometry of the layer's key and `new_columns`, for users who join it back to their layer."""
    key = find_field(source.fields().names(), KEY_COLUMNS + tuple(c for a in KEY_ALIASES.values() for c in a))
    if key is None:
        raise LbmInputError(tr("a table without geometry needs a key to join on (grid_id, PC4, bu_code, wk_code, gm_code, code); "
                               "the layer has {source}").format(source=', '.join(source.fields().names()[:15])))
    cols, seen = read_attributes(source, [key], context, feedback, gdal_source)
    keys = np.array([key_text(v) for v in cols[key][in_order_of(fids, seen)]], dtype=object)
    destination = algorithm.parameterAsOutputLayer(parameters, output, context)
    if gpkg_destination(destination):
        name = os.path.splitext(os.path.basename(destination))[0]
        path = write_new_layer(destination, name, None, [(key, keys)] + list(new_columns.items()), len(keys), None,
                               feedback, (60, 100))
        load_on_completion(algorithm, parameters, output, context, path)
        return path
    # int8 class columns stay int8 in the frame: write_table writes their 0 (no class) as NULL.
    frame = pd.DataFrame({key: keys, **{name: np.asarray(arr) for name, arr in new_columns.items()}})
    return write_table(algorithm, parameters, output, context, feedback, frame)


def schema_fields(key, label_names, measure_fields):
    """QgsFields: key and labels as text, `{measure}_{year}` as double (class fields as integer)."""
    fields = QgsFields()
    fields.append(QgsField(key, STRING))
    for lab in label_names:
        fields.append(QgsField(lab, STRING))
    for name in measure_fields:
        parsed = parse_field_name(name)
        is_class = parsed is not None and parsed[0] in CLASS_MEASURES
        fields.append(QgsField(name, INT if is_class else DOUBLE))
    return fields


def value_rows(values, class_columns=()):
    """Rows of Python values from a float matrix: NaN -> None, class columns -> int."""
    obj = values.astype(object)
    obj[np.isnan(values)] = None
    for j in class_columns:
        col = values[:, j]
        ok = ~np.isnan(col)
        obj[ok, j] = col[ok].astype(np.int64).tolist()
    return obj.tolist()


def feature_batches(fields, count, geometries, rows, feedback=None, progress_from=0.0, progress_to=100.0):
    """QgsFeatures in batches of BATCH; `geometries(lo, hi)` and `rows(lo, hi)` give each batch's parts
    (`geometries` None: a table without geometry)."""
    for lo in range(0, count, BATCH):
        hi = min(lo + BATCH, count)
        batch = []
        parts = geometries(lo, hi) if geometries is not None else itertools.repeat(None)
        for geom, row in zip(parts, rows(lo, hi)):
            feat = QgsFeature(fields)
            if geom is not None:
                feat.setGeometry(geom)
            feat.setAttributes(row)
            batch.append(feat)
        yield batch
        if feedback is not None:
            feedback.setProgress(progress_from + (progress_to - progress_from) * hi / max(count, 1))


def _field_type(series):
    if pd.api.types.is_integer_dtype(series):
        return LONG
    if pd.api.types.is_float_dtype(series):
        return DOUBLE
    return STRING


def write_table(algorithm, parameters, name, context, feedback, df, geometries=None, wkb_type=WKB_NO_GEOMETRY, crs=RD_NEW):
    """A table output from a DataFrame (nullable integer columns: NA as NULL); with `geometries` (one QgsGeometry per
    row, in `crs`) a layer of `wkb_type`."""
    fields = QgsFields()
    for col in df.columns:
        fields.append(QgsField(str(col), _field_type(df[col])))
    sink = SafeSink(algorithm, parameters, name, context, fields, wkb_type if geometries is not None else WKB_NO_GEOMETRY, crs)
    # A table written as CSV is opened in a spreadsheet program: its text cells as write_csv writes them.
    text = csv_safe if sink.destination.split("|")[0].lower().endswith(".csv") else str
    columns = [[None if pd.isna(v) else int(v) for v in df[c]] if pd.api.types.is_extension_array_dtype(df[c].dtype)
               and pd.api.types.is_integer_dtype(df[c].dtype) else
               python_column(df[c].to_numpy()) if df[c].dtype != object else
               [None if v is None or (isinstance(v, float) and v != v) else text(str(v)) for v in df[c]] for c in df.columns]
    rows = list(zip(*columns)) if columns else []
    return sink.write_all(feature_batches(fields, len(rows), None if geometries is None else lambda lo, hi: geometries[lo:hi],
                                          lambda lo, hi: [list(r) for r in rows[lo:hi]]), feedback)


# --- files ----------------------------------------------------------------------------------------------

def _excel_engine():
    """xlsxwriter writes about three times faster than openpyxl; both come from Debian (scripts/setup.sh)."""
    for engine in ("xlsxwriter", "openpyxl"):
        if importlib.util.find_spec(engine) is not None:
            return engine
    raise LbmInputError(tr("spreadsheet output needs the Python package openpyxl or xlsxwriter (Debian: python3-openpyxl); install "
                           "one, or leave the spreadsheet output empty"))


FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # what spreadsheet programs read as the start of a formula


def csv_safe(value):
    """A text cell as CSV carries it safely: text starting like a formula (a buurt named '=HYPERLINK(…)') gets a
    leading apostrophe, so Excel and LibreOffice show it instead of running it. Other values unchanged."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_START) else value


def csv_safe_frame(df):
    """A copy of `df` with every text cell made csv_safe (numbers stay numbers)."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object:
            out[col] = out[col].map(csv_safe)
    return out


def write_csv(path, df):
    """A CSV file of `df`, complete or absent, its text cells csv_safe: every CSV the plugin writes goes here."""
    atomic_file(path, lambda tmp: csv_safe_frame(df).to_csv(tmp, index=False))


def write_svg(path, svg, scale=2):
    """An SVG document as a file, complete or absent: as it is (.svg), or drawn `scale` times its size on white
    (.png, through Qt's SVG renderer)."""
    if not path.lower().endswith(".png"):
        def write(tmp):
            with open(tmp, "w", encoding="utf-8") as fh:
                fh.write(svg)

        atomic_file(path, write)
        return
    from qgis.PyQt.QtCore import QByteArray
    from qgis.PyQt.QtGui import QColor
    from qgis.PyQt.QtGui import QImage
    from qgis.PyQt.QtGui import QPainter
    from qgis.PyQt.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    image = QImage(size.width() * scale, size.height() * scale, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()

    def save(tmp):
        if not image.save(tmp, "PNG"):
            raise OSError(f"could not write {path}")

    atomic_file(path, save)


def write_spreadsheet(path, sheets, criteria, credit, number_formats=None, notes=()):
    """An XLSX file with one sheet per table and a sheet 'bron' with the sources, criteria and `notes`.

    `sheets`: {name: DataFrame, or a sentence that stands in for a table}. Header row frozen, columns as wide as
    their text, numbers as numbers with `number_formats` ({sheet: {column: Excel format}, or a list with one
    format per row}), text always as text: a name starting with = + - @ never becomes a formula.
    """
    engine = _excel_engine()
    bron = pd.DataFrame({"bron en criteria": [credit, criteria, *notes]})

    def write(tmp):
        book = _Book(tmp, engine)
        for sheet, df in sheets.items():
            if isinstance(df, str):
                df = pd.DataFrame({"toelichting": [df]})
            book.sheet(sheet[:31], df, (number_formats or {}).get(sheet))
        book.sheet("bron", bron, None)
        book.close()

    atomic_file(path, write)


class _Book:
    """The few spreadsheet calls the plugin needs, on xlsxwriter (Debian's python3-xlsxwriter) or openpyxl."""

    def __init__(self, path, engine):
        self.engine = engine
        if engine == "xlsxwriter":
            import xlsxwriter  # only here: openpyxl may be the one installed

            self.book = xlsxwriter.Workbook(path, {"nan_inf_to_errors": True, "in_memory": True})  # no temporary files per sheet
            self.bold = self.book.add_format({"bold": True, "bg_color": "#E8EEF4", "bottom": 1})
            self.formats = {}
        else:
            import openpyxl  # only here: xlsxwriter may be the one installed

            self.book = openpyxl.Workbook()
            self.book.remove(self.book.active)
        self.path = path

    def _format(self, fmt):
        if fmt not in self.formats:
            self.formats[fmt] = self.book.add_format({"num_format": fmt})
        return self.formats[fmt]

    def sheet(self, name, df, number_formats):
        per_row = number_formats if isinstance(number_formats, list) else None
        per_col = number_formats if isinstance(number_formats, dict) else {}
        widths = [len(str(c)) for c in df.columns]
        rows = []
        for i, row in enumerate(df.itertuples(index=False, name=None)):
            out = []
            for j, v in enumerate(row):
                fmt = per_row[i] if per_row is not None and j > 0 else per_col.get(df.columns[j])
                if v is None or v is pd.NA or (isinstance(v, float) and v != v):
                    out.append((None, None))
                elif isinstance(v, (bool, np.bool_)) or not isinstance(v, (int, float, np.integer, np.floating)):
                    out.append((str(v), None))
                    widths[j] = max(widths[j], len(str(v)))
                else:
                    out.append((float(v), fmt))
                    widths[j] = max(widths[j], 10)
            rows.append(out)
        if self.engine == "xlsxwriter":
            ws = self.book.add_worksheet(name)
            for j, c in enumerate(df.columns):
                ws.write_string(0, j, str(c), self.bold)
                ws.set_column(j, j, min(max(widths[j], 8) + 2, 60))
            for i, out in enumerate(rows, start=1):
                for j, (v, fmt) in enumerate(out):
                    if isinstance(v, str):
                        ws.write_string(i, j, v)
                    elif v is not None:
                        ws.write_number(i, j, v, self._format(fmt) if fmt else None)
            ws.freeze_panes(1, 0)
        else:
            ws = self.book.create_sheet(name)
            ws.append([str(c) for c in df.columns])
            for i, out in enumerate(rows, start=2):
                for j, (v, fmt) in enumerate(out, start=1):
                    cell = ws.cell(row=i, column=j)
                    cell.value = v
                    if isinstance(v, str):
                        cell.data_type = "s"  # never a formula
                    elif fmt:
                        cell.number_format = fmt
            ws.freeze_panes = "A2"

    def close(self):
        if self.engine == "xlsxwriter":
            self.book.close()
        else:
            self.book.save(self.path)
