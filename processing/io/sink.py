"""Layers written through QGIS's feature sinks, complete or not at all.

QGIS's writers write straight into the destination and commit as they go; some report nothing when the disk fills
(a GeoJSON file is cut off at the disk's size and the run ends well). So every sink writes under a name nobody uses
and the result is put in place only when it is complete and reads back whole:
- a file: a temporary name in the target folder (`.out.geojson.part-<pid>-<hex>.geojson`, a Shapefile's siblings
  alike), moved into place;
- a layer of an existing GeoPackage (`ogr:dbname=… table=…`): a staging layer `lbm_part_<pid>_<hex>` in that file,
  renamed in one transaction (replacing a layer of that name);
- a PostGIS table: a staging table `lbm_part_<pid>_<hex>` in the same schema, renamed in one transaction.
A cancel, an error or a signal removes the staging file, layer or table; a kill (SIGKILL) can leave only a
staging name behind (files: removed by the next write into that folder), never a half-written output.
"""
import glob
import os
import secrets
from contextlib import nullcontext

from osgeo import gdal
from osgeo import ogr
from qgis.core import QgsDataSourceUri
from qgis.core import QgsProcessingException
from qgis.core import QgsProcessingOutputLayerDefinition
from qgis.core import QgsProperty

from ...core.i18n import tr
from ..cancel import check_cancel
from ..compat import gdal_return_codes
from .files import completed
from .files import file_size
from .files import remove_quietly
from .files import temporary_path
from .files import writing
from .formats import check_field_names
from .formats import output_driver
from .postgis import discard_table
from .postgis import rename_table

# A Shapefile's companions: replaced together, and the old ones removed (a stale .qix would index other shapes).
_SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx")


