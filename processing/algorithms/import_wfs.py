"""leefbaarometer:importwfs — a layer from the official WFS (flat `afw`, `fys`, …, `year`) into the wide schema."""
import numpy as np
import pandas as pd
from qgis.core import QgsProcessingParameterFeatureSink
from qgis.core import QgsProcessingParameterFeatureSource

from ...core.i18n import tr_noop
from ...core.score_table import score_table_from_frame
from ...core.score_table import to_wide
from ...core.values import is_null
from ...core.values import key_text
from ..base import LbmAlgorithm
from ..cancel import check_cancel
from ..compat import SOURCE_POLYGON
from ..geometry import warn_invalid
from ..io.read import read_source
from ..io.wide import write_wide_scores


class ImportWfsAlgorithm(LbmAlgorithm):
    NAME = "importwfs"
    DISPLAY_NAME = tr_noop("Import official WFS layer")
    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    HELP = (
        tr_noop("<p>Converts a layer from the official Leefbaarometer WFS (for example <code>lbm3:buurtscore24</code> or "
        "<code>lbm3:gemeentescore24</code>, saved or added from the WFS) into the plugin's field schema: "
        "its flat fields <code>afw</code>, <code>fys</code> … and class fields <code>kscore</code>, "
        "<code>kafw</code>, <code>kfys</code> … of year <code>year</code> become <code>afw_2024</code>, "
        "<code>kscore_2024</code> and so on. Layers of several years (one feature per area and year) are merged "
        "into one feature per area. The WFS carries no <code>lbm</code> field; it is not invented.</p>"
        "<p>Any CRS; the output is in EPSG:28992 (RD New). The input is not changed.</p>"),
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(
            QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Layer from the official WFS"), [SOURCE_POLYGON])
        )
        self.addParameter(QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Leefbaarometer scores"), SOURCE_POLYGON))

    def compute(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        names = source.fields().names()
        columns, geometries = read_source(source, names, context, feedback)
        check_cancel(feedback)
        warn_invalid(geometries, feedback)
        frame = pd.DataFrame({n: c for n, c in zip(names, columns)})
        for n in names:
            if n.lower() in ("code", "statcode", "year", "jaar"):
                frame[n] = [key_text(v) for v in frame[n]]
            elif frame[n].dtype == object:
                frame[n] = frame[n].map(lambda v: None if is_null(v) else v)
        table = score_table_from_frame(frame, source=source.sourceName() or "layer")
        wide = to_wide(table)
        # One geometry per area: the first feature of each code.
        first = pd.Series(table.keys).drop_duplicates()
        geom_keys = first.to_numpy(dtype=object)
        geoms = [geometries[i] for i in first.index.to_numpy(dtype=np.int64).tolist()]
        return write_wide_scores(self, parameters, context, feedback, wide, geom_keys, geoms)
