"""Every request of the plugin goes through QGIS's network stack (QgsBlockingNetworkRequest on
QgsNetworkAccessManager): the user's proxy, SSL settings, timeout (Settings ▸ Options ▸ Network) and QGIS
authentication configurations apply. No requests or urllib of its own.

Failures become messages that name the address and what failed. `UnreachableError` (no network, name not found,
refused, timeout, server error 5xx) is the kind a cached copy may stand in for; `RefusedError` (4xx, an OGC service
exception, an answer that is not what was asked) is the service saying no, which an old copy would hide.
"""
import hashlib
import os
import re
import xml.etree.ElementTree as ET

from qgis.core import QgsBlockingNetworkRequest
from qgis.core import QgsNetworkAccessManager
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtNetwork import QNetworkReply
from qgis.PyQt.QtNetwork import QNetworkRequest

from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ..cancel import Cancelled

# Errors of the connection itself: nothing or no usable answer came back.
_UNREACHABLE = {
    QNetworkReply.NetworkError.ConnectionRefusedError: tr_noop("the connection was refused"),
    QNetworkReply.NetworkError.HostNotFoundError: tr_noop("the server's name was not found (no network, or a wrong address)"),
    QNetworkReply.NetworkError.TimeoutError: tr_noop("no answer in time"),
    QNetworkReply.NetworkError.RemoteHostClosedError: tr_noop("the server closed the connection"),
    QNetworkReply.NetworkError.TemporaryNetworkFailureError: tr_noop("the network is down"),
    QNetworkReply.NetworkError.NetworkSessionFailedError: tr_noop("the network is down"),
    QNetworkReply.NetworkError.UnknownNetworkError: tr_noop("a network error"),
    QNetworkReply.NetworkError.ProxyConnectionRefusedError: tr_noop("the proxy refused the connection"),
    QNetworkReply.NetworkError.ProxyNotFoundError: tr_noop("the proxy was not found"),
    QNetworkReply.NetworkError.ProxyTimeoutError: tr_noop("the proxy did not answer in time"),
    QNetworkReply.NetworkError.SslHandshakeFailedError: tr_noop("the secure connection failed (SSL)"),
}


class UnreachableError(LbmInputError):
    """The server could not be reached or failed (no network, DNS, refused, timeout, HTTP 5xx)."""


class RefusedError(LbmInputError):
    """The server answered, but not with what was asked (HTTP 4xx, an OGC ServiceException, a wrong kind of file)."""


def unreachable_message(url, what):
    return tr("could not download {url}: {what}. Check the network connection (and the proxy in Settings ▸ Options ▸ "
              "Network) or the address.").format(url=url, what=tr(what))


def _timeout_seconds():
    return max(QgsNetworkAccessManager.timeout(), 0) / 1000.0


def get(url, feedback=None, authcfg="", progress=(0.0, 100.0)):
    """The body of `url` (bytes), fetched afresh (never from QGIS's network cache): raises UnreachableError, RefusedError or
    Cancelled. Download progress goes to `feedback` between `progress[0]` and `progress[1]`."""
    request = QgsBlockingNetworkRequest()
    if authcfg:
        request.setAuthCfg(authcfg)
    lo, hi = progress

    def on_progress(received, total):
        if feedback is not None and total and total > 0:
            feedback.setProgress(lo + (hi - lo) * min(received / total, 1.0))

    request.downloadProgress.connect(on_progress)
    try:
        code = request.get(QNetworkRequest(QUrl(url)), True, feedback)
    finally:
        request.downloadProgress.disconnect(on_progress)  # no late call into a feedback that has moved on
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Cancelled while downloading {url}: nothing was written or cached.").format(url=url))
    reply = request.reply()
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    # QGIS 3.22 aborts a request at the network timeout and reports it as cancelled, without an error code.
    if code == QgsBlockingNetworkRequest.ErrorCode.TimeoutError or \
            reply.error() == QNetworkReply.NetworkError.OperationCanceledError:
        raise UnreachableError(unreachable_message(url, tr("no answer within {seconds:g} s").format(seconds=_timeout_seconds())))
    if status is not None and int(status) >= 400:
        reason = reply.attribute(QNetworkRequest.Attribute.HttpReasonPhraseAttribute) or ""
        text = tr("the server answered HTTP {status} {reason} for {url}").format(status=int(status), reason=reason, url=url)
        if int(status) >= 500:
            raise UnreachableError(tr("could not download: {text}; the service has a problem, try again later.").format(text=text))
        raise RefusedError(tr("could not download: {text}; check the address (SOURCE) and the level and year.").format(text=text))
    if code != QgsBlockingNetworkRequest.ErrorCode.NoError:
        what = _UNREACHABLE.get(reply.error())
        if what is not None or status is None:
            raise UnreachableError(unreachable_message(url, what or request.errorMessage()))
        raise RefusedError(tr("could not download {url}: {error}").format(url=url, error=request.errorMessage()))
    return bytes(reply.content())


def service_exception(body):
    """The text of an OGC ServiceException (or ows:ExceptionReport) in `body`, else None."""
    head = body[:4096].lstrip()
    if not head.startswith(b"<") or not re.search(rb"Exception(Report)?\b", head):
        return None
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        return None
    if not root.tag.split("}")[-1].endswith(("ServiceExceptionReport", "ExceptionReport")):
        return None
    texts = [" ".join(t.split()) for t in root.itertext() if t.strip()]
    return "; ".join(texts) or root.tag.split("}")[-1]


def download_to(url, path, feedback=None, authcfg="", progress=(0.0, 100.0)):
    """Fetch `url` into the new file `path` (a temporary name: the caller moves it into place when it has checked
    it); its size and sha256. An OGC ServiceException instead of a file is RefusedError."""
    body = get(url, feedback, authcfg, progress)
    exception = service_exception(body)
    if exception is not None:
        raise RefusedError(tr("the service answered {url} with an error (OGC ServiceException): {text}").format(url=url, text=exception))
    with open(path, "xb") as out:
        out.write(body)
    return len(body), hashlib.sha256(body).hexdigest()


def sha256_of(path, chunk=1 << 20):
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest(), os.path.getsize(path)