def _redirect(parameters, name, destination):
    """`parameters` with the output `name` writing to `destination` instead (its load settings kept)."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = QgsProcessingOutputLayerDefinition(value)
        value.sink = QgsProperty.fromValue(destination)
    else:
        value = destination
    return {**parameters, name: value}


def _rekey(context, old_id, new_id):
    """QGIS loads the published output rather than the staging one."""
    loads = context.layersToLoadOnCompletion()
    if old_id in loads and old_id != new_id:
        loads[new_id] = loads.pop(old_id)
        context.setLayersToLoadOnCompletion(loads)
    return new_id


def _staging_name():
    return f"lbm_part_{os.getpid()}_{secrets.token_hex(4)}"


class _Direct:
    """Memory layers and other destinations that live nowhere on disk or server: written as they are."""

    target = None
    database = False

    def __init__(self, destination):
        self.staging = destination

    def publish(self, dest_id, context, count):
        return dest_id

    def discard(self):
        return None


class _File(_Direct):
    """A new file (or one to replace), written under a temporary name beside it."""

    def __init__(self, destination):
        self.target = destination
        self.staging = temporary_path(destination)

    def _parts(self, path):
        stem = os.path.splitext(path)[0]
        return sorted(glob.glob(glob.escape(stem) + ".*"))

    def written(self):
        return sum(file_size(p) for p in self._parts(self.staging))

    def publish(self, dest_id, context, count):
        # A table without geometry written as a Shapefile is its .dbf alone.
        written = self.staging if os.path.exists(self.staging) else next(iter(self._parts(self.staging)), self.staging)
        _check_read_back(written, None, count, self.target)
        if output_driver(self.target) == "GPKG":
            _name_layer(written, os.path.splitext(os.path.basename(self.target))[0])
        stem, final_stem = os.path.splitext(self.staging)[0], os.path.splitext(self.target)[0]
        if output_driver(self.target) == "ESRI Shapefile":
            for ext in _SHAPEFILE_PARTS:
                remove_quietly(final_stem + ext)
        moved = []
        for part in self._parts(self.staging):
            final = final_stem + part[len(stem):]
            os.replace(part, final)
            moved.append(final)
        completed(lambda: [remove_quietly(p) for p in moved], self.target)
        return _rekey(context, dest_id, self.target)

    def discard(self):
        for part in self._parts(self.staging):
            remove_quietly(part)
        return None


class _GeoPackageLayer(_Direct):
    """A layer written into an existing GeoPackage: a staging layer there, renamed when complete."""

    def __init__(self, destination):
        uri = QgsDataSourceUri(destination[len("ogr:"):])
        self.path, self.layer = uri.database(), uri.table()
        self.target = f"{self.path} (layer {self.layer})"
        self.stage_layer = _staging_name()
        uri.setTable(self.stage_layer)
        self.staging = "ogr:" + uri.uri(False)

    def written(self):
        return 0

    @gdal_return_codes()
    def publish(self, dest_id, context, count):
        _check_read_back(self.path, self.stage_layer, count, self.target)
        ds = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if ds is None:
            raise QgsProcessingException(tr("could not open {path} to put the layer {layer} in place: {error}").format(
                path=self.path, layer=self.layer, error=gdal.GetLastErrorMsg()))
        try:
            ds.StartTransaction()
            for i in range(ds.GetLayerCount()):
                if ds.GetLayer(i).GetName().lower() == self.layer.lower():
                    ds.DeleteLayer(i)
                    break
            # A style stored for the layer it replaces is not the new layer's (and QGIS 3.22 would ask "overwrite?"
            # in a dialog when the style is saved, which hangs a Processing run).
            _forget_styles(ds, self.layer)
            staged = ds.GetLayerByName(self.stage_layer)
            if staged.Rename(self.layer) != ogr.OGRERR_NONE:
                raise QgsProcessingException(tr("could not name the new layer {layer} in {path}: {error}").format(
                    layer=self.layer, path=self.path, error=gdal.GetLastErrorMsg()))
            ds.CommitTransaction()
        except BaseException:
            ds.RollbackTransaction()
            raise
        finally:
            ds = None
        completed(lambda: _delete_layer(self.path, self.layer))
        # QGIS names the written layer `path|layername=<staging>`: the same with the output's own layer name.
        return _rekey(context, dest_id, f"{self.path}|layername={self.layer}")

    def discard(self):
        _delete_layer(self.path, self.stage_layer)
        return None


class _PostgisTable(_Direct):
    """A PostGIS table: QGIS's writer commits as it goes, so a staging table is renamed when complete."""

    def __init__(self, destination):
        self.final = QgsDataSourceUri(destination[len("postgres://"):])
        uri = QgsDataSourceUri(self.final)
        uri.setTable(_staging_name())
        self.staging = "postgres://" + uri.uri(False)
        self.target = tr("the table {schema}.{table}").format(schema=self.final.schema() or "public", table=self.final.table())
        self.database = True

    def written(self):
        return 0

    def publish(self, dest_id, context, count):
        rename_table(self.final, QgsDataSourceUri(self.staging[len("postgres://"):]).table())
        uri = QgsDataSourceUri(dest_id[len("postgres://"):] if dest_id.startswith("postgres://") else dest_id)
        uri.setTable(self.final.table())
        new_id = ("postgres://" if dest_id.startswith("postgres://") else "") + uri.uri(False)
        completed(lambda: discard_table(self.final))
        return _rekey(context, dest_id, new_id)

    def discard(self):
        return discard_table(QgsDataSourceUri(self.staging[len("postgres://"):]))


class _NoState:
    def failed(self, exc, written=0):
        pass


def _staging_for(destination):
    if destination.startswith("postgres://"):
        return _PostgisTable(destination)
    if destination.startswith("ogr:"):
        path = QgsDataSourceUri(destination[len("ogr:"):]).database()
        if os.path.exists(path) and output_driver(destination) == "GPKG":
            return _GeoPackageLayer(destination)
        return _Direct(destination)
    if not destination or destination.startswith(("memory:", "TEMPORARY_OUTPUT", "postgis:", "spatialite:")) \
            or "|" in destination:
        return _Direct(destination)
    return _File(destination)


