"""What an output format can keep of the plugin's field schema.

The schema's names (`kscore_2022`, `rf_2018_2022`, `dafw_2014_2022` …) are its contract: every later tool and the
output's own style look for them. GDAL shortens names that a format cannot hold (a Shapefile's DBF keeps 10
characters: `kscore_2022` becomes `kscore_202`, the next `kscore_2_1`) without an error, so a run into such a format
would end well and leave a layer no tool can read. Outputs are checked here instead: a format with a fixed set of
fields of its own is refused before the run reads anything, a format with a shorter name limit than the names the
run writes as soon as those names are known, before any byte of that output is written.
"""
import os

from qgis.core import QgsDataSourceUri
from qgis.core import QgsVectorFileWriter

from ...core.errors import LbmInputError
from ...core.i18n import tr

# Longest field name (in bytes) a driver keeps as given. GeoPackage, GeoJSON, FlatGeobuf, CSV, GML, KML, XLSX,
# ODS, SQLite and memory layers keep any name the plugin writes.
NAME_LIMITS = {"ESRI Shapefile": 10, "MapInfo File": 31, "PGDUMP": 63, "PostgreSQL": 63}
# Drivers whose layers have a fixed set of fields (or none): the schema's fields cannot go there at all.
FIXED_FIELDS = ("DXF", "GPX", "DGN", "GeoRSS", "S57", "Interlis 1", "Interlis 2", "Geoconcept")


def output_driver(destination):
    """The writer of a destination as parameterAsOutputLayer gives it: an OGR driver name ('GPKG', 'ESRI
    Shapefile' …), 'PostgreSQL', 'memory', or None when unknown."""
    if not destination or destination.startswith(("memory:", "TEMPORARY_OUTPUT")):
        return "memory"
    if destination.startswith(("postgres://", "postgis:")):
        return "PostgreSQL"
    if destination.startswith("ogr:"):
        path = QgsDataSourceUri(destination[len("ogr:"):]).database()
    else:
        path = destination.split("|")[0]
    extension = os.path.splitext(path)[1].lstrip(".")
    if not extension:
        return None
    return QgsVectorFileWriter.driverForExtension(extension) or None


def _instead():
    return tr("Choose a GeoPackage (.gpkg) or a PostGIS table instead (GeoJSON, FlatGeobuf and CSV keep the names too).")


def check_format(destination, name="OUTPUT"):
    """Refuse a destination whose format has a fixed set of fields of its own (DXF, GPX …)."""
    driver = output_driver(destination)
    if driver in FIXED_FIELDS:
        raise LbmInputError(
            tr("the output {name} ({destination}) is in the format {driver}, which has a fixed set of fields of its own and "
               "cannot keep the fields this tool writes. {instead}").format(name=name, destination=destination,
                                                                              driver=driver, instead=_instead()))


def check_field_names(destination, names):
    """Refuse writing `names` to `destination` when its format would change one of them (a shorter name limit)."""
    check_format(destination)
    driver = output_driver(destination)
    limit = NAME_LIMITS.get(driver)
    if limit is None:
        return
    too_long = [n for n in names if len(str(n).encode("utf-8")) > limit]
    if too_long:
        field = too_long[0]
        raise LbmInputError(
            tr("the format {driver} keeps field names of at most {limit} characters, and this run writes {count} longer "
               "one(s): {field} would become {short}, and the plugin's tools and styles would no longer find it. Nothing "
               "was written to {destination}. {instead}").format(
                driver=driver, limit=limit, count=len(too_long), field=field,
                short=str(field).encode("utf-8")[:limit].decode("utf-8", "ignore"), destination=destination,
                instead=_instead()))
