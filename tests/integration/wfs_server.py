"""Servers on loopback for the download tests: a real WFS (QGIS Server's `qgis_mapserver`, Debian's qgis-server-bin
and qgis-server-wfs) and a small HTTP server (Python's http.server, test side only) for files, faults and a proxy.

Start a WFS by hand, as the tests do (the project publishes the layers by their names):

    qgis_mapserver -p /path/to/project.qgs 127.0.0.1:8765
"""
import http.server
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def write_project(path, layers):
    """A QGIS project at `path` publishing `layers` ({name: file}) through WFS, in EPSG:4326, 28992 and 3857."""
    from qgis.core import QgsProject
    from qgis.core import QgsVectorLayer

    project = QgsProject()
    ids = []
    for name, source in layers.items():
        layer = QgsVectorLayer(source, name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"cannot open {source}")
        project.addMapLayer(layer)
        ids.append(layer.id())
    project.writeEntry("WFSLayers", "/", ids)
    for layer_id in ids:
        project.writeEntry("WFSLayersPrecision", "/" + layer_id, 8)
    project.writeEntry("WMSServiceCapabilities", "/", True)
    project.writeEntry("WMSServiceTitle", "/", "Leefbaarometer test WFS")
    project.writeEntry("WMSCrsList", "/", ["EPSG:4326", "EPSG:28992", "EPSG:3857"])
    if not project.write(path):
        raise RuntimeError(f"cannot write the project {path}")
    project.clear()


class QgisWfsServer:
    """QGIS Server on a free port of 127.0.0.1 serving a project made in a temporary folder."""

    def __init__(self, layers):
        self.layers = layers
        self.base = self.process = self.port = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}/ows"

    def start(self):
        exe = shutil.which("qgis_mapserver")
        if exe is None:
            raise RuntimeError("qgis_mapserver is missing: run scripts/setup.sh (it installs qgis-server-bin and "
                               "qgis-server-wfs)")
        self.base = tempfile.mkdtemp(prefix="lbm-wfs-")
        project = os.path.join(self.base, "lbm.qgs")
        write_project(project, self.layers)
        self.port = free_port()
        runtime = os.path.join(self.base, "xdg")
        os.makedirs(runtime, mode=0o700)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_SERVER_LOG_LEVEL="0", XDG_RUNTIME_DIR=runtime,
                   HOME=self.base, QGIS_CUSTOM_CONFIG_PATH=self.base)
        self.log = open(os.path.join(self.base, "server.log"), "wb")
        self.process = subprocess.Popen([exe, "-p", project, f"127.0.0.1:{self.port}"], env=env, stdout=self.log,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("qgis_mapserver stopped: " + self.log_text()[-2000:])
            try:
                with urllib.request.urlopen(self.url + "?SERVICE=WFS&REQUEST=GetCapabilities", timeout=5) as r:
                    if b"WFS_Capabilities" in r.read():
                        return self
            except (OSError, urllib.error.URLError):
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("qgis_mapserver did not answer within 60 s")

    def log_text(self):
        with open(os.path.join(self.base, "server.log"), "rb") as fh:
            return fh.read().decode("utf-8", "replace")

    def requests(self):
        """The query strings the server was asked, decoded, in order."""
        return [urllib.parse.unquote_plus(m) for m in re.findall(r'"GET /ows\?(\S+) HTTP', self.log_text())]

    def get_features(self):
        """The GetFeature requests that asked for features (not only their number)."""
        return [q for q in self.requests() if "REQUEST=GetFeature" in q and "RESULTTYPE=hits" not in q]

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None
        if self.base:
            self.log.close()
            shutil.rmtree(self.base, ignore_errors=True)


class Reply:
    """What a route of the LocalHttpServer answers: status, body, content type; `chunk` bytes at a time with `delay`
    seconds between them; `delay_first` seconds before anything (a timeout); `length` the Content-Length it claims."""

    def __init__(self, body=b"", status=200, content_type="application/octet-stream", chunk=0, delay=0.0,
                 delay_first=0.0, length=None):
        self.body, self.status, self.content_type = body, status, content_type
        self.chunk, self.delay, self.delay_first, self.length = chunk, delay, delay_first, length


class LocalHttpServer:
    """Python's http.server in a thread on a free loopback port. `routes` maps a path to a Reply or to a function of
    the query string returning one; every request is recorded in `seen`. `proxy(path, upstream)` forwards a path to
    another server (the QGIS Server), its addresses rewritten to this one, with `getfeature` standing in for
    GetFeature answers when set. `completed` lists the requests whose answer was sent whole."""

    def __init__(self):
        self.routes, self.seen, self.completed = {}, [], []
        self.getfeature = None
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802
                path, _, query = self.path.partition("?")
                outer.seen.append(self.path)
                route = outer.routes.get(path)
                reply = route(query) if callable(route) else route
                if reply is None:
                    reply = Reply(b"not found", 404, "text/plain")
                try:
                    time.sleep(reply.delay_first)
                    self.send_response(reply.status)
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(reply.length if reply.length is not None else len(reply.body)))
                    self.end_headers()
                    step = reply.chunk or len(reply.body) or 1
                    for i in range(0, len(reply.body), step):
                        self.wfile.write(reply.body[i:i + step])
                        self.wfile.flush()
                        time.sleep(reply.delay)
                    outer.completed.append(self.path)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def proxy(self, path, upstream):
        """Forward `path` to `upstream` (a WFS address), as a mirror would."""
        base = upstream.split("?")[0]

        def forward(query):
            if self.getfeature is not None and "GETFEATURE" in query.upper() and "RESULTTYPE=HITS" not in query.upper():
                return self.getfeature
            with urllib.request.urlopen(base + "?" + query, timeout=60) as r:
                body = r.read().replace(base.encode(), self.url(path).encode())
                return Reply(body, r.status, r.headers.get("Content-Type", "text/xml"))

        self.routes[path] = forward

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


