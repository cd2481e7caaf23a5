"""Where a run's outputs go, checked before anything is read: an output that is one of the run's inputs (the same
file, GeoPackage layer or PostGIS table) or another output of the run is refused, a format with a fixed set of fields
of its own (DXF, GPX …) too (io/formats.py), and a file output's folder must exist and be writable.

Writing over the input would destroy it: QGIS opens the output for writing (emptying it) while the input is still
to be read.
"""
import os
import secrets
from dataclasses import dataclass

from qgis.core import QgsDataSourceUri
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterFile
from qgis.core import QgsProcessingParameterFileDestination
from qgis.core import QgsProcessingParameterFolderDestination
from qgis.core import QgsProcessingParameterMapLayer
from qgis.core import QgsProcessingParameterMultipleLayers
from qgis.core import QgsProcessingParameterVectorLayer
from qgis.PyQt.QtCore import QUrl

from ..core.errors import LbmInputError
from ..core.i18n import tr
from .compat import FILE_BEHAVIOR_FILE
from .io.formats import check_format
from .io.read import opening_inputs

_DATABASE = ("postgres://", "postgis:")
_NOT_FILES = ("memory:", "postgres://", "postgis:", "spatialite:", "TEMPORARY_OUTPUT")


@dataclass(frozen=True)
class Place:
    """A file (and layer in it, None = the whole file) or a database table, comparable with another."""

    kind: str  # "file" or "table"
    where: str  # normalised path, or the database (service or host:port/dbname)
    name: object = None  # GeoPackage layer, or schema.table

    def overlaps(self, other):
        if self.kind != other.kind or self.where != other.where:
            return False
        return self.name is None or other.name is None or self.name == other.name

    def __str__(self):
        return self.where + (f" (layer {self.name})" if self.kind == "file" and self.name else "") if self.kind == "file" \
            else f"table {self.name} in {self.where}"


def _path(path):
    return os.path.normcase(os.path.realpath(path))


def _table(uri):
    database = uri.service() or f"{uri.host() or 'localhost'}:{uri.port() or '5432'}"
    return Place("table", f"{database}/{uri.database()}", f"{uri.schema() or 'public'}.{uri.table()}")


def place_of_destination(destination):
    """The Place a destination string (as parameterAsOutputLayer or parameterAsFileOutput give it) writes; None
    for memory layers."""
    if not destination or destination.startswith(("memory:", "TEMPORARY_OUTPUT")):
        return None
    if destination.startswith(_DATABASE):
        uri = QgsDataSourceUri(destination.split(":", 1)[1].lstrip("/") if destination.startswith("postgis:")
                               else destination[len("postgres://"):])
        return _table(uri) if uri.table() else None
    if destination.startswith("ogr:"):
        uri = QgsDataSourceUri(destination[len("ogr:"):])
        return Place("file", _path(uri.database()), uri.table() or None)
    path, _, rest = destination.partition("|")
    layer = rest.split("layername=", 1)[1].split("|")[0] if "layername=" in rest else None
    return Place("file", _path(path), layer)


def place_of_layer(layer):
    """The Place a QGIS layer reads; None for memory and other layers that live nowhere on disk or server."""
    provider, source = layer.providerType(), layer.source()
    if provider == "postgres":
        return _table(QgsDataSourceUri(source))
    if provider == "ogr":
        path, _, rest = source.partition("|")
        layer_name = rest.split("layername=", 1)[1].split("|")[0] if "layername=" in rest else None
        return Place("file", _path(path), layer_name)
    if provider == "spatialite":
        uri = QgsDataSourceUri(source)
        return Place("file", _path(uri.database()), uri.table() or None)
    if provider == "delimitedtext":
        return Place("file", _path(QUrl(source).toLocalFile()))
    return None


