"""leefbaarometer:calibrate — cut-points from a layer with scores and official classes, written as a release profile."""
import datetime

import numpy as np
from qgis.core import QgsProcessingOutputNumber
from qgis.core import QgsProcessingParameterFeatureSource
from qgis.core import QgsProcessingParameterFileDestination

from ...core.calibrate import calibrate
from ...core.errors import LbmInputError
from ...core.i18n import tr
from ...core.i18n import tr_noop
from ...core.schema import DIMENSIONS
from ..base import LbmAlgorithm
from ..compat import SOURCE_VECTOR
from ..io.write import atomic_file
from ..params import RELEASE_HELP
from ..params import add_gemeente_filter
from ..params import add_release_parameters


class CalibrateAlgorithm(LbmAlgorithm):
    NAME = "calibrate"
    DISPLAY_NAME = tr_noop("Calibrate classes")
    GROUP = tr_noop("Analysis")
    INPUT = "INPUT"
    PROFILE = "PROFILE"
    HELP = (
        tr_noop("<p>Derives class cut-points from any layer that carries both scores and the official classes, such as "
        "the official WFS layer <code>buurtscore24</code> or <code>clippedgridscore24</code>: the total-score "
        "cut-points from <code>afw</code> and <code>kscore</code>, and the dimension cut-points from the five "
        "dimensions and <code>kafw</code> together (<code>fys</code>/<code>kfys</code> …, <code>afw</code>/"
        "<code>kafw</code>). Each cut-point is the midpoint of the gap between the highest score of class k and "
        "the lowest of class k+1.</p>"
        "<p>The log reports, per boundary, the cut-point and the gap width (narrow gaps mean more data could move "
        "the boundary), any overlap (a negative gap: the classes are not monotone in the score there), and the "
        "agreement: the share of units whose class the new cut-points reproduce. Boundaries next to an empty class "
        "keep the base profile's cut-point.</p>"
        "<p>Writes a release profile (JSON) with the new cut-points and their provenance; give it to the other "
        "tools as <b>Release profile file</b>.</p>"), RELEASE_HELP,
    )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.addParameter(QgsProcessingParameterFeatureSource(self.INPUT, self.tr("Layer with scores and official classes"),
                                                              [SOURCE_VECTOR]))
        add_gemeente_filter(self)
        add_release_parameters(self)
        self.addParameter(QgsProcessingParameterFileDestination(self.PROFILE, self.tr("Calibrated release profile"),
                                                                fileFilter="Release profile (*.json)"))
        self.addOutput(QgsProcessingOutputNumber("TOTAL_AGREEMENT", self.tr("Share of total classes reproduced")))
        self.addOutput(QgsProcessingOutputNumber("DIMENSION_AGREEMENT", self.tr("Share of dimension classes reproduced")))
        self.addOutput(QgsProcessingOutputNumber("OVERLAPS", self.tr("Boundaries where classes overlap")))

    def compute(self, parameters, context, feedback):
        inp = self.read_input(parameters, context, feedback)
        base, data, source = inp.release, inp.data, inp.source
        results, changes, overlaps = {}, {}, 0
        for year in reversed(inp.years):  # the latest year that has official classes
            afw, kscore = data.afw(year, base.constant_c), data.get("kscore", year)
            pairs = [(data.get(d, year), data.get(f"k{d}", year)) for d in DIMENSIONS] + [(afw, data.get("kafw", year))]
            pairs = [(v, k) for v, k in pairs if v is not None and k is not None]
            if afw is None or kscore is None:
                continue
            total = calibrate(afw, kscore, base.total_cutpoints_afw)
            self._report(feedback, f"total score {year} (afw vs kscore)", total)
            changes["total_cutpoints_afw"] = [round(float(x), 6) for x in total.cuts]
            changes["total_cutpoints_provenance"] = self._provenance(source, total, year, "afw and kscore")
            results["TOTAL_AGREEMENT"] = total.agreement
            # The profile's release is that of the classes it was calibrated on: the annexes compare it with the data's.
            changes["years"] = [y for y in base.raw.get("years", []) if y <= year] or [year]
            overlaps += len(total.overlaps())
            if pairs:
                dim = calibrate(np.concatenate([p[0] for p in pairs]), np.concatenate([p[1] for p in pairs]),
                                base.dimension_cutpoints)
                self._report(feedback, f"dimensions and kafw {year}", dim)
                changes["dimension_cutpoints"] = [round(float(x), 6) for x in dim.cuts]
                changes["dimension_cutpoints_provenance"] = self._provenance(source, dim, year, "the five dimensions and afw with their classes")
                results["DIMENSION_AGREEMENT"] = dim.agreement
                overlaps += len(dim.overlaps())
            break
        if not changes:
            raise LbmInputError(tr("the layer has no pair of score and official class (afw with kscore, fys with kfys …) to "
                                   "calibrate on"))
        path = self.parameterAsFileOutput(parameters, self.PROFILE, context)
        changes["id"] = base.id + "_calibrated"
        changes["title"] = base.title + " (calibrated by leefbaarometer:calibrate)"
        atomic_file(path, lambda tmp: _write_text(tmp, base.to_json(**changes)))
        feedback.pushInfo(tr("Wrote {path}").format(path=path))
        return {self.PROFILE: path, "OVERLAPS": overlaps, **results}

    @staticmethod
    def _report(feedback, what, cal):
        feedback.pushInfo(tr("{what}: {n} units, agreement {agreement:.3f}%").format(what=what, n=cal.n, agreement=100 * cal.agreement))
        for b in cal.boundaries:
            if b.from_data:
                note = " OVERLAP (classes not monotone here)" if b.gap < 0 else ""
                feedback.pushInfo(tr("  {lower_class}|{upper_class}: cut {cut:.6f}, gap {gap:.6f}{note}").format(lower_class=b.lower_class,
                                     upper_class=b.lower_class + 1, cut=b.cut, gap=b.gap, note=note))
            else:
                feedback.pushWarning(tr("  {lower_class}|{upper_class}: a class is empty; kept {cut:.6f} from the base profile").format(
                                        lower_class=b.lower_class, upper_class=b.lower_class + 1, cut=b.cut))

    @staticmethod
    def _provenance(source, cal, year, what):
        return (f"CALIBRATED by leefbaarometer:calibrate on {datetime.date.today().isoformat()} from '{source.sourceName()}' "
                f"({cal.n} values of {what}, year {year}): midpoints of the gaps between classes; agreement "
                f"{100 * cal.agreement:.3f}%, {len(cal.overlaps())} overlapping boundaries. Not official.")


def _write_text(path, text):
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(text)
