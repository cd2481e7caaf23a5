"""One builder per chart: the figures in, a Chart (core/charts/spec.py) out, every mark and text placed.

Layout rules are content decisions and live here: which labels fit beside their bars and which go above them at a
narrow width, which year labels an axis can carry, where a legend wraps. Texts are measured with the function the
caller passes (`measure(text, size, bold) -> mm`, normally core/charts/render.text_width: the renderer's own font
metrics), and numbers are written by the caller's `number(value, decimals, sign=False)` (Dutch notation with a true
minus in annexes, the user's locale in the panel).

Builders:
- area_profile        the panel's profile of one area: dimension scores and total per year, bars from a zero line
- class_bars          a value per class 1–9 as bars (class profile of an indicator; gemeenten per class)
- development         a gemeente's afw per measurement year beside all areas (and its group), and per dimension in
                      small multiples
- stacked_groups      households (dwellings, residents, areas) per class group per year, as stacked bars
"""
import math

from ..i18n import tr
from .spec import Chart
from .spec import Line
from .spec import Rect
from .spec import Text
from .spec import line_height

TEXT, MUTED, AXIS, GRID, ZERO = "#222222", "#666666", "#444444", "#dddddd", "#888888"


# --- shared helpers ----------------------------------------------------------------------------------------------

def nice_ticks(lo, hi, most=5, whole=False):
    """Round tick values (steps 1, 2, 2.5, 5 × 10^k) covering lo … hi with at most `most` + 1 ticks; (ticks, step).
    `whole`: counts, so no step below 1 (an axis of 0 … 1 gemeente has ticks 0 and 1, not 0,2 0,4 …)."""
    lo, hi = float(lo), float(hi)
    if not (math.isfinite(lo) and math.isfinite(hi)):
        lo, hi = 0.0, 1.0
    if hi - lo < 1e-12:
        pad = abs(hi) * 0.1 or 0.05
        lo, hi = lo - pad, hi + pad
    raw = (hi - lo) / max(most, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw - 1e-15)
    if whole:
        step = 1.0 if step < 1 else step if step == int(step) else 2 * step  # 2,5 -> 5
    first, last = math.floor(lo / step + 1e-9), math.ceil(hi / step - 1e-9)
    ticks = [round(i * step, 12) for i in range(first, last + 1)]
    return ticks, step


# Symmetric ranges around zero for deviations (afw and the dimensions), with their tick step: a run of annexes uses a
# handful of them, so that its charts share their frames (drawn once per range) and gemeenten compare at a glance.
SYMMETRIC = ((0.05, 0.025), (0.1, 0.05), (0.15, 0.05), (0.2, 0.1), (0.3, 0.1), (0.4, 0.2), (0.6, 0.2), (0.8, 0.4),
             (1.0, 0.5), (1.5, 0.5), (2.0, 1.0), (3.0, 1.0))


def symmetric_ticks(values, margin=0.06):
    """Ticks of the smallest range ±L of SYMMETRIC that holds every value with a margin; (ticks, step)."""
    finite = [abs(v) for v in values if v is not None and math.isfinite(v)]
    need = max(finite, default=0.0) * (1 + margin)
    limit, step = next(((lim, st) for lim, st in SYMMETRIC if lim >= need), (None, None))
    if limit is None:
        return nice_ticks(-need, need)
    n = int(round(limit / step))
    return [round(i * step, 12) for i in range(-n, n + 1)], step


def decimals_for(step):
    """Decimals that tell ticks `step` apart: 0.05 -> 2, 0.025 -> 3, 0.1 -> 1, 20000 -> 0."""
    for d in range(0, 7):
        if abs(round(step, d) - step) < 1e-9 * max(1.0, abs(step)):
            return d
    return 6


def significant_decimals(values, digits=3):
    """Decimals that show the largest of `values` with `digits` significant digits (12.3, 0.123, 1234), 0 to 3."""
    finite = [abs(v) for v in values if v is not None and math.isfinite(v) and v != 0]
    if not finite:
        return 0
    return max(0, min(3, digits - 1 - math.floor(math.log10(max(finite)))))


