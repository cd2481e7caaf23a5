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
