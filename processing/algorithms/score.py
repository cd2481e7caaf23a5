"""leefbaarometer:score — totals from dimensions (and a check of published totals), dimensions from indicators,
and scores relative to a region."""
import numpy as np
import pandas as pd
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterBoolean
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterField
from qgis.core import QgsProcessingParameterFile
from qgis.core import QgsProcessingParameterNumber

from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.scoredata import ScoreData
from ...core.scoring import check_totals
from ...core.scoring import dimensions_from_indicators
from ...core.scoring import read_weight_table
from ...core.scoring import regional_deviation
from ...core.scoring import totals_from_dimensions
from ...core.values import key_text
from ...core.values import numeric
from ...core.views import score_layer_spec
from ...core.years import years_text
from ..base import LbmAlgorithm
from ..compat import NUMBER_DOUBLE
from ..compat import SOURCE_VECTOR
from ..io.write import write_with_new_fields
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters


class ScoreAlgorithm(LbmAlgorithm):
    NAME = "score"
    DISPLAY_NAME = tr_noop("Compute and check scores")
    GROUP = tr_noop("Analysis")
    INPUT = "INPUT"
    CHECK = "CHECK"
    TOLERANCE = "TOLERANCE"
    WEIGHTS = "WEIGHTS"
    INDICATOR_YEAR = "INDICATOR_YEAR"
    REGION_FIELD = "REGION_FIELD"
    REGION_WEIGHT = "REGION_WEIGHT"
    OUTPUT = "OUTPUT"
    HELP = (
        tr_noop("<p>Three ways to compute scores; each adds fields and never overwrites one.</p>"
        "<p><b>Totals from dimensions</b> (always): for every year with the five dimension scores, "
        "<code>afw_{year}</code> = fys + onv + soc + vrz + won where the layer lacks it, and <code>lbm_{year}</code> = "
        "C + afw where it lacks that (the official WFS carries no lbm). <b>Check</b>: where the layer has published "
        "totals, a field <code>chk_{year}</code> is 1 where afw differs from the sum of the dimensions, or lbm from "
        "C + afw, by more than the tolerance; the log gives the count and the largest difference.</p>"
        "<p><b>Dimensions from indicators</b> (optional): a weight table (CSV with columns <code>indicator</code>, "
        "<code>dimension</code>, <code>weight</code> and optionally <code>transform</code>: none, z, minmax or log) "
        "turns indicator fields of the layer into dimension scores <code>{dim}_{year}</code> = Σ weight × "
        "transform(indicator), so a gemeente can score its own indicators transparently. The Leefbaarometer's own "
        "94 indicator weights are in the methodology report, not in the open data: the table is yours. A unit "
        "missing an indicator gets a NULL dimension score.</p>"
        "<p><b>Regional view</b> (optional): with a region field (gemeente, COROP, your own), "
        "<code>r{measure}_{year}</code> = the score minus the weighted mean of its region (weight field optional), "
        "to see where an area stands within its own region rather than nationally.</p>"), RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Layer"), [SOURCE_VECTOR]))
        self.addParameter(QgsProcessingParameterBoolean(self.CHECK, self.tr("Check published totals"), defaultValue=True))
        self.addParameter(QgsProcessingParameterNumber(self.TOLERANCE, self.tr("Tolerance of the check"),
                                                       NUMBER_DOUBLE, defaultValue=1e-9, minValue=0))
        self.addParameter(QgsProcessingParameterFile(self.WEIGHTS, self.tr("Indicator weight table (CSV)"), optional=True,
                                                     fileFilter="CSV files (*.csv *.txt)"))
        self.addParameter(QgsProcessingParameterNumber(self.INDICATOR_YEAR, self.tr("Year of the indicators"),
                                                       defaultValue=2024, minValue=1990, maxValue=2100))
        self.addParameter(QgsProcessingParameterField(self.REGION_FIELD, self.tr("Region field (regional view)"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        self.addParameter(QgsProcessingParameterField(self.REGION_WEIGHT, self.tr("Weight for the regional mean"),
                                                      parentLayerParameterName=self.INPUT, optional=True))
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Scores")))
        self.addOutput(QgsProcessingOutputNumber("DISAGREEMENTS", self.tr("Units and years failing the check")))

    def compute(self, parameters, context, feedback):
        weights_path = self.parameterAsFile(parameters, self.WEIGHTS, context)
        region_field = self.parameterAsString(parameters, self.REGION_FIELD, context)
        region_weight = self.parameterAsString(parameters, self.REGION_WEIGHT, context)
        table = read_weight_table(weights_path) if weights_path else None
        indicator_fields = sorted(set(table.indicator)) if table is not None else []
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        missing = [f for f in indicator_fields if layer is not None and f not in layer.fields().names()]
        if missing:
            raise LbmInputError(tr("the weight table names indicator field(s) the layer does not have: {missing}").format(
                                   missing=', '.join(missing)))
        inp = self.read_input(parameters, context, feedback, indicator_fields + [region_field, region_weight],
                              require=table is None)
        data, extra, release = inp.data, inp.extra, inp.release
        new = {}
        if table is not None:
            year = int(self.parameterAsDouble(parameters, self.INDICATOR_YEAR, context))
            indicators = {f: numeric(extra[f], f) for f in indicator_fields}
            dims = dimensions_from_indicators(table, indicators, year)
            new.update(dims)
            feedback.pushInfo(tr("Dimension scores {dims} from {n_table} weighted indicators").format(dims=', '.join(dims),
                                 n_table=len(table)))
            data = ScoreData(n=len(next(iter(indicators.values()))), values=dict(data.values), fids=data.fids)
            for name, arr in dims.items():
                m, y = name.split("_")
                data.values[(m, int(y))] = arr
        new.update(totals_from_dimensions(data, release.constant_c))
        disagreements = 0
        if self.parameterAsBool(parameters, self.CHECK, context):
            check = check_totals(data, release.constant_c, self.parameterAsDouble(parameters, self.TOLERANCE, context))
            for y, flags in check.flags.items():
                new[f"chk_{y}"] = flags.astype(np.int64)
                feedback.pushInfo(tr("check {year}: {flags} of {n_flags} units with scores disagree; largest difference "
                                     "{largest:.3g}").format(year=y, flags=int(flags.sum()), n_flags=check.checked[y],
                                                             largest=check.worst[y]))
            disagreements = check.count
            if disagreements:
                feedback.pushWarning(tr("{disagreements} unit-years disagree beyond the tolerance: see the chk_{{year}} fields").format(
                                        disagreements=disagreements))
        if region_field:
            codes, uniques = pd.factorize(pd.Series([key_text(v) for v in extra[region_field]], dtype=object))
            w = np.nan_to_num(numeric(extra[region_weight], region_weight), nan=0.0) if region_weight else np.ones(data.n)
            for name, arr in totals_from_dimensions(data, release.constant_c).items():
                m, y = name.split("_")
                data.values[(m, int(y))] = arr
            new.update(regional_deviation(data, codes.astype(np.int64), len(uniques), w))
            feedback.pushInfo(tr("Regional view over {n_uniques} regions of '{region_field}'").format(n_uniques=len(uniques),
                                 region_field=region_field))
        if not new:
            raise LbmInputError(tr("nothing to compute: the layer already has every total, and no weight table or region was given"))
        dest = write_with_new_fields(self, parameters, context, feedback, inp.source, new, fids=data.fids, gdal_source=inp.gdal)
        self.style_on_load(context, dest, score_layer_spec(inp.source.fields().names() + list(new), release), release,
                           tr("Computed scores {years}").format(years=years_text(data.score_years())))
        return {self.OUTPUT: dest, "DISAGREEMENTS": disagreements}