def darker(colour, factor=1.7):
    """`colour` (#rrggbb) darkened, for the edge of a pale bar."""
    c = colour.lstrip("#")
    if len(c) == 3:
        c = "".join(ch * 2 for ch in c)
    r, g, b = (int(c[i:i + 2], 16) for i in (0, 2, 4))
    return "#{:02x}{:02x}{:02x}".format(*(int(v / factor) for v in (r, g, b)))


def elide(text, width, size, measure, bold=False):
    """`text` cut with '…' so that it fits `width` mm (whole when it fits)."""
    if measure(text, size, bold) <= width:
        return text
    while text and measure(text + "…", size, bold) > width:
        text = text[:-1]
    return text.rstrip() + "…" if text else ""


def wrap(text, width, size, measure, bold=False):
    """`text` as lines no wider than `width` mm, broken between words (a word too long for a line is elided).
    Widths add up word by word (the measure sums glyph advances), so a long paragraph is measured once."""
    lines, current, used = [], "", 0.0
    for word in str(text).split():
        extra = measure((" " if current else "") + word, size, bold)
        if used + extra <= width or not current:
            current, used = (f"{current} {word}" if current else word), used + extra
        else:
            lines.append(current)
            current, used = word, measure(word, size, bold)
    if current:
        lines.append(current)
    return [elide(line, width, size, measure, bold) for line in lines] or [""]


def _text(measure, x, y, text, size, ha="left", va="center", bold=False, colour=TEXT, role=""):
    return Text(x, y, text, size, ha, va, bold, colour, role, measure(text, size, bold))


class _Scale:
    """Linear mapping from values to positions."""

    def __init__(self, v0, v1, p0, p1):
        self.v0, self.p0 = v0, p0
        self.k = (p1 - p0) / (v1 - v0) if v1 != v0 else 0.0

    def __call__(self, v):
        return self.p0 + (v - self.v0) * self.k


def _legend(chart, measure, entries, x, y, width, size):
    """A row (or rows) of legend entries [(label, colour, kind: 'line'|'dash'|'box')] from (x, y); returns the y
    below it."""
    h = line_height(size)
    sample, gap = 6.0, 4.0
    cx, cy = x, y + h / 2
    for label, colour, kind in entries:
        w = sample + 1.5 + measure(label, size, False)
        if cx > x and cx + w > x + width:
            cx, cy = x, cy + h
        if kind == "box":
            chart.marks.append(Rect(cx + 1.5, cy - h * 0.3, sample - 3, h * 0.6, colour, darker(colour, 1.3), 0.3,
                                    gid=f"legend:{label}"))
        else:
            chart.marks.append(Line(((cx, cy), (cx + sample, cy)), colour, 1.4, kind == "dash", 3.0,
                                    gid=f"legend:{label}"))
        chart.texts.append(_text(measure, cx + sample + 1.5, cy, label, size, role="legend"))
        cx += w + gap
    return cy + h / 2


