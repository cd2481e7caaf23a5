"""Layers of a WFS, through QGIS's own WFS provider (version negotiation, paging where the server offers it, the
filter sent to the server as an OGC filter, the user's proxy and authentication), written to a GeoPackage.

Only what the provider does not tell is asked here, through QGIS's network stack (io/network.py): the service's
capabilities, to match a type name with or without its namespace prefix and to name the layers it offers, and,
when features are missing, one small GetFeature that shows the server's own error message.
"""
import re
import secrets
import xml.etree.ElementTree as ET

from qgis.core import QgsCoordinateTransformContext
from qgis.core import QgsDataSourceUri
from qgis.core import QgsFeature
from qgis.core import QgsFeatureRequest
from qgis.core import QgsVectorFileWriter
from qgis.core import QgsVectorLayer
from qgis.core import QgsWkbTypes

from ...core.errors import LbmInputError
from ...core.i18n import tr
from ..cancel import Cancelled
from ..compat import NO_GEOMETRY
from . import network

PROGRESS_EVERY = 200  # features between progress reports and cancel checks


def _with_query(url, query):
    return url + ("&" if "?" in url else "?") + query


def _local(tag):
    return tag.split("}")[-1]


class Capabilities:
    """What a WFS offers: its version and, per type name, the CRSs it can send."""

    def __init__(self, url, version, types):
        self.url, self.version, self.types = url, version, types

    def offers_rd_new(self, name):
        return any(re.search(r"(^|\D)28992$", crs.strip()) for crs in self.types.get(name, ()))


def capabilities(url, feedback=None, authcfg="", progress=(0.0, 5.0)):
    """The capabilities of the WFS at `url`: raises UnreachableError, RefusedError (an OGC exception, or no WFS there)."""
    body = network.get(_with_query(url, "SERVICE=WFS&REQUEST=GetCapabilities"), feedback, authcfg, progress)
    exception = network.service_exception(body)
    if exception is not None:
        raise network.RefusedError(tr("the service {url} answered with an error (OGC ServiceException): {text}").format(
            url=url, text=exception))
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise network.RefusedError(tr("{url} is not a WFS: its answer to GetCapabilities is not XML ({error})").format(
            url=url, error=exc)) from exc
    if _local(root.tag) != "WFS_Capabilities":
        raise network.RefusedError(tr("{url} is not a WFS: it answered GetCapabilities with <{tag}>").format(url=url, tag=_local(root.tag)))
    types = {}
    for element in root.iter():
        if _local(element.tag) != "FeatureType":
            continue
        name, crs = None, []
        for child in element:
            tag = _local(child.tag)
            if tag == "Name" and child.text:
                name = child.text.strip()
            elif tag in ("DefaultSRS", "DefaultCRS", "OtherSRS", "OtherCRS", "SRS") and child.text:
                crs.append(child.text.strip())
        if name:
            types[name] = crs
    return Capabilities(url, root.get("version", ""), types)


def open_layer(url, typename, srsname="", authcfg=""):
    """The WFS layer `typename` as QGIS's WFS provider opens it (paging on, where the server offers it)."""
    uri = QgsDataSourceUri()
    # A parameter of this download only: QGIS's provider may answer a request it made before from QGIS's network cache
    # (the same filter, the same address), and a download must come from the server (the plugin's cache is io/cache.py).
    uri.setParam("url", _with_query(url, f"LBMREQUEST={secrets.token_hex(6)}"))
    uri.setParam("typename", typename)
    uri.setParam("version", "auto")
    uri.setParam("pagingEnabled", "true")
    uri.setParam("restrictToRequestBBOX", "0")
    if srsname:
        uri.setParam("srsname", srsname)
    if authcfg:
        uri.setAuthConfigId(authcfg)
    layer = QgsVectorLayer(uri.uri(False), typename, "WFS")
    if not layer.isValid():
        error = layer.dataProvider().error().message() if layer.dataProvider() is not None else ""
        raise network.RefusedError(tr("QGIS could not open the layer {typename} of {url}{error}").format(
            typename=typename, url=url, error=f": {error}" if error else ""))
    return layer


