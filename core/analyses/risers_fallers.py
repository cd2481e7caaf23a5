"""2. Stijgers en dalers: units that started unfavourable and rose or fell further, and the (ruim) voldoende that fell
(the reports' annexes 3 and 4)."""
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..change import driving_dimension
from ..classify import unit_classes
from ..errors import LbmInputError
from ..i18n import tr
from ..names import FALLER
from ..names import RISER
from ..names import SLIDER
from ..names import UNITS
from ..schema import DIMENSIONS
from ..years import check_year_order
from .common import require_years
from .common import weights_or_ones


@dataclass(frozen=True)
class RiserRules:
    """The criteria of stijgers, dalers and afglijders: the one place their defaults live (the tool's parameters and
    help, the annexes and the panel's view all take them from here)."""

    start_max_class: int = 4  # unfavourable: zwak or lower
    by: str = "classes"  # 'classes' or 'score'
    class_steps: int = 1  # substantial: at least this many classes up or down …
    score_delta: float = 0.05  # … or (by 'score') a change in afw of at least this
    min_weight: float = 0.0  # units below this weight (dwellings) are left out
    slide_min_class: int = 5  # afglijders start (ruim) voldoende: in these classes …
    slide_max_class: int = 6  # … and fall substantially


def risers_fallers(data, release, y0, y1, weights=None, rules=None):
    """Labels per unit: 'stijger' (started ≤ start_max and improved), 'daler' (started ≤ start_max and declined
    further), 'afglijder' (started 5–6, (ruim) voldoende, and declined); None otherwise. Also the driving dimension.
    The keys of the result are those of names.risers_fields."""
    rules = rules or RiserRules()
    check_year_order(y0, y1)
    require_years(data, y0, y1)
    k0, k1 = unit_classes(data, release, y0), unit_classes(data, release, y1)
    a0, a1 = data.afw(y0, release.constant_c), data.afw(y1, release.constant_c)
    d = a1 - a0
    if rules.by == "classes":
        up, down = (k1 - k0 >= rules.class_steps), (k0 - k1 >= rules.class_steps)
    elif rules.by == "score":
        up, down = d >= rules.score_delta, d <= -rules.score_delta
    else:
        raise LbmInputError(tr("threshold must be in 'classes' or 'score'"))
    valid = (k0 > 0) & (k1 > 0)
    big = weights_or_ones(weights, data.n) >= rules.min_weight
    label = np.full(data.n, None, dtype=object)
    low = valid & big & (k0 <= rules.start_max_class)
    label[low & up] = RISER
    label[low & down] = FALLER
    label[valid & big & (k0 >= rules.slide_min_class) & (k0 <= rules.slide_max_class) & down] = SLIDER
    dims = [data.get(dm, y1) is not None and data.get(dm, y0) is not None for dm in DIMENSIONS]
    if all(dims):
        ddims = np.column_stack([data.get(dm, y1) - data.get(dm, y0) for dm in DIMENSIONS])
        driver, share = driving_dimension(ddims, d)
    else:
        driver, share = np.full(data.n, None, dtype=object), np.full(data.n, np.nan)
    return {"label": label, "k_start": k0.astype(np.int8), "k_end": k1.astype(np.int8), "dafw": d,
            "driver": driver, "driver_share": share}


def counts_per_zone(labels, zone_codes, weights):
    """Per zone: number of units and weight per label (the lists of annexes 3 and 4)."""
    df = pd.DataFrame({"zone": zone_codes, "label": labels})
    for name, w in weights.items():
        df[name] = weights_or_ones(w, len(df))
    df = df[df.label.notna() & df.zone.notna()]
    if df.empty:
        return pd.DataFrame(columns=["zone", "label", UNITS])
    agg = df.groupby(["zone", "label"]).agg(**{UNITS: ("label", "size")}, **{n: (n, "sum") for n in weights})
    return agg.reset_index().sort_values(["zone", "label"]).reset_index(drop=True)
