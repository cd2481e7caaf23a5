"""leefbaarometer:importscores — published score CSV (long format) onto geometry, in the wide schema."""

import numpy as np
import pandas as pd
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingOutputString
from qgis.core import QgsProcessingParameterBoolean
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFile
from qgis.core import QgsProcessingParameterString

from ...core.area_filter import parse_year_range
from ...core.area_filter import year_condition
from ...core.errors import LbmInputError
from ...core.gridcodes import grid_corners
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.join import name_mismatches
from ...core.schema import KEY_ALIASES
from ...core.schema import NAME_ALIASES
from ...core.schema import find_field
from ...core.schema import year_field
from ...core.score_table import read_scores_csv
from ...core.score_table import release_check
from ...core.score_table import score_table_from_frame
from ...core.score_table import select_years
from ...core.score_table import to_wide
from ...core.values import is_null
from ...core.values import key_text
from ..base import LbmAlgorithm
from ..cancel import check_cancel
from ..compat import SOURCE_POLYGON
from ..compat import SOURCE_VECTOR
from ..geometry import GridCells
from ..geometry import linearised
from ..geometry import warn_invalid
from ..io.read import read_attributes
from ..io.read import read_source
from ..io.vsi import open_binary
from ..io.wide import write_wide_scores
from ..params import RELEASE_HELP
from ..params import add_release_parameters
from ..params import release_from