WFS2_CAPABILITIES = """<?xml version="1.0" encoding="UTF-8"?>
<wfs:WFS_Capabilities version="2.0.0" xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:ows="http://www.opengis.net/ows/1.1"
 xmlns:fes="http://www.opengis.net/fes/2.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:{prefix}="http://www.qgis.org/gml">
 <ows:ServiceIdentification><ows:Title>Leefbaarometer test mirror (WFS 2.0)</ows:Title>
  <ows:ServiceType>WFS</ows:ServiceType><ows:ServiceTypeVersion>2.0.0</ows:ServiceTypeVersion></ows:ServiceIdentification>
 <ows:OperationsMetadata>
  <ows:Operation name="GetCapabilities"><ows:DCP><ows:HTTP><ows:Get xlink:href="{url}"/></ows:HTTP></ows:DCP></ows:Operation>
  <ows:Operation name="DescribeFeatureType"><ows:DCP><ows:HTTP><ows:Get xlink:href="{url}"/></ows:HTTP></ows:DCP></ows:Operation>
  <ows:Operation name="GetFeature"><ows:DCP><ows:HTTP><ows:Get xlink:href="{url}"/></ows:HTTP></ows:DCP>
   <ows:Parameter name="resultType"><ows:AllowedValues>
    <ows:Value>results</ows:Value><ows:Value>hits</ows:Value></ows:AllowedValues></ows:Parameter>
   <ows:Parameter name="outputFormat"><ows:AllowedValues>
    <ows:Value>application/gml+xml; version=3.2</ows:Value></ows:AllowedValues></ows:Parameter>
  </ows:Operation>
  <ows:Constraint name="ImplementsResultPaging"><ows:NoValues/><ows:DefaultValue>TRUE</ows:DefaultValue></ows:Constraint>
  <ows:Constraint name="CountDefault"><ows:NoValues/><ows:DefaultValue>{page}</ows:DefaultValue></ows:Constraint>
 </ows:OperationsMetadata>
 <wfs:FeatureTypeList>{types}</wfs:FeatureTypeList>
 <fes:Filter_Capabilities>
  <fes:Conformance>
   <fes:Constraint name="ImplementsQuery"><ows:NoValues/><ows:DefaultValue>TRUE</ows:DefaultValue></fes:Constraint>
   <fes:Constraint name="ImplementsMinStandardFilter"><ows:NoValues/><ows:DefaultValue>TRUE</ows:DefaultValue></fes:Constraint>
   <fes:Constraint name="ImplementsStandardFilter"><ows:NoValues/><ows:DefaultValue>TRUE</ows:DefaultValue></fes:Constraint>
   <fes:Constraint name="ImplementsMinSpatialFilter"><ows:NoValues/><ows:DefaultValue>TRUE</ows:DefaultValue></fes:Constraint>
  </fes:Conformance>
  <fes:Spatial_Capabilities><fes:GeometryOperands><fes:GeometryOperand name="gml:Envelope"/></fes:GeometryOperands>
   <fes:SpatialOperators><fes:SpatialOperator name="BBOX"/></fes:SpatialOperators></fes:Spatial_Capabilities>
 </fes:Filter_Capabilities>
</wfs:WFS_Capabilities>
"""
WFS2_TYPE = ("<wfs:FeatureType><wfs:Name>{name}</wfs:Name><wfs:Title>{name}</wfs:Title>"
             "<wfs:DefaultCRS>urn:ogc:def:crs:EPSG::28992</wfs:DefaultCRS><wfs:OtherCRS>urn:ogc:def:crs:EPSG::4326</wfs:OtherCRS>"
             "<ows:WGS84BoundingBox><ows:LowerCorner>3.2 50.7</ows:LowerCorner><ows:UpperCorner>7.3 53.6</ows:UpperCorner>"
             "</ows:WGS84BoundingBox></wfs:FeatureType>")