@gdal_return_codes()
def _check_read_back(path, layer, count, target):
    """The written layer opens and holds `count` features: a writer that lost features without a word (a GeoJSON
    cut off by a full disk) fails here, before the output is put in place."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
    lyr = None if ds is None else (ds.GetLayerByName(layer) if layer else ds.GetLayer(0))
    found = -1 if lyr is None else lyr.GetFeatureCount(True)
    ds = lyr = None
    if found != count:
        raise QgsProcessingException(
            tr("the output {target} does not read back whole after writing ({found} of {count} features; {error}): "
               "it was not kept").format(target=target, found=max(found, 0), count=count,
                                         error=gdal.GetLastErrorMsg() or tr("no reason given")))


@gdal_return_codes()
def _name_layer(path, name):
    """Name the one layer of a new GeoPackage after the output file (`diff.gpkg`: `diff`), as QGIS does when it writes
    the file itself: from the staging file's name, which starts with a dot, QGIS's writer makes an empty one."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    lyr = None if ds is None else ds.GetLayer(0)
    if lyr is not None and lyr.GetName() != name and lyr.Rename(name) != ogr.OGRERR_NONE:
        raise QgsProcessingException(tr("could not name the layer {layer} in {path}: {error}").format(
            layer=name, path=path, error=gdal.GetLastErrorMsg()))
    lyr = ds = None


def _forget_styles(ds, layer):
    """Remove the styles a GeoPackage's layer_styles holds for `layer`."""
    if ds.GetLayerByName("layer_styles") is not None:
        quoted = layer.replace("'", "''")
        ds.ExecuteSQL(f"DELETE FROM layer_styles WHERE lower(f_table_name) = lower('{quoted}')")


@gdal_return_codes()
def _delete_layer(path, layer):
    """Remove a layer (and its stored styles) from a GeoPackage: a staging layer, or an output undone."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    if ds is None:
        return
    for i in range(ds.GetLayerCount()):
        if ds.GetLayer(i).GetName() == layer:
            ds.DeleteLayer(i)
            break
    _forget_styles(ds, layer)
    ds = None


class SafeSink:
    """A feature sink that is written completely or not at all (see the module's docstring).

    Algorithms compute first and create the sink last. The output's field names are checked against its format
    first (io/formats.py): nothing is written to a format that would rename them.
    """

    def __init__(self, algorithm, parameters, name, context, fields, wkb_type, crs):
        self.destination = algorithm.parameterAsOutputLayer(parameters, name, context) or ""
        check_field_names(self.destination, fields.names())
        self._context = context
        self._stage = _staging_for(self.destination)
        parameters = _redirect(parameters, name, self._stage.staging) if self._stage.staging != self.destination \
            else parameters
        self._sink, self.dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
        if self._sink is None:
            self._stage.discard()
            raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
        self._count = 0

    def add(self, features):
        if not self._sink.addFeatures(features):
            raise QgsProcessingException(tr("could not write to {target}: {error}").format(target=self.destination or tr('the output'),
                                            error=self._sink.lastError() if hasattr(self._sink, 'lastError') else ''))
        self._count += len(features)

    def abort(self):
        """Remove what was written; a message if something could not be removed, else None."""
        self._sink = None  # destroys the writer, closing the file so it can be removed
        return self._stage.discard()

    def write_all(self, feature_batches, feedback):
        """Write batches of features, checking for cancel between batches; abort on any failure."""
        target = self._stage.target or self.destination
        with writing(target, database=self._stage.database) if target and not target.startswith(("memory:", "TEMPORARY")) \
                else nullcontext(_NoState()) as state:
            try:
                for batch in feature_batches:
                    check_cancel(feedback)
                    self.add(batch)
                self._sink = None  # flush and close now, before QGIS loads the result
                self.dest_id = self._stage.publish(self.dest_id, self._context, self._count)
            except BaseException as exc:
                state.failed(exc, self._stage.written())
                problem = self.abort()
                if problem:
                    raise QgsProcessingException(tr("{exc}; and {problem}").format(exc=exc, problem=problem)) from exc
                raise
        return self.dest_id