class _Axes:
    """A plot area within (left, top, right, bottom) mm: value ticks and grid on the left, category or year labels
    below, an optional title above; `x` and `y` map data to mm."""

    def __init__(self, chart, measure, number, box, y_ticks, decimals, x_values, x_labels, title=None, size=6.5,
                 y_labels=True, proportional=True, pad=3.0, sign=False, key="plot"):
        left, top, right, bottom = box
        h = line_height(size)
        self.chart, self.measure, self.size = chart, measure, size
        tick_texts = [number(t, decimals, sign and t != 0) for t in y_ticks]
        label_w = max((measure(t, size) for t in tick_texts), default=0.0) if y_labels else 0.0
        if title:
            chart.texts.append(_text(measure, left, top + h / 2, elide(title, right - left, size, measure, True), size,
                                     bold=True, role="heading"))
            top += h + 0.8
        self.left, self.right = left + (label_w + 1.2 if y_labels else 0.0), right
        self.top, self.bottom = top + h / 2, bottom - h - 0.6  # room for the top tick's label and the x labels
        self.y = _Scale(y_ticks[0], y_ticks[-1], self.bottom, self.top)
        xs = sorted(x_values)
        if proportional and len(xs) > 1:
            # the first and last labels stay within the plot's box (small multiples stand side by side)
            edge = max((measure(lab, size) for lab in (x_labels[0], x_labels[-1]) if lab), default=0.0) / 2 + 0.3
            self.x = _Scale(xs[0], xs[-1], self.left + max(pad, edge), self.right - max(pad, edge))
        elif len(xs) > 1:  # categories: equal slots
            slot = (self.right - self.left) / len(xs)
            pos = {v: self.left + slot * (i + 0.5) for i, v in enumerate(xs)}
            self.x = pos.__getitem__
            self.slot = slot
        else:
            mid = (self.left + self.right) / 2
            self.x = lambda v: mid
            self.slot = self.right - self.left
        # Grid lines as one mark per kind (a segment per tick, gid 'grid-y@panel:v1;v2;…' in segment order): a chart draws
        # in a fraction of the time of one mark per line. The zero line is darker, a mark of its own.
        grid = [t for t in y_ticks if t != 0]
        if grid:
            chart.marks.append(Line(_segments([((self.left, self.y(t)), (self.right, self.y(t))) for t in grid]), GRID, 0.4,
                                    gid=f"grid-y@{key}:" + ";".join(repr(t) for t in grid), frame=True))
        if 0 in y_ticks:
            chart.marks.append(Line(((self.left, self.y(0)), (self.right, self.y(0))), ZERO, 0.6, gid=f"grid-y@{key}:0",
                                    frame=True))
        if y_labels:
            for t, text in zip(y_ticks, tick_texts):
                chart.texts.append(_text(measure, self.left - 1.2, self.y(t), text, size, ha="right", colour=MUTED, role="tick"))
        # Year or category labels below: all where they fit side by side, else the first and the last.
        shown = [(v, lab) for v, lab in zip(xs, x_labels) if lab]
        widths = [measure(lab, size) for _, lab in shown]
        fits = all(self.x(b) - self.x(a) >= (wa + wb) / 2 + 1.0
                   for (a, _), (b, _), wa, wb in zip(shown, shown[1:], widths, widths[1:]))
        if not fits and len(shown) > 2:
            shown = [shown[0], shown[-1]]
        for v, lab in shown:
            chart.texts.append(_text(measure, self.x(v), bottom - h / 2, lab, size, ha="center", colour=MUTED, role="tick"))
        if proportional and xs:
            chart.marks.append(Line(_segments([((self.x(v), self.top), (self.x(v), self.bottom)) for v in xs]), GRID, 0.3,
                                    gid=f"grid-x@{key}:" + ";".join(repr(v) for v in xs), frame=True))


def _segments(pairs):
    """Points of several straight segments as one polyline with breaks (None) between them."""
    out = []
    for a, b in pairs:
        out += [a, b, None]
    return tuple(out[:-1])


def _value_range(values):
    """(low, high) of the finite values and zero."""
    finite = [v for v in values if v is not None and math.isfinite(v)]
    lo, hi = (min(finite), max(finite)) if finite else (0.0, 0.0)
    return min(lo, 0.0), max(hi, 0.0)


# --- the panel's area profile ------------------------------------------------------------------------------------

PANEL_SIZE = 8.0  # points, as the panel's font
PANEL_PAD = 4 * 25.4 / 96  # 4 px of a 96-dpi screen
STACK_BELOW = 300 * 25.4 / 96  # narrower than 300 px: labels go above their bars
NOTES_FROM = 420 * 25.4 / 96  # from 420 px: the class is written after each value


