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
    def __init__(self):
        super().__init__("Stopped by a termination signal (SIGTERM): no output was written.")


_signalled = threading.Event()  # set when a SIGTERM arrived during the current run (see terminate_as_cancel)


def terminated():
    """True if a SIGTERM arrived during this run: code that sees the signal's exception only as a failure of
    a library (psycopg2 reports it as a failed COPY) raises Terminated again."""
    return _signalled.is_set()


def check_cancel(feedback):
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()


@contextmanager
def terminate_as_cancel(feedback):
    """Around a run on the main thread (qgis_process, or an algorithm without threading): SIGTERM raises
    Terminated in the running code, so that every write path's cleanup runs (temporary files, journals, staging
    tables removed). Afterwards the signal is delivered again with its previous handling, so the process still
    ends as the sender asked. Off the main thread (QGIS runs algorithms in tasks) Python cannot take signals."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)

    def stop(signum, frame):
        _signalled.set()
        if feedback is not None:
            feedback.cancel()
        raise Terminated()

    _signalled.clear()
    signal.signal(signal.SIGTERM, stop)
    terminated = False
    try:
        yield
    except Terminated:
        terminated = True
        raise
    except BaseException:
        terminated = _signalled.is_set()  # the signal's exception, reported by a library as its own failure
        if terminated:
            raise Terminated() from None
        raise
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)
        if terminated and previous in (None, signal.SIG_DFL):
            os.kill(os.getpid(), signal.SIGTERM)
