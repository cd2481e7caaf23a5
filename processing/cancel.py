"""Cancelling a run: checked between batches, so that nothing is left half-written; a SIGTERM is a cancel too."""
import os
import signal
import threading
from contextlib import contextmanager

from qgis.core import QgsProcessingException


class Cancelled(QgsProcessingException):
    def __init__(self, message="Cancelled: no output was written."):
        super().__init__(message)


class Terminated(Cancelled):
    def __init__(self, signame="SIGTERM"):
        super().__init__(f"Stopped by a signal ({signame}): no output was written.")


# The signals that stop a run as a cancel does: a kill by the system or a user (TERM), a closed terminal or ssh
# session (HUP), Ctrl+C in a terminal or a script (INT).
STOP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name))

_signalled = threading.Event()  # set when a stop signal arrived during the current run (see terminate_as_cancel)


def terminated():
    """True if a stop signal arrived during this run: code that sees the signal's exception only as a failure of
    a library (psycopg2 reports it as a failed COPY) raises Terminated again."""
    return _signalled.is_set()


def check_cancel(feedback):
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()


@contextmanager
def terminate_as_cancel(feedback):
    """Around a run on the main thread (qgis_process, or an algorithm without threading): SIGTERM, SIGHUP and
    SIGINT raise Terminated in the running code, so that every write path's cleanup runs (temporary files,
    journals, staging tables removed). Afterwards the signal is delivered again with its previous handling, so the
    process still ends as the sender asked. Off the main thread (QGIS runs algorithms in tasks) Python cannot take
    signals."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {signum: signal.getsignal(signum) for signum in STOP_SIGNALS}
    received = []

    def stop(signum, frame):
        _signalled.set()
        received.append(signum)
        if feedback is not None:
            feedback.cancel()
        raise Terminated(signal.Signals(signum).name)

    _signalled.clear()
    for signum in STOP_SIGNALS:
        signal.signal(signum, stop)
    try:
        yield
    except Terminated:
        raise
    except BaseException:
        if _signalled.is_set():  # the signal's exception, reported by a library as its own failure
            raise Terminated(signal.Signals(received[0]).name) from None
        raise
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        if received and previous[received[0]] in (None, signal.SIG_DFL, signal.default_int_handler):
            # Python's own SIGINT handler would raise KeyboardInterrupt somewhere in QGIS later: end as Ctrl+C ends a
            # program instead, by the signal itself (a shell sees 130).
            signal.signal(received[0], signal.SIG_DFL)
            os.kill(os.getpid(), received[0])
