"""Writing the wide schema (one field per measure and year) onto the areas' geometry: the output of *Import published
scores* and *Import official WFS layer*.

A new GeoPackage or PostGIS table is written in bulk (io/gpkg.py, io/postgis.py: columns as numpy arrays, geometry as
GeoPackage blobs, grid squares built in numpy); any other destination through QGIS's sink (io/sink.SafeSink).
"""
import os

import numpy as np
from qgis.core import QgsGeometry

from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.join import examples
from ...core.join import match_keys
from ...core.levels import level_name
from ...core.release import load_release
from ...core.schema import CLASS_MEASURES
from ...core.views import score_layer_spec
from ...core.years import years_text
from ..compat import WKB_MULTIPOLYGON
from ..geometry import GridCells
from ..geometry import polygon_blobs
from .gpkg import gpkg_destination
from .gpkg import square_blobs
from .gpkg import write_new_layer
from .postgis import postgis_destination
from .postgis import write_new_table
from .read import RD_NEW
from .sink import SafeSink
from .write import feature_batches
from .write import load_on_completion
from .write import schema_fields
from .write import value_rows


def write_wide_scores(algorithm, parameters, context, feedback, wide, geom_keys, geometries, release=None,
                      keep_unscored=False):
    """Write the areas that have geometry and scores, and with `keep_unscored` also those of the geometry that have
    no scores (NULL scores and names); log and return the counts of the rest.

    `geometries`: a list aligned with `geom_keys`, or a function of the index that builds one.
    """
    match = match_keys(wide.keys, geom_keys)
    if match.matched == 0:
        raise LbmInputError(
            tr("no code of the scores matches the geometry layer (scores e.g. {score_keys}; geometry e.g. {geom_keys}). Check the key "
               "fields and the level.").format(score_keys=examples(wide.keys, 3), geom_keys=examples(geom_keys, 3))
        )
    if len(match.keys_without_geometry):
        feedback.pushWarning(
            tr("{count} code(s) have scores but no geometry: {match}").format(
               count=len(match.keys_without_geometry), match=examples(match.keys_without_geometry))
        )
    geom_keys = np.asarray(geom_keys, dtype=object)
    coded = np.array([k is not None for k in geom_keys], dtype=bool)
    unscored = [k for k in match.geometries_without_scores if k is not None]
    if len(unscored):
        feedback.pushWarning(
            (tr("{count} areas of the geometry layer have no scores: {match}. They are kept with NULL scores (drawn "
                "grey, 'no score'); 'Only areas with scores' leaves them out.") if keep_unscored else
             tr("{count} areas of the geometry layer have no scores: {match}. Left out ('Only areas with scores').")).format(
                count=len(unscored), match=examples(unscored, 20)))
    if (~coded).any():
        feedback.pushWarning(tr("{count} features of the geometry layer have no code: left out.").format(count=int((~coded).sum())))
    label_names = list(wide.labels)
    fields = schema_fields(wide.key, label_names, wide.field_names())
    keep = np.flatnonzero(coded if keep_unscored else match.row_of_geometry >= 0)
    rows_idx = match.row_of_geometry[keep]  # −1: an area without scores
    class_cols = [j for j, (m, _) in enumerate(wide.fields) if m in CLASS_MEASURES]
    destination = algorithm.parameterAsOutputLayer(parameters, "OUTPUT", context)
    keys = geom_keys[keep]  # the same text as the score keys where they match
    if gpkg_destination(destination) or postgis_destination(destination):
        dest_id = _write_in_bulk(destination, wide, keys, label_names, rows_idx, class_cols, keep, geometries, feedback)
        load_on_completion(algorithm, parameters, "OUTPUT", context, dest_id)
    else:
        dest_id = _write_sink(algorithm, parameters, context, feedback, fields, wide, keys, label_names, rows_idx,
                              class_cols, keep, geometries)
    feedback.pushInfo(tr("Wrote {n_keep} areas, {n_unscored} of them without scores.").format(
        n_keep=len(keep), n_unscored=int((rows_idx < 0).sum())))
    release = release or load_release()  # the map shows the run's release (importwfs: the shipped one)
    algorithm.style_on_load(context, dest_id, score_layer_spec(list(fields.names()), release), release,
                            tr("Leefbaarometer {level} {years}").format(level=level_name(wide.key, wide.keys[:1000]),
                                                                        years=years_text(y for _, y in wide.fields)))
    return {
        "OUTPUT": dest_id,
        "AREAS": len(keep),
        "AREAS_WITHOUT_SCORES": int((rows_idx < 0).sum()),
        "KEYS_WITHOUT_GEOMETRY": len(match.keys_without_geometry),
        "GEOMETRIES_WITHOUT_SCORES": len(match.geometries_without_scores),
        "LEVEL": wide.key,
    }


