"""Cancelling a run: checked between batches, so that nothing is left half-written."""
from qgis.core import QgsProcessingException


class Cancelled(QgsProcessingException):
    def __init__(self):
        super().__init__("Cancelled: no output was written.")


def check_cancel(feedback):
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
