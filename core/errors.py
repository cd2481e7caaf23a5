"""The one exception type for input a user can fix."""


class LbmInputError(ValueError):
    """Bad input, with a message that names the problem in words a GIS officer understands.

    The algorithms turn it into a QgsProcessingException; nothing has been written when it is raised.
    """
