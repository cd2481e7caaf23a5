"""leefbaarometer:download — the official data from inside QGIS: a WFS layer (the official Leefbaarometer service,
a mirror, or the CBS key figures) filtered by the server, or a published ZIP/CSV with its geometry; cached in the
QGIS profile folder, usable offline, and converted by the plugin's own importers (importwfs, importscores)."""
import os

from qgis.core import QgsCoordinateTransform
from qgis.core import QgsProcessingException
from qgis.core import QgsProcessingMultiStepFeedback
from qgis.core import QgsProcessingOutputBoolean
from qgis.core import QgsProcessingOutputString
from qgis.core import QgsProcessingParameterAuthConfig
from qgis.core import QgsProcessingParameterBoolean
from qgis.core import QgsProcessingParameterEnum
from qgis.core import QgsProcessingParameterExtent
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterNumber
from qgis.core import QgsProcessingParameterString
from qgis.core import QgsRectangle
from qgis.core import QgsSettings
from qgis.core import QgsVectorLayer

from ...core.download import DATASET_NAMES
from ...core.download import DATASETS
from ...core.download import DEFAULT_CBS_WFS
from ...core.download import DEFAULT_LBM_WFS
from ...core.download import LEVEL_NAMES
from ...core.download import SERVICE_LEVELS
from ...core.download import bbox_filter
from ...core.download import check_scores_header
from ...core.download import choose_member
from ...core.download import combine_filters
from ...core.download import file_name_of
from ...core.download import is_file_source
from ...core.download import is_url
from ...core.download import match_typename
from ...core.download import needs_gemeente_names
from ...core.download import parse_gemeenten
from ...core.download import selection_filter
from ...core.download import typename
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ..base import LbmAlgorithm
from ..cancel import Cancelled
from ..cancel import check_cancel
from ..compat import PARAMETER_ADVANCED
from ..compat import SOURCE_POLYGON
from ..io import network
from ..io import wfs
from ..io.cache import DownloadCache
from ..io.files import remove_quietly
from ..io.read import RD_NEW
from ..io.read import opening_inputs
from ..io.vsi import open_binary
from ..io.vsi import vsizip_path
from ..io.vsi import zip_members
from ..io.write import write_layer
from .import_scores import ImportScoresAlgorithm
from .import_wfs import ImportWfsAlgorithm

LBM_WFS_SETTING = "leefbaarometer/lbm_wfs"
CBS_WFS_SETTING = "leefbaarometer/cbs_wfs"
GEOMETRY_SUFFIXES = (".gpkg", ".geojson", ".json", ".topojson", ".shp", ".fgb", ".gml")


def service_address(dataset, year):
    """The address of the official service: a setting a user can change ({year} is filled in). The default is written
    to the settings when they have none, so that it shows under Settings ▸ Options ▸ Advanced ▸ leefbaarometer."""
    setting, default = (LBM_WFS_SETTING, DEFAULT_LBM_WFS) if dataset == "lbm" else (CBS_WFS_SETTING, DEFAULT_CBS_WFS)
    settings = QgsSettings()
    if not settings.value(setting, ""):
        settings.setValue(setting, default)
    return (settings.value(setting, "") or default).replace("{year}", str(year))