def _inputs(alg, parameters, context):
    """(parameter name, Place) of every input the run reads."""
    out = []
    for definition in alg.parameterDefinitions():
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        if isinstance(definition, QgsProcessingParameterFile):
            if definition.behavior() == FILE_BEHAVIOR_FILE:
                path = alg.parameterAsFile(parameters, name, context)
                out += [(name, Place("file", _path(path)))] if path else []
            continue
        if isinstance(definition, QgsProcessingParameterMultipleLayers):
            layers = alg.parameterAsLayerList(parameters, name, context)
        elif isinstance(definition, (QgsProcessingParameterFeatureSource, QgsProcessingParameterVectorLayer,
                                     QgsProcessingParameterMapLayer)):
            layers = [alg.parameterAsVectorLayer(parameters, name, context)]
        else:
            continue
        out += [(name, p) for p in map(place_of_layer, filter(None, layers)) if p is not None]
    return out


def _outputs(alg, parameters, context):
    """(parameter name, destination string, Place) of every output the run writes (folders: the folder)."""
    out = []
    for definition in alg.destinationParameterDefinitions():
        name = definition.name()
        if parameters.get(name) in (None, ""):
            continue
        if isinstance(definition, QgsProcessingParameterFolderDestination):
            continue  # files are made inside it, under names of their own
        if isinstance(definition, QgsProcessingParameterFileDestination):
            destination = alg.parameterAsFileOutput(parameters, name, context)
        else:
            destination = alg.parameterAsOutputLayer(parameters, name, context)
        place = place_of_destination(destination)
        if place is not None:
            out.append((name, destination, place))
    return out


def check_destinations(alg, parameters, context):
    """Refuse, before reading, an output that is an input, and a file output whose folder is missing or read-only."""
    with opening_inputs():  # the first opening of every input layer of a run
        inputs = _inputs(alg, parameters, context)
    outputs = _outputs(alg, parameters, context)
    for k, (out_name, destination, place) in enumerate(outputs):
        check_format(destination, out_name)
        for other_name, _, other in outputs[:k]:
            if place.overlaps(other):
                raise LbmInputError(
                    tr("the outputs {other_name} and {out_name} both write {place}: one would replace the other. Choose "
                       "another {what} for {out_name}.").format(other_name=other_name, out_name=out_name, place=place,
                       what=tr('file or layer') if place.kind == 'file' else tr('table')))
        for in_name, source in inputs:
            if place.overlaps(source):
                raise LbmInputError(
                    tr("the output {out_name} ({place}) is the input {in_name} ({source}): writing it would destroy the input. "
                       "Choose another {other} for {out_name}.").format(out_name=out_name, place=place, in_name=in_name,
                       source=source, other=tr('file or layer') if place.kind == 'file' else tr('file or table'))
                )
        if place.kind == "file" and not destination.startswith(_NOT_FILES):
            folder = os.path.dirname(place.where)
            if not os.path.isdir(folder):
                raise LbmInputError(tr("the folder {folder} of the output {out_name} does not exist: create it, or choose another "
                                       "place").format(folder=folder, out_name=out_name))
            if not _writable(folder):
                raise LbmInputError(tr("you may not write in the folder {folder} (output {out_name}): choose a folder you can "
                                       "write to").format(folder=folder, out_name=out_name))


def _writable(folder):
    """True if a file can be made in `folder`: tried, since permissions alone do not tell (read-only disks,
    network shares, root)."""
    probe = os.path.join(folder, f".lbm-probe-{os.getpid()}-{secrets.token_hex(3)}")
    try:
        os.close(os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
    except OSError:
        return False
    os.remove(probe)
    return True


def folder_outputs(alg, parameters, context):
    """The folders of the run's folder outputs (files are made inside them, each an output of its own)."""
    return [alg.parameterAsString(parameters, d.name(), context) for d in alg.destinationParameterDefinitions()
            if isinstance(d, QgsProcessingParameterFolderDestination) and parameters.get(d.name()) not in (None, "")]


def os_error_message(exc):
    """An OSError in words: the path, what went wrong, what to do."""
    path = exc.filename or tr("a file")
    return tr("could not write or read {path}: {error}. Check that the folder exists, that you may write there, that the "
              "name is not too long and that the disk is not full; no output was kept.").format(path=path, error=exc.strerror or exc)