class ImportScoresAlgorithm(LbmAlgorithm):
    NAME = "importscores"
    DISPLAY_NAME = tr_noop("Import published scores")
    SCORES = "SCORES"
    SCORE_TABLE = "SCORE_TABLE"
    YEAR_RANGE = "YEAR_RANGE"
    GEOMETRY = "GEOMETRY"
    KEY = "KEY"
    GEOMETRY_KEY = "GEOMETRY_KEY"
    STOP_ON_NAME_MISMATCH = "STOP_ON_NAME_MISMATCH"
    STOP_ON_IMPLAUSIBLE = "STOP_ON_IMPLAUSIBLE"
    ONLY_SCORED = "ONLY_SCORED"
    OUTPUT = "OUTPUT"
    HELP = (
        tr_noop("<p>Loads a published Leefbaarometer score file (long format: one row per area and year, as in "
        "<i>Leefbaarometer-scores buurten 2002-2024.csv</i>) onto the areas' geometry, with one field per "
        "measure and year: <code>lbm_2024</code>, <code>afw_2024</code>, <code>fys_2024</code> … "
        "This is the field schema every other Leefbaarometer tool reads.</p>"
        "<p><b>Scores</b>: the CSV file. Comma, semicolon or tab separated; a decimal comma is understood; "
        "<code>NA</code> or empty cells become NULL. Extra columns (a row number, say) are ignored.</p>"
        "<p><b>Or a score table</b>: the same columns in a table of any data source, such as a PostGIS table "
        "the CSV was loaded into (key, <code>jaar</code>, <code>lbm</code>, <code>afw</code> …; geometry is "
        "not read). Give either the file or the table.</p>"
        "<p><b>Years</b>: a range such as <code>2016-2024</code>, <code>2016-</code> or <code>-2020</code> "
        "(empty = all). From a table, the database itself selects the years.</p>"
        "<p><b>Output</b>: any destination, a PostGIS table included (… → Save to Database Table).</p>"
        "<p><b>Geometry</b>: a polygon layer with the same codes (buurt, wijk, gemeente, PC4 boundaries). "
        "Optional for the 100 m grid: cells are built from their ids (E1213N4879 = lower-left corner "
        "121300, 487900 in RD New). Any CRS; the output is in EPSG:28992 (RD New).</p>"
        "<p><b>Key</b>: detected from grid_id, PC4, bu_code, wk_code, gm_code or code. <b>Key field in the "
        "geometry layer</b>: detected from the same name or a usual alias (postcode, buurtcode, statcode …).</p>"
        "<p>The output holds one feature per area of the geometry layer. Areas without scores (in the PC4 file: "
        "Schiphol, the Maasvlakte and other areas with few dwellings) are kept with NULL scores, so that maps have "
        "no holes: they are drawn grey as <i>no score</i>, and the analyses treat them as missing, never as 0. "
        "<b>Only areas with scores</b> (default: off) leaves them out. Both, and the codes with scores but no "
        "geometry, are counted and named in the log. In the open data the dimension scores are NULL in 2002, "
        "2008, 2012 and 2016; that is kept.</p>"
        "<p><b>Names</b>: where the scores have a name column (<code>bu_naam</code>, <code>wk_naam</code>, "
        "<code>gm_naam</code>) and the geometry layer a name field (<code>buurtnaam</code>, <code>statnaam</code>, "
        "<code>naam</code> …), the names of every matched code are compared, ignoring case, accents, spaces and "
        "punctuation; a missing name is not compared. Codes are re-used for other areas between boundary years "
        "(2024 scores on 2021 buurten put the scores of <i>Ermelo - Noord</i> on <i>Ermelo-Oost</i>), so different "
        "names are warned about with their number and five examples. <b>Stop when names differ</b> (default: off, "
        "warn only) stops the import instead, and nothing is written.</p>"
        "<p><b>Scores the release does not allow</b>: rows whose afw or dimension score lies outside the release "
        "profile's plausible range (lbm3_2024: afw −3 … 1.5, dimensions −1 … 1; the published data lie within afw "
        "−2.3 … 0.9) or whose lbm is not the release's C + afw (beyond 0.001) are warned about with their code and "
        "year; <b>Stop when scores are implausible</b> (default: off, warn only) stops the import instead, and nothing "
        "is written. Values that are no score at all (inf, text, afw beyond ±10) are always refused.</p>"
        "<p><b>File</b>: rows with more or fewer fields than the header (a file cut off part-way) and columns that "
        "appear twice are refused with their line or column. The encoding is judged on the whole file (UTF-8 with or "
        "without BOM, UTF-16 as Excel's <i>Unicode text</i>, Windows-1252, Latin-1); the log says which.</p>"
        "<p>Do not mix files of different releases: every release recomputes all years.</p>"), RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFile(
                self.SCORES, self.tr("Published score file (CSV)"), fileFilter="CSV files (*.csv *.txt);;All files (*)",
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SCORE_TABLE, self.tr("… or a score table (PostGIS, GeoPackage, …)"), [SOURCE_VECTOR], optional=True))
        self.addParameter(QgsProcessingParameterString(
            self.YEAR_RANGE, self.tr("Years (e.g. 2016-2024; empty = all)"), optional=True))
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.GEOMETRY,
                self.tr("Geometry of the areas (optional for the 100 m grid)"),
                [SOURCE_POLYGON],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(self.KEY, self.tr("Key column in the score file (detected if empty)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.GEOMETRY_KEY,
                self.tr("Key field in the geometry layer (detected if empty)"),
                parentLayerParameterName=self.GEOMETRY,
                optional=True,
            )
        )
        self.addParameter(QgsProcessingParameterBoolean(
            self.STOP_ON_NAME_MISMATCH, self.tr("Stop when names of matched codes differ (default: warn only)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.STOP_ON_IMPLAUSIBLE, self.tr("Stop when scores are implausible for the release (default: warn only)"),
            defaultValue=False))
        self.addParameter(QgsProcessingParameterBoolean(
            self.ONLY_SCORED, self.tr("Only areas with scores (default: keep every area, without scores as NULL)"),
            defaultValue=False))
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Leefbaarometer scores"), SOURCE_POLYGON))
        self.addOutput(QgsProcessingOutputNumber("AREAS", self.tr("Areas written")))
        self.addOutput(QgsProcessingOutputNumber("KEYS_WITHOUT_GEOMETRY", self.tr("Codes with scores but no geometry")))
        self.addOutput(QgsProcessingOutputNumber("GEOMETRIES_WITHOUT_SCORES", self.tr("Geometries without scores")))
        self.addOutput(QgsProcessingOutputNumber("AREAS_WITHOUT_SCORES", self.tr("Areas written without scores")))
        self.addOutput(QgsProcessingOutputNumber("NAMES_DIFFERENT", self.tr("Matched codes whose names differ")))
        self.addOutput(QgsProcessingOutputNumber("SCORES_IMPLAUSIBLE", self.tr("Rows with scores the release does not allow")))
        self.addOutput(QgsProcessingOutputString("LEVEL", self.tr("Level of the scores")))

    def compute(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, self.SCORES, context)
        has_table = parameters.get(self.SCORE_TABLE) not in (None, "")
        if bool(path) == has_table:
            raise LbmInputError(tr("give either a published score file (SCORES) or a score table (SCORE_TABLE)"))
        key = self.parameterAsString(parameters, self.KEY, context).strip() or None
        first, last = parse_year_range(self.parameterAsString(parameters, self.YEAR_RANGE, context))
        release = release_from(self, parameters, context)
        if path:
            feedback.pushInfo(tr("Reading {path}").format(path=path))
            # A CSV inside a ZIP (/vsizip/…, as leefbaarometer:download passes it) is read through GDAL, in place.
            table = select_years(read_scores_csv(path, key=key, opener=open_binary if path.startswith("/vsi") else None),
                                 first, last)
        else:
            table = self._read_score_table(parameters, context, feedback, key, first, last)
        for note in table.notes:
            feedback.pushInfo(note)
        for w in table.warnings:
            feedback.pushWarning(w)
        implausible = self._check_release(parameters, context, feedback, table, release)
        if table.ignored_columns:
            feedback.pushInfo(tr("Ignored columns: {table}").format(table=', '.join(table.ignored_columns)))
        wide = to_wide(table)
        feedback.pushInfo(
            tr("{n_rows} rows: {n_areas} areas ({level}, key '{key}'), years {y}").format(n_rows=len(table.keys), n_areas=len(wide.keys),
               level=table.level, key=table.key, y=', '.join(str(y) for y in sorted({y for _, y in wide.fields})))
        )
        feedback.setProgress(20)
        check_cancel(feedback)

        source = self.parameterAsSource(parameters, self.GEOMETRY, context)
        differ = 0
        if source is None:
            geom_keys, geometries = self._grid_cells(table, wide)
        else:
            geom_keys, geometries, geom_names = self._geometry_of(source, parameters, context, feedback, table)
            differ = self._compare_names(parameters, context, feedback, wide, geom_keys, geom_names)
        check_cancel(feedback)
        result = write_wide_scores(self, parameters, context, feedback, wide, geom_keys, geometries, release,
                                   keep_unscored=not self.parameterAsBool(parameters, self.ONLY_SCORED, context))
        return {**result, "NAMES_DIFFERENT": differ, "SCORES_IMPLAUSIBLE": implausible}

    def _check_release(self, parameters, context, feedback, table, release):
        """Warn (or stop, before anything is written) about rows whose scores the release does not allow."""
        count, message = release_check(table, release)
        if not count:
            return 0
        if self.parameterAsBool(parameters, self.STOP_ON_IMPLAUSIBLE, context):
            raise LbmInputError(tr("{message}. Stopped because 'Stop when scores are implausible for the release' is on; "
                                   "nothing was written.").format(message=message))
        feedback.pushWarning(message)
        return count

    def _compare_names(self, parameters, context, feedback, wide, geom_keys, geom_names):
        """Warn (or stop, before anything is written) when matched codes carry other names: another boundary year."""
        score_name = find_field(wide.labels, NAME_ALIASES.get(wide.key, ()))
        if geom_names is None or score_name is None:
            if wide.key in NAME_ALIASES:
                feedback.pushInfo(tr("Names not compared: {side} have no name field").format(
                                     side=tr('the geometry layer') if geom_names is None else tr('the scores')))
            return 0
        name_field, names = geom_names
        check = name_mismatches(wide.keys, wide.labels[score_name], geom_keys, names)
        if not check.compared:
            feedback.pushInfo(tr("Names not compared: no matched code has a name on both sides"))
            return 0
        if not check.differ:
            feedback.pushInfo(tr("Names compared ('{score_name}' with '{name_field}'): the {compared} matched codes with a name on "
                                 "both sides have the same names").format(score_name=score_name, name_field=name_field,
                                 compared=check.compared))
            return 0
        if self.parameterAsBool(parameters, self.STOP_ON_NAME_MISMATCH, context):
            raise LbmInputError(tr("{check} Stopped because 'Stop when names of matched codes differ' is on; nothing was written.").format(
                                   check=check.message()))
        feedback.pushWarning(check.message())
        return check.differ

    def _read_score_table(self, parameters, context, feedback, key, first, last):
        """A ScoreTable from a table in long format; the data source selects the years (see input_source)."""
        layer = self.parameterAsVectorLayer(parameters, self.SCORE_TABLE, context)
        names = layer.fields().names() if layer is not None else []
        yfield = year_field(names)
        if yfield is None:
            raise LbmInputError(tr("the score table has no year column ('jaar' or 'year'); its fields are {names}").format(
                                   names=', '.join(names)))
        as_text = not layer.fields().field(yfield).isNumeric()
        source, fast = self.input_source(parameters, self.SCORE_TABLE, context, feedback,
                                         year_condition(yfield, first, last, as_text))
        by_name, _ = read_attributes(source, names, context, feedback, fast)
        check_cancel(feedback)
        frame = pd.DataFrame({n: [None if is_null(v) else v for v in col]
                              if col.dtype == object else col for n, col in by_name.items()})
        return score_table_from_frame(frame, key=key, source=f"score table {layer.name()}")

    def _grid_cells(self, table, wide):
        if table.key != "grid_id":
            raise LbmInputError(
                tr("the scores are per {level} (key '{key}'): give the GEOMETRY layer with their boundaries. Only the 100 m grid "
                   "(grid_id) can be built without it.").format(level=table.level, key=table.key)
            )
        x, y = grid_corners(wide.keys)
        return wide.keys, GridCells(x, y)

    def _geometry_of(self, source, parameters, context, feedback, table):
        names = source.fields().names()
        field = self.parameterAsString(parameters, self.GEOMETRY_KEY, context)
        if not field:
            field = find_field(names, [table.key, *KEY_ALIASES.get(table.key, ())])
            if field is None:
                raise LbmInputError(
                    tr("the geometry layer has no field '{key}' (nor {aliases}); its fields are {names}. Choose its key field "
                       "with GEOMETRY_KEY.").format(key=table.key, aliases=', '.join(KEY_ALIASES.get(table.key, ())),
                       names=', '.join(names))
                )
        if source.featureCount() == 0:
            raise LbmInputError(tr("the geometry layer has no features"))
        name_field = find_field([n for n in names if n != field], NAME_ALIASES.get(table.key, ()))
        feedback.pushInfo(tr("Joining on geometry field '{field}'").format(field=field))
        columns, geometries = read_source(source, [field] + ([name_field] if name_field else []), context, feedback)
        check_cancel(feedback)
        geometries = linearised(geometries, feedback, tr_noop("areas"))
        warn_invalid(geometries, feedback)
        names_of = (name_field, columns[1]) if name_field else None
        return np.array([key_text(k) for k in columns[0]], dtype=object), geometries, names_of