def read_values(layer, expression, field_names):
    """{field: [values]} of the features the server returns for `expression` (small look-ups, no geometry)."""
    if expression and not layer.setSubsetString(expression):
        raise LbmInputError(tr("the service cannot filter on: {expression}").format(expression=expression))
    request = QgsFeatureRequest().setSubsetOfAttributes(field_names, layer.fields())
    request.setFlags(NO_GEOMETRY)
    out = {f: [] for f in field_names}
    for feature in layer.getFeatures(request):
        for f in field_names:
            out[f].append(feature[f])
    return out


def download(layer, expression, path, feedback=None, progress=(5.0, 100.0), counted=True, version=""):
    """The features of `layer` that the server selects with `expression` (a QGIS expression; the provider sends it
    as an OGC filter), written to the new GeoPackage `path` as they arrive; their number.

    Progress against the server's count (resultType=hits); cancel is checked while features arrive. `counted`:
    whether the server's count can be trusted to check completeness (not with a BBOX in another CRS than the
    count's). Raises Cancelled, RefusedError (the server's error) or UnreachableError (fewer features than counted)."""
    if expression and not layer.setSubsetString(expression):
        raise LbmInputError(tr("QGIS cannot turn this selection into a WFS filter: {expression}").format(expression=expression))
    total = layer.featureCount()
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "download"
    wkb = QgsWkbTypes.multiType(layer.wkbType())
    writer = QgsVectorFileWriter.create(path, layer.fields(), wkb, layer.crs(), QgsCoordinateTransformContext(), options)
    if writer.hasError():
        raise OSError(5, writer.errorMessage(), path)
    request = QgsFeatureRequest()
    if feedback is not None and hasattr(request, "setFeedback"):
        request.setFeedback(feedback)  # ends the provider's wait for the next page on cancel
    lo, hi = progress
    n = 0
    try:
        for feature in layer.getFeatures(request):
            if n % PROGRESS_EVERY == 0 and feedback is not None:
                if feedback.isCanceled():
                    break
                if total > 0:
                    feedback.setProgress(lo + (hi - lo) * min(n / total, 1.0))
            out = QgsFeature(feature)
            geometry = out.geometry()
            if not geometry.isNull() and not QgsWkbTypes.isMultiType(geometry.wkbType()):
                geometry.convertToMultiType()
                out.setGeometry(geometry)
            if not writer.addFeature(out):
                raise OSError(5, writer.errorMessage(), path)
            n += 1
    finally:
        del writer  # closes the GeoPackage
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Cancelled while downloading from the WFS: nothing was written or cached."))
    if n == 0 or (counted and 0 < n < total):
        problem = server_error(layer, version)
        if problem is not None:
            raise network.RefusedError(tr("the service answered with an error instead of features (OGC ServiceException): "
                                     "{text}").format(text=problem))
        if n:
            raise network.UnreachableError(tr("the service sent {n} of the {total} features it counted: the download is "
                                         "incomplete. Try again.").format(n=n, total=total))
    return n


def server_error(layer, version=""):
    """The server's own error message for a GetFeature of `layer` (one feature asked, in the WFS `version` the
    capabilities named), or None. QGIS's provider stops on an exception without saying why; this asks once more."""
    uri = QgsDataSourceUri(layer.source())
    typename, url = uri.param("typename"), uri.param("url")
    version = version or "2.0.0"
    query = (f"SERVICE=WFS&REQUEST=GetFeature&VERSION={version}&TYPENAMES={typename}&TYPENAME={typename}"
             "&COUNT=1&MAXFEATURES=1")
    try:
        body = network.get(_with_query(url, query), None, uri.authConfigId())
    except LbmInputError as exc:
        return str(exc)
    return network.service_exception(body)