def area_profile(width, measure, number, title="", dims=(), dims_year=None, totals=()):
    """The panel's profile of one area at `width` mm: its five dimension scores of `dims_year` and its total
    score (afw) per year, each a bar from a zero line with its value at the bar's end, in the map's class colours
    with a darker edge (the pale class 5 stays visible on white).

    dims: [(name, value or None, class label, colour)]; totals: [(year, afw or None, class label, colour)].
    Labels, bars and values each get their own room at any width, negative scores included: below STACK_BELOW
    a label goes on a line of its own above its bar; from NOTES_FROM the class follows each value where the bars
    keep 40 % of the row. The chart is as tall as its rows need.
    """
    size, pad = PANEL_SIZE, PANEL_PAD
    line = line_height(size)
    row_h = line + 4 * 25.4 / 96
    chart = Chart(width, 0.0)
    inner = max(width - 2 * pad, 1.0)
    if not title:  # no area (the panel shows its own message then)
        chart.height = 2 * pad
        return chart
    y = pad
    for text in wrap(title, inner, size, measure, True):
        chart.texts.append(_text(measure, pad, y + line / 2, text, size, bold=True, role="title"))
        y += line
    y += pad
    heading = tr("Dimensions {year}").format(year=dims_year) if dims_year else tr("Dimensions: no scores")
    sections = [(heading, [(name, note, value, colour) for name, value, note, colour in dims]),
                (tr("Total score (afw) per year"), [(str(year), note, value, colour) for year, value, note, colour in totals])]
    stacked = width < STACK_BELOW
    right = width - pad
    laid = []
    for head, rows in sections:
        label_w = 0.0 if stacked else min(max((measure(r[0], size) for r in rows), default=0.0), width * 0.45)
        laid.append((head, rows, label_w, pad + (label_w + pad if label_w else 0.0)))

    def value_text(row, with_note):
        if row[2] is None:
            return tr("no score")
        text = number(row[2], 3)
        return f"{text} {row[1]}" if with_note and row[1] else text

    def scale(rows, texts, left):
        values = [r[2] for r in rows if r[2] is not None]
        neg = max([-v for v in values if v < 0] + [0.0])
        pos = max([v for v in values if v > 0] + [0.0])
        text_neg = max([measure(t, size) for r, t in zip(rows, texts) if r[2] is not None and r[2] < 0] + [0.0])
        text_pos = max([measure(t, size) for r, t in zip(rows, texts) if r[2] is None or r[2] >= 0] + [0.0])
        bars_left = left + (text_neg + pad if text_neg else 0.0)
        bars_right = right - (text_pos + pad if text_pos else 0.0)
        span = max(bars_right - bars_left, 0.3)
        if neg + pos <= 0:
            return bars_left, 0.0, span
        return bars_left + span * neg / (neg + pos), span / (neg + pos), span

    with_note = width >= NOTES_FROM and all(
        scale(rows, [value_text(r, True) for r in rows], left)[2] >= 0.4 * (right - left) or not any(r[2] for r in rows)
        for _, rows, _, left in laid)
    for s, (head, rows, label_w, left) in enumerate(laid):
        y += pad
        chart.texts.append(_text(measure, pad, y + line / 2, elide(head, inner, size, measure, True), size, bold=True,
                                 role="heading"))
        y += line + 2 * 25.4 / 96
        texts = [value_text(r, with_note) for r in rows]
        zero, per_unit, _ = scale(rows, texts, left)
        top = y
        for i, (row, text) in enumerate(zip(rows, texts)):
            label, _, value, colour = row
            if stacked:
                chart.texts.append(_text(measure, pad, y + line / 2, elide(label, inner, size, measure), size, role="label"))
                y += line
            else:
                chart.texts.append(_text(measure, pad, y + row_h / 2, elide(label, label_w, size, measure), size,
                                         role="label"))
            mid = y + row_h / 2
            if value is None:
                chart.texts.append(_text(measure, zero + pad, mid, text, size, colour=MUTED, role="value"))
            else:
                end = zero + value * per_unit
                x0, x1 = sorted((zero, end))
                bar_top = y + 2 * 25.4 / 96
                chart.marks.append(Rect(x0, bar_top, max(x1 - x0, 0.25), row_h - 4 * 25.4 / 96, colour, darker(colour), 0.75,
                                        gid=f"bar:{s}:{i}"))
                if value < 0:
                    chart.texts.append(_text(measure, x0 - pad / 2, mid, text, size, ha="right", role="value"))
                else:
                    chart.texts.append(_text(measure, x1 + pad / 2, mid, text, size, role="value"))
            y += row_h
        chart.marks.append(Line(((zero, top), (zero, y)), AXIS, 0.75, gid=f"axis:{s}"))
    chart.height = y + pad
    return chart


