"""QGIS-free domain logic of the Leefbaarometer plugin.

Plain numpy/pandas functions. The Processing algorithms and the dock both call these;
nothing in this package imports from QGIS, so it is tested and benchmarked on its own.
"""
