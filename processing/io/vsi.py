"""Files read through GDAL's virtual file systems: a CSV inside a ZIP (`/vsizip/archive.zip/file.csv`) is read in
place, never unpacked to disk."""
import io
import zipfile
import zlib

from osgeo import gdal

from ...core.errors import LbmInputError
from ...core.i18n import tr
from ..compat import gdal_return_codes


class _VsiRaw(io.RawIOBase):
    def __init__(self, path):
        super().__init__()
        with gdal_return_codes():
            self._fh = gdal.VSIFOpenL(path, "rb")
        if self._fh is None:
            raise FileNotFoundError(2, "No such file", path)
        self._path = path

    def readable(self):
        return True

    def seekable(self):
        return True

    def readinto(self, buffer):
        try:
            with gdal_return_codes():
                data = gdal.VSIFReadL(1, len(buffer), self._fh) or b""
                at_end = gdal.VSIFEofL(self._fh) != 0
        except RuntimeError as exc:
            raise OSError(5, str(exc), self._path) from exc
        if not data and not at_end and len(buffer):
            raise OSError(5, tr("could not read the file (a damaged ZIP?)"), self._path)
        buffer[:len(data)] = data
        return len(data)

    def seek(self, offset, whence=io.SEEK_SET):
        with gdal_return_codes():
            gdal.VSIFSeekL(self._fh, offset, whence)
            return gdal.VSIFTellL(self._fh)

    def tell(self):
        with gdal_return_codes():
            return gdal.VSIFTellL(self._fh)

    def close(self):
        if getattr(self, "_fh", None) is not None and not self.closed:
            with gdal_return_codes():
                gdal.VSIFCloseL(self._fh)
            self._fh = None
        super().close()


def open_binary(path):
    """A binary file object for `path`: GDAL's reader for `/vsi…` paths (inside ZIPs), Python's for the rest."""
    if str(path).startswith("/vsi"):
        return io.BufferedReader(_VsiRaw(str(path)), buffer_size=1 << 20)
    return open(path, "rb")


def zip_members(path, name=None):
    """The files inside the ZIP `path`, after checking every member's checksum (zipfile's CRC test, local only): an
    error naming the file when it is no ZIP, or truncated or damaged. `name`: how to call it in the message."""
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            members = [i.filename for i in archive.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise LbmInputError(tr("{name} is not a readable ZIP file: it is truncated or damaged ({error})").format(
            name=name or path, error=exc)) from exc
    if bad is not None:
        raise LbmInputError(tr("{name} is damaged: the file {member} inside it fails its checksum (a truncated or corrupt "
                               "download?)").format(name=name or path, member=bad))
    return members


def vsizip_path(archive, member):
    """The GDAL path of `member` inside the ZIP `archive`."""
    return f"/vsizip/{archive}/{member}"