def _rows(values, rows_idx, fill):
    """`values[rows_idx]` (rows of an array, 1- or 2-dimensional), `fill` where rows_idx is −1 (no scores)."""
    out = values[np.maximum(rows_idx, 0)]
    missing = rows_idx < 0
    if missing.any():
        out[missing] = fill
    return out


def _write_in_bulk(destination, wide, keys, label_names, rows_idx, class_cols, keep, geometries, feedback):
    """A new GeoPackage (io/gpkg.py) or PostGIS table (io/postgis.py) written in bulk: columns as numpy arrays,
    geometries as GeoPackage blobs (grid squares built in numpy)."""
    columns = [(wide.key, keys)] + [(lab, _rows(wide.labels[lab], rows_idx, None)) for lab in label_names]
    for j, name in enumerate(wide.field_names()):
        values = _rows(wide.values[:, j], rows_idx, np.nan)
        # Classes as small integers (0 = no class = NULL), like the plugin's other class fields.
        columns.append((name, np.nan_to_num(values, nan=0).astype(np.int8) if j in class_cols else values))

    if isinstance(geometries, GridCells):
        blobs, envelopes = square_blobs(geometries.x[keep], geometries.y[keep], geometries.size, 28992)

        def geoms(lo, hi):
            return blobs[lo:hi], envelopes[lo:hi]
    else:
        def geoms(lo, hi):
            return polygon_blobs([geometries[i] for i in keep[lo:hi].tolist()], 28992)

    if postgis_destination(destination):
        return write_new_table(destination, columns, len(keep), lambda lo, hi: geoms(lo, hi)[0], feedback, (40, 100))
    name = os.path.splitext(os.path.basename(destination))[0]
    return write_new_layer(destination, name, 28992, columns, len(keep), geoms, feedback, (40, 100))


def _write_sink(algorithm, parameters, context, feedback, fields, wide, keys, label_names, rows_idx, class_cols, keep,
                geometries):
    """Any other destination (memory, PostGIS, other formats): features through QGIS's sink."""

    def rows(lo, hi):
        # Built per batch: a national grid as Python objects all at once would take gigabytes.
        idx = rows_idx[lo:hi]
        labels = [_rows(wide.labels[lab], idx, None) for lab in label_names]
        values = value_rows(_rows(wide.values, idx, np.nan), class_cols)
        return [[key, *(lab[n] for lab in labels), *vals] for n, (key, vals) in enumerate(zip(keys[lo:hi].tolist(), values))]

    def geoms(lo, hi):
        out = [geometries.geometry(i) if isinstance(geometries, GridCells) else QgsGeometry(geometries[i])
               for i in keep[lo:hi].tolist()]
        for g in out:
            g.convertToMultiType()
        return out

    sink = SafeSink(algorithm, parameters, "OUTPUT", context, fields, WKB_MULTIPOLYGON, RD_NEW)
    return sink.write_all(feature_batches(fields, len(keep), geoms, rows, feedback, 40, 100), feedback)
