"""A throwaway PostgreSQL + PostGIS server for the tests and benchmarks (Debian's packages, loopback only).

`PostgisServer().start()` makes a fresh cluster in a temporary folder, starts it on a free port of 127.0.0.1
with password authentication, creates a database with PostGIS and pg_stat_statements, and writes a libpq
service file naming it. Everything connects through that service (`service='lbmtest'`), so no password
appears in a layer source, a project or an output. `stop()` stops the server and removes the folder.
"""
import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import tempfile

SERVICE = "lbmtest"
DATABASE = "lbm"
USER = "lbm"


def _bin(name):
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if os.path.exists(os.path.join(folder, name)):
            return os.path.join(folder, name)
    raise RuntimeError(f"PostgreSQL's {name} was not found: run scripts/setup.sh (it installs postgresql and PostGIS)")


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgisServer:
    def __init__(self):
        self.base = None
        self.port = None
        self.service_file = None

    def _run(self, args, **kw):
        # initdb and postgres refuse to run as root: run them as the 'postgres' user Debian's package made.
        if os.geteuid() == 0:
            args = ["runuser", "-u", "postgres", "--", *args]
        return subprocess.run(args, check=True, capture_output=True, text=True, **kw)

    def start(self):
        self.base = tempfile.mkdtemp(prefix="lbm-postgis-")
        data = os.path.join(self.base, "data")
        password = secrets.token_hex(16)
        pwfile = os.path.join(self.base, "pw")
        with open(pwfile, "w") as fh:
            fh.write(password + "\n")
        if os.geteuid() == 0:
            pg = pwd.getpwnam("postgres")
            os.chown(self.base, pg.pw_uid, pg.pw_gid)
            os.chown(pwfile, pg.pw_uid, pg.pw_gid)
        os.chmod(pwfile, 0o600)
        self._run([_bin("initdb"), "-D", data, "-U", USER, "--pwfile", pwfile, "--auth-local=trust",
                   "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8"])
        os.remove(pwfile)
        self.port = _free_port()
        options = (f"-c port={self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.base} "
                   "-c shared_preload_libraries=pg_stat_statements -c fsync=off -c synchronous_commit=off "
                   "-c full_page_writes=off -c max_wal_size=4GB")
        try:
            self._run([_bin("pg_ctl"), "-D", data, "-l", os.path.join(self.base, "server.log"), "-w", "-t", "60",
                       "-o", options, "start"])
        except subprocess.CalledProcessError as exc:
            log = open(os.path.join(self.base, "server.log")).read() if os.path.exists(os.path.join(self.base, "server.log")) else ""
            raise RuntimeError(f"PostgreSQL did not start: {exc.stderr}\n{log}") from exc
        self.service_file = os.path.join(self.base, "pg_service.conf")
        with open(self.service_file, "w") as fh:
            fh.write(f"[{SERVICE}]\nhost=127.0.0.1\nport={self.port}\ndbname={DATABASE}\nuser={USER}\n"
                     f"password={password}\nsslmode=disable\n")
        os.chmod(self.service_file, 0o600)
        os.environ["PGSERVICEFILE"] = self.service_file
        self.psql("CREATE DATABASE lbm", database="postgres")
        self.psql("CREATE EXTENSION postgis; CREATE EXTENSION pg_stat_statements;")
        return self

    def psql(self, sql, database=DATABASE):
        """Rows of a query as lists of text, over TCP with the service's password. Rows end in a NUL byte and fields
        are apart by the unit separator, not newlines and tabs: text such as a query in pg_stat_statements holds
        both (QGIS 3.44's queries do)."""
        env = dict(os.environ, PGSERVICEFILE=self.service_file)
        out = subprocess.run(["psql", f"service={SERVICE} dbname={database}", "-X", "-q", "-At", "-F", "\x1f",
                              "--record-separator-zero", "-v", "ON_ERROR_STOP=1", "-c", sql],
                             check=True, capture_output=True, text=True, env=env).stdout
        return [row.split("\x1f") for row in out.split("\0") if row]

    def uri(self, table, schema="public", geometry="geom", sql=""):
        """A QGIS data source URI of a table, credentials from the service file."""
        from qgis.core import QgsDataSourceUri

        uri = QgsDataSourceUri()
        uri.setConnection(SERVICE, "", "", "")
        uri.setDataSource(schema, table, geometry, sql)
        return uri.uri(False)

    def destination(self, table, schema="public", geometry="geom"):
        """A Processing output destination writing a new PostGIS table."""
        return "postgres://" + self.uri(table, schema, geometry)

    def stop(self):
        if self.base is None:
            return
        try:
            self._run([_bin("pg_ctl"), "-D", os.path.join(self.base, "data"), "-m", "immediate", "stop"])
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(self.base, ignore_errors=True)
        self.base = None