# --- bars per class ------------------------------------------------------------------------------------------------

def class_bars(width, height, measure, number, labels, values, colours, decimals=None, title=None, note=None,
               size=7.0):
    """A bar per class (labels '1 zeer onvoldoende' … '9 uitstekend') with its value above it (below a negative
    one); class labels wrapped into their slot under the bars. `title` and `note` (a source line) are drawn at the
    top and the bottom where given (a print layout gives its own heading)."""
    chart = Chart(width, height, title=title or "")
    h = line_height(size)
    top, bottom = 1.0, height - 1.0
    if title:
        chart.texts.append(_text(measure, width / 2, top + h / 2, title, size + 2, ha="center", bold=True, role="title"))
        top += line_height(size + 2) + 1.5
    if note:
        for text in reversed(wrap(note, width - 2, size - 1, measure)):
            chart.texts.append(_text(measure, width / 2, bottom - line_height(size - 1) / 2, text, size - 1, ha="center",
                                     colour=MUTED, role="note"))
            bottom -= line_height(size - 1)
        bottom -= 1.0
    finite = [v for v in values if v is not None and math.isfinite(v)]
    lo, hi = _value_range(finite)
    ticks, step = nice_ticks(lo, hi, whole=decimals == 0)
    if decimals is None:
        decimals = decimals_for(step)
    slot = (width - 14.0) / max(len(labels), 1)
    wrapped = [wrap(lab, slot - 1.0, size - 0.5, measure) for lab in labels]
    label_lines = max((len(w) for w in wrapped), default=1)
    axes = _Axes(chart, measure, number, (1.0, top + h, width - 1.0, bottom - (label_lines - 1) * line_height(size - 0.5)),
                 ticks, decimals_for(step), list(range(len(labels))), [""] * len(labels), size=size - 0.5,
                 proportional=False)
    bar_w = min(axes.slot * 0.7, 16.0)
    zero = axes.y(0.0)
    for i, (value, colour) in enumerate(zip(values, colours)):
        cx = axes.x(i)
        if value is not None and math.isfinite(value) and value != 0:  # a zero has its value written, no bar
            y1 = axes.y(value)
            y0, y1 = sorted((zero, y1))
            chart.marks.append(Rect(cx - bar_w / 2, y0, bar_w, max(y1 - y0, 0.2), colour, darker(colour), 0.5,
                                    gid=f"bar:{i + 1}"))
        if value is not None and math.isfinite(value):
            text = number(value, decimals)
            y0 = min(zero, axes.y(value))
            y1 = max(zero, axes.y(value))
            if value >= 0:
                chart.texts.append(_text(measure, cx, y0 - h / 2 - 0.4, text, size, ha="center", va="center", role="value"))
            else:
                chart.texts.append(_text(measure, cx, y1 + h / 2 + 0.4, text, size, ha="center", va="center", role="value"))
        for j, text in enumerate(wrapped[i]):
            yy = axes.bottom + 0.6 + line_height(size - 0.5) * (j + 0.5)
            chart.texts.append(_text(measure, cx, yy, text, size - 0.5, ha="center", colour=TEXT, role="label"))
    return chart


# --- the annex: development over the years -------------------------------------------------------------------------

SERIES_STYLE = {"gemeente": ("#1f4e79", False, 3.2), "alle": ("#7f7f7f", True, 2.4), "groep": ("#d95f02", False, 2.4)}


