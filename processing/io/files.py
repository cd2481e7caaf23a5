"""Files written completely or not at all: a temporary name in the target folder, moved into place when whole.

Temporary names carry the writing process's id (`.annex.pdf.part-4711-1a2b3c.pdf`), so that parts left by a
process that was killed can be recognised and removed by the next write into the same folder. They are created
by the writers themselves, so permissions follow the user's umask (colleagues on a shared drive can open them).
"""
import glob
import os
import re
import secrets
import threading
from contextlib import contextmanager

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


def atomic_file(path, write):
    """Call `write(tmp)` for a temporary name beside `path`, then move it to `path`: complete or absent."""
    tmp = temporary_path(path)
    try:
        write(tmp)
        move_into_place(tmp, path)
    except BaseException:
        remove_quietly(tmp)
        raise
