"""The download cache, in the QGIS profile folder (`<profile>/leefbaarometer/cache`, or the folder of the setting
`leefbaarometer/cache_folder`).

An entry is a folder `<key>/` holding the downloaded file under its own name, and `<key>.json` beside it: what was
asked (the request), the address, when it was downloaded, its size and sha256. A download is written under a
temporary name in the cache folder and moved in only when it is complete and checked; the `.json` is written last.
An entry whose file is missing or whose size or checksum differ is not used (and removed), so neither a cancelled
nor a broken download can poison the cache.
"""
import datetime
import glob
import json
import os
import secrets
import shutil

from qgis.core import QgsApplication
from qgis.core import QgsSettings

from ...core.download import request_key
from .files import remove_quietly
from .files import remove_stale_parts
from .network import sha256_of

CACHE_SETTING = "leefbaarometer/cache_folder"


def cache_folder():
    """The cache folder: the setting, else `leefbaarometer/cache` in the QGIS profile folder."""
    folder = QgsSettings().value(CACHE_SETTING, "") or ""
    return folder or os.path.join(QgsApplication.qgisSettingsDirPath(), "leefbaarometer", "cache")


class Entry:
    """A complete download in the cache."""

    def __init__(self, folder, key, meta):
        self.key, self.meta = key, meta
        self.path = os.path.join(folder, key, meta["file"])

    @property
    def when(self):
        """When it was downloaded, as the user reads it: '2024-11-05 14:03'."""
        return self.meta["downloaded"][:16].replace("T", " ")


class DownloadCache:
    def __init__(self, folder=None):
        self.folder = folder or cache_folder()

    def _meta_path(self, key):
        return os.path.join(self.folder, key + ".json")

    def find(self, request):
        """The complete entry for `request`, or None (also for an entry that is damaged: it is removed)."""
        key = request_key(request)
        try:
            with open(self._meta_path(key), encoding="utf-8") as fh:
                meta = json.load(fh)
            entry = Entry(self.folder, key, meta)
            digest, size = sha256_of(entry.path)
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if digest != meta.get("sha256") or size != meta.get("size") or meta.get("request") != request:
            self.remove(key)
            return None
        return entry

    def temporary(self, name):
        """A new temporary path for a download of file `name`, in the cache folder (the same disk, so moving it in
        is a rename). Parts left by killed processes are removed."""
        os.makedirs(self.folder, exist_ok=True)
        remove_stale_parts(self.folder)
        stem, ext = os.path.splitext(name)
        return os.path.join(self.folder, f".{stem[:40]}.part-{os.getpid()}-{secrets.token_hex(3)}{ext}")

    def store(self, request, temporary, name, url):
        """Move the complete, checked download `temporary` into the cache as the entry of `request`; the entry."""
        key = request_key(request)
        digest, size = sha256_of(temporary)
        folder = os.path.join(self.folder, key)
        os.makedirs(folder, exist_ok=True)
        target = os.path.join(folder, name)
        meta_path = self._meta_path(key)
        remove_quietly(meta_path)  # the old entry is invalid from here until the new one is complete
        for old in glob.glob(os.path.join(glob.escape(folder), "*")):
            if old != target:
                remove_quietly(old)
        os.replace(temporary, target)
        meta = {"request": request, "url": url, "file": name, "size": size, "sha256": digest,
                "downloaded": datetime.datetime.now().astimezone().isoformat(timespec="seconds")}
        part = os.path.join(self.folder, f".{key}.json.part-{os.getpid()}-{secrets.token_hex(3)}")
        with open(part, "w", encoding="utf-8") as fh:
            json.dump(meta, fh, indent=1, ensure_ascii=False)
        os.replace(part, meta_path)
        return Entry(self.folder, key, meta)

    def remove(self, key):
        remove_quietly(self._meta_path(key))
        shutil.rmtree(os.path.join(self.folder, key), ignore_errors=True)

    def entries(self):
        """Every complete entry's metadata (for tests and the curious)."""
        out = []
        for path in sorted(glob.glob(os.path.join(glob.escape(self.folder), "*.json"))):
            try:
                with open(path, encoding="utf-8") as fh:
                    out.append(json.load(fh))
            except (OSError, ValueError):
                continue
        return out
