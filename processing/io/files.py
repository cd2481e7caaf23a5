"""Files written completely or not at all: a temporary name in the target folder, moved into place when whole.

Temporary names carry the writing process's id (`.annex.pdf.part-4711-1a2b3c.pdf`), so that parts left by a
process that was killed can be recognised and removed by the next write into the same folder. They are created
by the writers themselves, so permissions follow the user's umask (colleagues on a shared drive can open them).
"""
import errno
import glob
import os
import re
import secrets
import threading
from contextlib import contextmanager

from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.numformat import format_bytes

_PART = re.compile(r"^\..+\.part-(\d+)-[0-9a-f]+(\.[^.]*)?$")


def _alive(pid):
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_stale_parts(folder):
    """Remove temporary parts of processes that no longer run (killed part-way through a write)."""
    for path in glob.glob(os.path.join(glob.escape(folder), ".*.part-*")):
        m = _PART.match(os.path.basename(path))
        if m and not _alive(int(m.group(1))):
            remove_quietly(path)


def temporary_path(target):
    """A new temporary name beside `target` (same folder, same extension); the folder must exist."""
    folder = os.path.dirname(os.path.abspath(target))
    if not os.path.isdir(folder):
        raise FileNotFoundError(f"the folder {folder} does not exist")
    remove_stale_parts(folder)
    name, ext = os.path.basename(target), os.path.splitext(target)[1]
    return os.path.join(folder, f".{name}.part-{os.getpid()}-{secrets.token_hex(3)}{ext}")


def remove_quietly(path):
    for candidate in (path, path + "-journal", path + "-wal", path + "-shm"):
        try:
            os.remove(candidate)
        except OSError:
            pass


def move_into_place(tmp, target):
    os.replace(tmp, target)
    completed(lambda: remove_quietly(target), target)


# Outputs an algorithm run has completed, per thread (Processing runs each algorithm in one thread): if the run
# fails after one output is in place (a second output cannot be written), the first is removed again.
_RUN = threading.local()


@contextmanager
def outputs_of_run(independent=()):
    """Around one run: every output completed inside is undone if the run then fails or is cancelled.

    `independent`: folders whose files are outputs in their own right (one annex per gemeente in a folder
    output): a complete file there stays when the run stops later."""
    folders = [os.path.join(os.path.realpath(f), "") for f in independent if f]
    outer, _RUN.undo = getattr(_RUN, "undo", None), []
    try:
        yield
    except BaseException:
        for undo, target in reversed(_RUN.undo):
            if target and any(os.path.realpath(target).startswith(f) for f in folders):
                continue
            try:
                undo()
            except Exception:  # undoing goes on: the run's own error is the one to report
                pass
        raise
    finally:
        _RUN.undo = outer


def completed(undo, target=None):
    """Register how to remove an output that is now complete (no-op outside `outputs_of_run`); `target`: its
    path, if a file."""
    if getattr(_RUN, "undo", None) is not None:
        _RUN.undo.append((undo, target))


def atomic_file(path, write, needed=None):
    """Call `write(tmp)` for a temporary name beside `path`, then move it to `path`: complete or absent.

    `needed`: the bytes the file will take at least, where known (a copy of an input): refused before writing when
    the disk has less free."""
    tmp = temporary_path(path)
    with writing(path, needed) as state:
        try:
            write(tmp)
            move_into_place(tmp, path)
        except BaseException as exc:
            state.failed(exc, file_size(tmp))
            remove_quietly(tmp)
            raise


# --- A full disk ------------------------------------------------------------------------------------------------
# Writers report a full disk in many ways: OSError ENOSPC or EDQUOT, SQLite's "database or disk is full", GDAL's
# "No space left on device", PostgreSQL's SQLSTATE 53100 ("could not extend file"), and some drivers only as
# "Feature creation error" with an empty reason. `writing` turns each into one message naming the output.

_FULL_WORDS = ("disk is full", "no space left", "could not extend file", "disk quota exceeded", "disk full")
LOW_SPACE = 256 * 1024  # a write that failed with less free than this on its disk failed for want of space


class DiskFullError(LbmInputError):
    """The disk (or quota, or database server) of an output has no room left; nothing of the output is kept."""


def free_bytes(path):
    """Bytes free to this user on the disk holding `path` (or its nearest existing folder); None if unknown."""
    folder = os.path.abspath(path)
    while folder and not os.path.isdir(folder):
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent
    try:
        st = os.statvfs(folder)
    except (OSError, AttributeError):  # statvfs: not on Windows
        return None
    return st.f_bavail * st.f_frsize


def is_disk_full(exc, path=None):
    """True if `exc`, raised while writing `path`, means the disk, quota or database server is full."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if getattr(exc, "pgcode", None) == "53100":  # PostgreSQL disk_full
        return True
    if any(word in str(exc).lower() for word in _FULL_WORDS):
        return True
    if path is None or type(exc).__name__ in ("Cancelled", "Terminated", "KeyboardInterrupt"):
        return False
    free = free_bytes(path)
    return free is not None and free < LOW_SPACE


def disk_full_message(target, written=0, needed=None, database=False):
    """The message for a full disk while writing `target` (a file path, or a table when `database`)."""
    if database:
        return tr("the database server has no room left for {target} (disk or quota full). Nothing of it was kept: ask the "
                  "database administrator for space, or write the output to a file.").format(target=target)
    free = free_bytes(target)
    free_text = format_bytes(free) if free is not None else tr("an unknown amount")
    if needed:
        facts = tr("it needs at least {needed} and the disk has {free} free").format(needed=format_bytes(needed), free=free_text)
    elif written:
        facts = tr("it needs more than the {written} that fitted; the disk has {free} free without it").format(
            written=format_bytes(written), free=free_text)
    else:
        facts = tr("the disk has {free} free").format(free=free_text)
    return tr("the disk is full: {target} could not be written ({facts}). Nothing of it was kept: free space on that disk "
              "or choose another place for the output.").format(target=target, facts=facts)


class _Writing:
    """What a writer tells `writing` when it fails, before it removes its part: how much was on disk then, and
    whether the disk was full (after the clean-up it no longer is)."""

    def __init__(self, target, database):
        self.target, self.database = target, database
        self.written, self.full = 0, False

    def failed(self, exc, written=0):
        self.written = written
        self.full = is_disk_full(exc, None if self.database else self.target)


@contextmanager
def writing(target, needed=None, database=False):
    """Around writing one output `target` (a path; a table's name when `database`): a full disk becomes DiskFullError, a
    message naming the output and the space; refused before anything is written when `needed` bytes are known not
    to fit. Yields an object the writer tells of a failure (`failed`) before it cleans up."""
    if needed and not database:
        free = free_bytes(target)
        if free is not None and free < needed:
            raise DiskFullError(disk_full_message(target, needed=needed))
    state = _Writing(target, database)
    try:
        yield state
    except BaseException as exc:
        if not (state.full or is_disk_full(exc, None if database else target)) or isinstance(exc, DiskFullError):
            raise
        raise DiskFullError(disk_full_message(target, state.written, needed, database)) from exc


def file_size(path):
    """Bytes of a file with its SQLite journals; 0 if absent."""
    total = 0
    for candidate in (path, path + "-journal", path + "-wal"):
        try:
            total += os.path.getsize(candidate)
        except OSError:
            pass
    return total