class DownloadAlgorithm(LbmAlgorithm):
    NAME = "download"
    DISPLAY_NAME = tr_noop("Get official data")
    DATA = "DATA"
    SOURCE = "SOURCE"
    LEVEL = "LEVEL"
    YEAR = "YEAR"
    GEOMETRY = "GEOMETRY"
    GEMEENTEN = "GEMEENTEN"
    EXTENT = "EXTENT"
    REFRESH = "REFRESH"
    AUTHCFG = "AUTHCFG"
    OUTPUT = "OUTPUT"
    HELP = (
        tr_noop("<p>Gets the Leefbaarometer scores of your gemeente, level and release onto the map in one step, in the "
                "plugin's field schema (as <i>Import official WFS layer</i> and <i>Import published scores</i> make it), "
                "styled in the nine classes. Or the CBS key figures (residents, households, income, WOZ) per buurt, wijk "
                "or gemeente, for weights and status fields.</p>"
                "<p><b>Source</b>: empty for the official service: the Leefbaarometer WFS "
                "(<code>https://geo.leefbaarometer.nl/lbm3/ows</code>, layers <code>lbm3:buurtscore24</code> …), or for "
                "the CBS key figures the CBS wijken-en-buurten WFS (<code>https://service.pdok.nl/cbs/wijkenbuurten/"
                "{year}/wfs/v1_0</code>). Both are settings you can change (Settings ▸ Options ▸ Advanced, "
                "<code>leefbaarometer/lbm_wfs</code> and <code>leefbaarometer/cbs_wfs</code>). Or another WFS address "
                "(a mirror, a local QGIS Server: layer names match with or without <code>lbm3:</code>), or a published "
                "open-data file: a ZIP or CSV, as a URL or a file on disk. A CSV is read straight from the ZIP.</p>"
                "<p><b>Level</b> and <b>release year</b> choose the layer (<code>buurt</code> and 2024: "
                "<code>lbm3:buurtscore24</code>; PC4 where the service offers it). The service must offer it; the "
                "message lists what it offers. For a ZIP with several score files the level chooses the file; a "
                "published file keeps all its years.</p>"
                "<p><b>Gemeenten</b>: codes (GM0599, 599) or names (Rotterdam), separated by commas. <b>Extent</b>: a "
                "rectangle (in the dialog: the map canvas). Both go to the server as a filter (on the gemeente, or a "
                "BBOX): only those features travel. Results larger than one page of the server are fetched page by "
                "page where the server offers paging (WFS 2.0), with progress and cancel. Open-data files are "
                "published whole: for them the selection does not apply.</p>"
                "<p><b>Geometry</b> (for score files): the geometry file or URL (<code>buurt 2024.gpkg</code>, or a ZIP "
                "holding it); optional for the 100 m grid.</p>"
                "<p><b>Cache</b>: every download is kept in the QGIS profile folder "
                "(<code>leefbaarometer/cache</code>, or the setting <code>leefbaarometer/cache_folder</code>) with what "
                "was asked, when, its size and checksum. The same request again is served from the cache (the log says "
                "so and names the date); <b>Refresh</b> fetches it again. Without a network (or when the server fails) "
                "the cached copy is used, with a warning naming its date. Downloads go to a temporary name and enter "
                "the cache only when complete and checked.</p>"
                "<p>Networking goes through QGIS: your proxy, timeout (Settings ▸ Options ▸ Network) and "
                "authentication configurations apply.</p>"),
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterEnum(self.DATA, self.tr("Data"),
                                                     options=[self.tr(DATASET_NAMES[d]) for d in DATASETS], defaultValue=0))
        self.addParameter(QgsProcessingParameterString(
            self.SOURCE, self.tr("Source: WFS address, URL or file of a published ZIP/CSV (empty = the official service)"),
            optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.LEVEL, self.tr("Level"),
                                                     options=[self.tr(LEVEL_NAMES[lv]) for lv in SERVICE_LEVELS],
                                                     defaultValue=SERVICE_LEVELS.index("buurt")))
        self.addParameter(QgsProcessingParameterNumber(self.YEAR, self.tr("Release year"), defaultValue=2024,
                                                       minValue=2002, maxValue=2100))
        self.addParameter(QgsProcessingParameterString(
            self.GEMEENTEN, self.tr("Gemeenten (codes or names, e.g. GM0599, Rotterdam; empty = all)"), optional=True))
        self.addParameter(QgsProcessingParameterExtent(self.EXTENT, self.tr("Extent (e.g. the map canvas; empty = all)"),
                                                       optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.GEOMETRY, self.tr("Geometry for a score file: file or URL (optional for the 100 m grid)"), optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.REFRESH, self.tr("Refresh: download again, also when cached"),
                                                        defaultValue=False))
        auth = QgsProcessingParameterAuthConfig(self.AUTHCFG, self.tr("Authentication configuration"), optional=True)
        auth.setFlags(auth.flags() | PARAMETER_ADVANCED)
        self.addParameter(auth)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Downloaded data"), SOURCE_POLYGON))
        self.addOutput(QgsProcessingOutputBoolean("FROM_CACHE", self.tr("Served from the cache")))
        self.addOutput(QgsProcessingOutputString("CACHE_FILE", self.tr("File in the cache")))
        self.addOutput(QgsProcessingOutputString("DOWNLOADED", self.tr("When it was downloaded")))

    # --- the run ---------------------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        try:
            return self._compute(parameters, context, feedback)
        except Cancelled as exc:  # its message as it is, not as a Python traceback
            raise QgsProcessingException(str(exc)) from None

    def _compute(self, parameters, context, feedback):
        dataset = DATASETS[self.parameterAsEnum(parameters, self.DATA, context)]
        level = SERVICE_LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]
        year = self.parameterAsInt(parameters, self.YEAR, context)
        source = self.parameterAsString(parameters, self.SOURCE, context).strip()
        self.refresh = self.parameterAsBool(parameters, self.REFRESH, context)
        self.authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        self.cache = DownloadCache()
        self.context = context
        self.steps = QgsProcessingMultiStepFeedback(2, feedback)
        if source and not is_url(source) and not is_file_source(source):
            raise LbmInputError(tr("SOURCE {source} is neither a service address (http://… or https://…) nor a published ZIP or "
                                   "CSV file").format(source=source))
        if source and is_file_source(source):
            if dataset != "lbm":
                raise LbmInputError(tr("the CBS key figures come from a WFS: leave SOURCE empty or give a WFS address"))
            return self._from_files(parameters, context, feedback, source, level)
        url = source or service_address(dataset, year)
        return self._from_service(parameters, context, feedback, dataset, url, level, year)

    def _fetch(self, request, name, what, fetch, feedback):
        """The cache entry for `request`: from the cache unless REFRESH, else `fetch(temporary_path)` then stored.
        Without a network (or a failing server) an entry already in the cache stands in, with a warning."""
        entry = None if self.refresh else self.cache.find(request)
        if entry is not None:
            feedback.pushInfo(tr("Served from the cache: {what}, downloaded on {when} ({size} bytes, sha256 {sha}…); "
                                 "tick Refresh to download it again. Cache file: {path}").format(
                what=what, when=entry.when, size=entry.meta["size"], sha=entry.meta["sha256"][:12], path=entry.path))
            return entry, True
        part = self.cache.temporary(name)
        try:
            fetch(part)
            check_cancel(self.steps)
            entry = self.cache.store(request, part, name, request.get("url", ""))
        except network.UnreachableError as exc:
            old = self.cache.find(request)
            if old is None:
                raise
            feedback.pushWarning(tr("{problem} Using the copy in the cache downloaded on {when} instead; it may be out of "
                                    "date.").format(problem=exc, when=old.when))
            return old, True
        finally:
            remove_quietly(part)
        feedback.pushInfo(tr("Downloaded {what}: {size} bytes, sha256 {sha}…, kept in the cache as {path}").format(
            what=what, size=entry.meta["size"], sha=entry.meta["sha256"][:12], path=entry.path))
        return entry, False

    def _owned(self, layer):
        """`layer`, owned by the run's context, which deletes it with the run: a layer left to Python (in a
        traceback, say) would outlive QGIS and crash it on exit."""
        self.context.temporaryLayerStore().addMapLayer(layer)
        return layer

    def _result(self, result, entry, from_cache):
        return {**result, "FROM_CACHE": from_cache, "CACHE_FILE": entry.path, "DOWNLOADED": entry.meta["downloaded"]}

    # --- services (WFS) --------------------------------------------------------------------------------------

    def _from_service(self, parameters, context, feedback, dataset, url, level, year):
        wanted = typename(dataset, level, year)
        selection = parse_gemeenten(self.parameterAsString(parameters, self.GEMEENTEN, context))
        extent = None
        if parameters.get(self.EXTENT) not in (None, ""):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, RD_NEW)
            if not rect.isNull() and not rect.isEmpty():
                extent = [round(v, 1) for v in (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())]
        request = {"kind": "wfs", "data": dataset, "url": url, "typename": wanted, "level": level, "year": year,
                   "gemeenten": selection.codes + sorted(n.lower() for n in selection.names), "extent": extent}
        what = tr("{typename} from {url}").format(typename=wanted, url=url)
        if selection:
            what += tr(", gemeenten {selection}").format(selection=selection.text())
        if extent:
            what += tr(", extent {extent} (RD New)").format(extent=", ".join(f"{v:.0f}" for v in extent))

        def fetch(part):
            self._download_wfs(url, wanted, level, year, dataset, selection, extent, context, part)

        self.steps.setCurrentStep(0)
        entry, from_cache = self._fetch(request, wanted.replace(":", "_") + ".gpkg", what, fetch, feedback)
        self.steps.setCurrentStep(1)
        if dataset == "cbs":
            result = self._write_as_is(parameters, context, entry)
            feedback.pushInfo(tr("Source: CBS key figures wijken en buurten ({url}, layer {typename}). Bron: CBS (CC BY 4.0).").format(
                url=url, typename=wanted))
        else:
            # The plugin's own conversion: the layer as importwfs makes it from the same features.
            self.importer = ImportWfsAlgorithm().create()  # kept: its post-processor styles the output on loading
            result = self.importer.compute({"INPUT": entry.path, "OUTPUT": parameters[self.OUTPUT]}, context, self.steps)
            feedback.pushInfo(tr("Source: Leefbaarometer 3.0, Ministerie van BZK (open data), {url}, layer {typename}, "
                                 "downloaded on {when}.").format(url=url, typename=wanted, when=entry.when))
        return self._result(result, entry, from_cache)

    def _download_wfs(self, url, wanted, level, year, dataset, selection, extent, context, part):
        steps = self.steps
        caps = wfs.capabilities(url, steps, self.authcfg, (0.0, 5.0))
        name = match_typename(wanted, list(caps.types))
        if name is None:
            offered = ", ".join(sorted(caps.types)) or tr("no layers")
            raise network.RefusedError(tr("the service {url} offers no layer {typename} ({level}, {year}); it offers: {offered}. "
                                     "Choose another level or year, or check SOURCE.").format(
                url=url, typename=wanted, level=tr(LEVEL_NAMES[level]), year=year, offered=offered))
        rd_new = caps.offers_rd_new(name)
        layer = self._owned(wfs.open_layer(url, name, "EPSG:28992" if rd_new else "", self.authcfg))
        fields = layer.fields().names()
        names_of = None
        if dataset == "lbm" and needs_gemeente_names(level, fields, selection):
            names_of = self._gemeente_names(url, caps, year, selection.codes)
        conditions = [selection_filter(level, fields, selection, names_of)]
        counted = True
        if extent:
            x0, y0, x1, y1 = extent
            if not rd_new:  # the rectangle in the layer's own CRS
                box = QgsCoordinateTransform(RD_NEW, layer.crs(), context.transformContext()).transformBoundingBox(
                    QgsRectangle(x0, y0, x1, y1))
                x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
            conditions.append(bbox_filter(x0, y0, x1, y1))
            counted = False  # servers count a BBOX in their default CRS, which may not be the one asked
        expression = combine_filters(*conditions)
        if expression:
            steps.pushInfo(tr("Filter sent to the server: {expression}").format(expression=expression))
        n = wfs.download(layer, expression, part, steps, (5.0, 100.0), counted, caps.version)
        if n == 0:
            raise LbmInputError(tr("nothing matches the selection: the layer {typename} of {url} has no features for "
                                   "{selection}. Check the gemeente codes or names (GM0599, Rotterdam) and the extent.").format(
                typename=name, url=url, selection=", ".join(filter(None, [selection.text(), tr("the extent") if extent else ""]))
                or tr("this request")))
        steps.pushInfo(tr("{n} features of {typename} downloaded.").format(n=n, typename=name))

    def _gemeente_names(self, url, caps, year, codes):
        """{code: name} of gemeenten, from the service's own gemeente layer: for layers (the grid) that carry only
        the gemeente's name."""
        name = match_typename(typename("lbm", "gemeente", year), list(caps.types))
        if name is None:
            raise LbmInputError(tr("this layer carries gemeente names only, and the service has no gemeente layer to look "
                                   "the codes up in: give gemeente names (Rotterdam) instead of codes"))
        layer = self._owned(wfs.open_layer(url, name, "", self.authcfg))
        fields = layer.fields().names()
        name_field = next((f for f in ("naam", "gemeente", "gemeentenaam") if f in fields), None)
        if "code" not in fields or name_field is None:
            raise LbmInputError(tr("the gemeente layer {name} has no fields code and naam").format(name=name))
        values = wfs.read_values(layer, selection_filter("gemeente", fields, parse_gemeenten(", ".join(codes))),
                                 ["code", name_field])
        return dict(zip(values["code"], values[name_field]))

    def _write_as_is(self, parameters, context, entry):
        """A downloaded layer (the CBS key figures) written to OUTPUT as it is, in RD New."""
        layer = self._owned(QgsVectorLayer(entry.path, "download", "ogr"))
        transform = QgsCoordinateTransform(layer.crs(), RD_NEW, context.transformContext())

        def batches():
            batch = []
            for feature in layer.getFeatures():
                geometry = feature.geometry()
                if not geometry.isNull():
                    geometry.transform(transform)
                    feature.setGeometry(geometry)
                batch.append(feature)
                if len(batch) == 1000:
                    yield batch
                    batch = []
            yield batch

        return {self.OUTPUT: write_layer(self, parameters, self.OUTPUT, context, self.steps, layer.fields(), layer.wkbType(),
                                         batches())}

    # --- published files (ZIP, CSV) ----------------------------------------------------------------------------

    def _from_files(self, parameters, context, feedback, source, level):
        if self.parameterAsString(parameters, self.GEMEENTEN, context).strip() or parameters.get(self.EXTENT) not in (None, ""):
            feedback.pushWarning(tr("Gemeenten and extent apply to services only: a published file is imported whole."))
        self.steps.setCurrentStep(0)
        scores, entry, from_cache = self._file(source, self._check_scores(level), feedback)
        if scores.lower().endswith(".zip"):
            scores = vsizip_path(scores, choose_member(zip_members(scores, source), level))
        geometry = self.parameterAsString(parameters, self.GEOMETRY, context).strip()
        layer = None
        if geometry:
            geometry, _, _ = self._file(geometry, self._check_geometry, feedback)
            if _is_zip(geometry):
                geometry = _geometry_in_zip(geometry)
            with opening_inputs():  # as every input layer is opened (no "Update of TopoJSON not supported")
                layer = self._owned(QgsVectorLayer(geometry, os.path.basename(geometry), "ogr"))
        self.steps.setCurrentStep(1)
        # The plugin's own import, as leefbaarometer:importscores on the unpacked files.
        self.importer = ImportScoresAlgorithm().create()  # kept: its post-processor styles the output on loading
        result = self.importer.compute({"SCORES": scores, "GEOMETRY": layer, "OUTPUT": parameters[self.OUTPUT]},
                                       context, self.steps)
        feedback.pushInfo(tr("Source: Leefbaarometer 3.0 open data, Ministerie van BZK: {source}.").format(source=source))
        if entry is None:
            return {**result, "FROM_CACHE": False, "CACHE_FILE": "", "DOWNLOADED": ""}
        return self._result(result, entry, from_cache)

    def _file(self, source, check, feedback):
        """A local path as it is (checked), or a URL's file from the cache or downloaded: (path, entry, from_cache)."""
        if not is_url(source):
            path = source[len("file://"):] if source.lower().startswith("file://") else source
            if not os.path.isfile(path):
                raise LbmInputError(tr("the file {path} does not exist").format(path=path))
            check(path, path)
            return path, None, False
        name = file_name_of(source)

        def fetch(part):
            network.download_to(source, part, self.steps, self.authcfg, (0.0, 90.0))
            check(part, source)

        entry, from_cache = self._fetch({"kind": "file", "url": source}, name, source, fetch, feedback)
        return entry.path, entry, from_cache

    @staticmethod
    def _check_scores(level):
        def check(path, name):
            """A score file, before it enters the cache: a whole ZIP holding a Leefbaarometer CSV, or such a CSV."""
            csv = path
            if _is_zip(path, name):
                csv = vsizip_path(path, choose_member(zip_members(path, name), level))
            with open_binary(csv) as fh:
                first = fh.readline(65536).decode("utf-8-sig", errors="replace")
            check_scores_header(first, name)
        return check

    @staticmethod
    def _check_geometry(path, name):
        """A geometry file (or a ZIP holding one) that OGR can open, with at least one layer."""
        target = _geometry_in_zip(path, name) if _is_zip(path, name) else path
        with opening_inputs():
            valid = QgsVectorLayer(target, "geometry", "ogr").isValid()
        if not valid:
            raise LbmInputError(tr("{name} is not a geometry file QGIS can open").format(name=name))


def _is_zip(path, name=""):
    return path.lower().endswith(".zip") or name.lower().split("?")[0].endswith(".zip")


def _geometry_in_zip(path, name=None):
    """The GDAL path of the (first) geometry file inside the ZIP `path`."""
    members = [m for m in zip_members(path, name) if m.lower().endswith(GEOMETRY_SUFFIXES)]
    if not members:
        raise LbmInputError(tr("the ZIP {name} holds no geometry file ({suffixes})").format(
            name=name or path, suffixes=", ".join(GEOMETRY_SUFFIXES)))
    return vsizip_path(path, members[0])
