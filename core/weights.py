"""Weights (dwellings, households, residents): one rule for every weighted tool.

NULL counts as 0 and CBS's suppressed count (−99997) as the user chooses; both are counted so the tool can
report them. Negative weights are an error.
"""
from dataclasses import dataclass

import numpy as np

from .errors import LbmInputError
from .i18n import tr
from .i18n import tr_noop
from .values import numeric

SUPPRESSED = -99997  # CBS: a count too small to publish
SUPPRESSED_RULES = ("zero", "two", "error")
SUPPRESSED_NAMES = {
    "zero": tr_noop("Count as 0 (the unit adds nothing)"),
    "two": tr_noop("Count as 2 (middle of CBS's 'fewer than 5')"),
    "error": tr_noop("Stop with an error"),
}

@dataclass
class Weights:
    values: np.ndarray
    suppressed: int  # units whose weight was −99997
    missing: int  # units without a weight (NULL): they count as 0


def clean_weights(raw, rule="zero", name="weight"):
    """Weights ready for use: −99997 by `rule`, NULL as 0 (counted), negative values an error."""
    w = np.asarray(raw, dtype=float).copy()
    suppressed = w == SUPPRESSED
    if suppressed.any() and rule == "error":
        raise LbmInputError(
            tr("{suppressed} units have a suppressed {name} (−99997, CBS). Choose how to count them (SUPPRESSED: as 0 or as 2).").format(
               suppressed=int(suppressed.sum()), name=name)
        )
    w[suppressed] = 2.0 if rule == "two" else 0.0
    missing = np.isnan(w)
    w[missing] = 0.0
    if (w < 0).any():
        bad = np.asarray(raw, dtype=float)[w < 0][:3]
        raise LbmInputError(tr("{name} has negative values, e.g. {values}").format(name=name, values=', '.join(str(b) for b in bad)))
    return Weights(w, int(suppressed.sum()), int(missing.sum()))



def weight_messages(weights, name, rule="zero"):
    """What a tool says about a weight field: NULLs counted as 0, suppressed counts as the rule says."""
    out = []
    if weights.missing:
        out.append(tr("{count} units have no {name} (NULL): they count as 0").format(count=weights.missing, name=name))
    if weights.suppressed:
        out.append(tr("{count} units have a suppressed {name} (−99997): {rule}").format(
            count=weights.suppressed, name=name, rule=tr(SUPPRESSED_NAMES[rule]).lower()))
    return out


def check_some_weight(weights, name):
    """A weight that is 0 or NULL everywhere weighs nothing: every weighted mean would be empty."""
    if len(weights) and not (weights > 0).any():
        raise LbmInputError(tr("the weight field '{name}' is 0 or NULL for every unit: nothing to weigh with. Choose another "
                               "field, or none (every unit counts once)").format(name=name))


def weight_column(extra, field, report=None, rule="zero"):
    """A weight field as numbers by the one rule (clean_weights): NULL counts as 0, CBS-suppressed (−99997) by
    `rule`; each count goes to `report` (e.g. feedback.pushWarning). None without a field (unweighted)."""
    if not field:
        return None
    w = clean_weights(numeric(extra[field], field), rule, field)
    for message in weight_messages(w, field, rule):
        if report is not None:
            report(message)
    check_some_weight(w.values, field)
    return w.values


def indicator_column(extra, field):
    """An indicator field as numbers: NULL and CBS-suppressed (−99997) are missing (NaN)."""
    v = numeric(extra[field], field)
    v[v == SUPPRESSED] = np.nan
    return v
