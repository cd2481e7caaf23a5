"""Leefbaarometer plugin for QGIS."""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    # Imported here so that importing the package (tests, core/) does not need a running QGIS.
    from .plugin import LeefbaarometerPlugin

    return LeefbaarometerPlugin(iface)