def development(width, measure, number, years, series, names, dimension_years=(), dimension_series=None,
                dimension_names=None, size=6.5):
    """The gemeente's mean afw per measurement year beside the mean of all areas of the layer and of its group
    (G4/G40/rest) where known, and below it the five dimensions in small multiples on one shared scale. Both scales
    are symmetric around zero (afw and the dimensions are deviations), from a short list of ranges (SYMMETRIC).

    series: {'gemeente'|'alle'|'groep': [value per year, None where missing]}; names: {key: legend label};
    dimension_series: {dimension: {key: [value per dimension year]}}; dimension_names: {dimension: title}.
    Lines carry gid 'series:{key}:{measure}', grid lines 'grid-y@{measure}:{values}' and 'grid-x@{measure}:{years}'.
    """
    keys = [k for k in ("gemeente", "alle", "groep") if k in series]
    chart = Chart(width, 0.0, title="Ontwikkeling")
    y = _legend(chart, measure, [(names[k], SERIES_STYLE[k][0], "dash" if SERIES_STYLE[k][1] else "line") for k in keys],
                0.0, 0.0, width, size) + 1.0
    main_h = 46.0
    values = [v for k in keys for v in series[k]]
    ticks, step = symmetric_ticks(values)
    axes = _Axes(chart, measure, number, (0.0, y, width, y + main_h), ticks, decimals_for(step), list(years),
                 [str(v) for v in years], title="Totaalscore (afw)", size=size, key="afw")
    _lines(chart, axes, years, series, keys, "afw")
    y += main_h + 4.0
    dims = list(dimension_series or {})
    if dims and dimension_years:
        values = [v for d in dims for k in keys for v in dimension_series[d].get(k, [])]
        ticks, step = symmetric_ticks(values)
        gap = 3.0
        panel_w = (width - gap * (len(dims) - 1)) / len(dims)
        small_h = 36.0
        for i, d in enumerate(dims):
            left = i * (panel_w + gap)
            axes = _Axes(chart, measure, number, (left, y, left + panel_w, y + small_h), ticks, decimals_for(step),
                         list(dimension_years), [str(v) for v in dimension_years], title=dimension_names.get(d, d),
                         size=size, y_labels=(i == 0), pad=2.0, key=d)
            _lines(chart, axes, dimension_years, dimension_series[d], keys, d)
        y += small_h
    chart.height = y + 1.0
    return chart


def _lines(chart, axes, years, series, keys, measure_name):
    for k in reversed(keys):  # the gemeente's line on top
        colour, dash, marker = SERIES_STYLE[k]
        points = tuple((axes.x(yr), axes.y(v)) for yr, v in zip(years, series.get(k, []))
                       if v is not None and math.isfinite(v))
        if points:
            chart.marks.append(Line(points, colour, 1.6 if k == "gemeente" else 1.1, dash, marker,
                                    gid=f"series:{k}:{measure_name}"))


# --- the annex: households per class group ------------------------------------------------------------------------

def stacked_groups(width, height, measure, number, years, groups, unit, size=6.5):
    """Per year a bar of the households (or `unit`) in each class group, stacked from the lowest group up.

    groups: [(key, label, colour, [value per year])]. Bars carry gid 'bar:{year}:{key}'.
    """
    chart = Chart(width, height, title=unit)
    y = _legend(chart, measure, [(label, colour, "box") for _, label, colour, _ in groups], 0.0, 0.0, width, size) + 1.0
    totals = [sum(v[i] for _, _, _, v in groups if v[i] is not None and math.isfinite(v[i])) for i in range(len(years))]
    ticks, step = nice_ticks(0.0, max(totals + [1.0]), most=4, whole=True)
    axes = _Axes(chart, measure, number, (0.0, y, width, height - 1.0), ticks, decimals_for(step), list(years),
                 [str(v) for v in years], title=unit[:1].upper() + unit[1:], size=size, proportional=False)
    bar_w = min(axes.slot * 0.6, 14.0)
    for i, yr in enumerate(years):
        base = 0.0
        for key, _, colour, vals in groups:
            v = vals[i]
            if v is None or not math.isfinite(v) or v <= 0:
                continue
            y0, y1 = axes.y(base + v), axes.y(base)
            chart.marks.append(Rect(axes.x(yr) - bar_w / 2, y0, bar_w, y1 - y0, colour, darker(colour, 1.3), 0.3,
                                    gid=f"bar:{yr}:{key}"))
            base += v
    return chart