class Wfs2Mirror:
    """A WFS 2.0 with paging, as the official service is (type names `lbm3:…`, `ImplementsResultPaging`, a page of
    `page` features), in front of QGIS Server's WFS 1.1, which has no paging QGIS's provider would use. Requests are
    passed on in WFS 1.1 (COUNT as MAXFEATURES, STARTINDEX as QGIS Server's own STARTINDEX, the FES 2.0 filter as
    OGC 1.1) and the answers rewritten into WFS 2.0 / GML 3.2. `pages` records the (STARTINDEX, COUNT) asked."""

    def __init__(self, http, path, upstream, prefix="lbm3", page=1000):
        self.http, self.path, self.upstream, self.prefix, self.page = http, path, upstream.split("?")[0], prefix, page
        self.pages = []
        http.routes[path] = self.answer

    @property
    def url(self):
        return self.http.url(self.path)

    def _get(self, params):
        with urllib.request.urlopen(self.upstream + "?" + urllib.parse.urlencode(params), timeout=60) as r:
            return r.read().decode("utf-8")

    def answer(self, query):
        q = {k.upper(): v for k, v in urllib.parse.parse_qsl(query)}
        request = q.get("REQUEST", "").lower()
        if request == "getcapabilities":
            caps = self._get({"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetCapabilities"})
            names = re.findall(r"<FeatureType>\s*<Name>([^<]+)</Name>", caps)
            types = "".join(WFS2_TYPE.format(name=f"{self.prefix}:{n}") for n in names)
            return Reply(WFS2_CAPABILITIES.format(prefix=self.prefix, url=self.url, page=self.page, types=types).encode(),
                         content_type="text/xml")
        name = (q.get("TYPENAMES") or q.get("TYPENAME") or "").split(":")[-1]
        if request == "describefeaturetype":
            body = self._get({"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "DescribeFeatureType", "TYPENAME": name})
            return Reply(body.encode(), content_type="text/xml")
        if request != "getfeature":
            return Reply(b"unknown request", 400, "text/plain")
        params = {"SERVICE": "WFS", "VERSION": "1.1.0", "REQUEST": "GetFeature", "TYPENAME": name,
                  "OUTPUTFORMAT": "text/xml; subtype=gml/3.1.1"}
        if "SRSNAME" in q:
            params["SRSNAME"] = "EPSG:" + re.findall(r"(\d+)$", q["SRSNAME"])[0]
        if "FILTER" in q:
            params["FILTER"] = self._ogc_filter(q["FILTER"])
        if q.get("RESULTTYPE", "").lower() == "hits":
            params["RESULTTYPE"] = "hits"
            matched = re.search(r'numberOfFeatures="(\d+)"', self._get(params)).group(1)
            return Reply(f'<?xml version="1.0" encoding="UTF-8"?><wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" '
                         f'numberMatched="{matched}" numberReturned="0" timeStamp="2024-01-01T00:00:00"/>'.encode(),
                         content_type="text/xml")
        start, count = int(q.get("STARTINDEX", 0)), int(q.get("COUNT", self.page))
        self.pages.append((start, count))
        params.update(STARTINDEX=start, MAXFEATURES=count)
        return Reply(self._wfs2_collection(self._get(params)).encode(), content_type="application/gml+xml; version=3.2")

    def _ogc_filter(self, fes):
        ogc = fes.replace("http://www.opengis.net/fes/2.0", "http://www.opengis.net/ogc")
        ogc = ogc.replace("http://www.opengis.net/gml/3.2", "http://www.opengis.net/gml")
        ogc = re.sub(r"<(/?)fes:ValueReference>", r"<\1fes:PropertyName>", ogc)
        ogc = re.sub(r"\bfes:", "ogc:", ogc).replace("xmlns:fes=", "xmlns:ogc=")
        ogc = re.sub(r"(<ogc:PropertyName>)\w+:", r"\1", ogc)
        return re.sub(r'srsName="[^"]*?(\d+)"', r'srsName="EPSG:\1"', ogc)

    @staticmethod
    def _wfs2_collection(gml):
        returned = gml.count("<gml:featureMember>")
        gml = re.sub(r"<gml:boundedBy>.*?</gml:boundedBy>\s*(?=<gml:featureMember>|</wfs:FeatureCollection>)", "", gml,
                     count=1, flags=re.S)
        gml = gml.replace('xmlns:wfs="http://www.opengis.net/wfs"', 'xmlns:wfs="http://www.opengis.net/wfs/2.0"')
        gml = gml.replace('"http://www.opengis.net/gml"', '"http://www.opengis.net/gml/3.2"')
        gml = gml.replace("<gml:featureMember>", "<wfs:member>").replace("</gml:featureMember>", "</wfs:member>")
        return gml.replace("<wfs:FeatureCollection ", f'<wfs:FeatureCollection numberMatched="unknown" '
                                                   f'numberReturned="{returned}" ', 1)
