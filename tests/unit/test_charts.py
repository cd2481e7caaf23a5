"""core/charts without QGIS: the builders' layout rules, matplotlib's drawing read back from the SVG, and the
guard that the charts never touch matplotlib's global state."""
import math
import os
import subprocess
import sys

import pytest

from ..helpers import PLUGINS
from ..helpers import axis_scale
from ..helpers import box_of
from ..helpers import boxes_overlap
from ..helpers import svg_drawing

MINUS = "\u2212"
PT = 72 / 25.4  # SVG points per mm


def dutch(value, decimals, sign=False):
    """A second, plain writing of Dutch notation: grouping dots, a decimal comma, a true minus."""
    text = f"{abs(value):,.{decimals}f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return (MINUS if round(value, decimals) < 0 else "+" if sign and round(value, decimals) > 0 else "") + text


def test_nice_ticks_and_their_decimals():
    from leefbaarometer.core.charts.builders import decimals_for
    from leefbaarometer.core.charts.builders import nice_ticks
    from leefbaarometer.core.charts.builders import significant_decimals
    from leefbaarometer.core.charts.builders import symmetric_ticks

    assert symmetric_ticks([-0.116, 0.053]) == ([-0.15, -0.1, -0.05, 0.0, 0.05, 0.1, 0.15], 0.05)
    assert symmetric_ticks([0.028, 0.042])[0] == [-0.05, -0.025, 0.0, 0.025, 0.05]
    assert symmetric_ticks([0.048])[0][-1] == 0.1  # 0,048 with its margin does not fit ±0,05
    assert nice_ticks(-0.116, 0.053) == ([-0.15, -0.1, -0.05, 0.0, 0.05, 0.1], 0.05)
    assert nice_ticks(0, 38538, most=4) == ([0.0, 10000.0, 20000.0, 30000.0, 40000.0], 10000)
    # counts: whole steps only (the overview of three gemeenten had an axis 0,0 0,2 … 1,0)
    assert nice_ticks(0, 1, whole=True) == ([0.0, 1.0], 1.0)
    assert nice_ticks(0, 7, whole=True) == ([0.0, 2.0, 4.0, 6.0, 8.0], 2.0)
    assert nice_ticks(0, 11, whole=True) == ([0.0, 5.0, 10.0, 15.0], 5.0)  # step 2,5 -> 5
    ticks, _ = nice_ticks(0.0, 0.0)  # one value: a range around it
    assert ticks[0] <= -0.05 and ticks[-1] >= 0.05 and 0.0 in ticks
    assert [decimals_for(s) for s in (0.05, 0.025, 0.1, 20000, 2.5)] == [2, 3, 1, 0, 1]
    assert [significant_decimals(v) for v in ([12.3, 4], [0.1234], [1234.0], [], [0.0])] == [1, 3, 0, 0, 0]


def test_wrap_and_elide_fit_the_width():
    from leefbaarometer.core.charts.builders import elide
    from leefbaarometer.core.charts.builders import wrap
    from leefbaarometer.core.charts.render import text_width

    text = "In 2022 scoort Rotterdam gemiddeld ruim voldoende (afw −0,055)."
    lines = wrap(text, 40.0, 8, text_width)
    assert len(lines) > 1 and " ".join(lines) == text
    assert all(text_width(line, 8) <= 40.0 for line in lines)
    assert elide("Overlast en onveiligheid", 20.0, 8, text_width).endswith("…")
    assert text_width(elide("Overlast en onveiligheid", 20.0, 8, text_width), 8) <= 20.0
    assert elide("fys", 20.0, 8, text_width) == "fys"
    # Widths grow with the text and the size, bold is wider.
    assert text_width("2002", 8) < text_width("20022", 8) < text_width("20022", 9) < text_width("20022", 9, True)


def area(values, years_values):
    dims = [(name, v, "zwak", "#fee090") for name, v in zip(
        ("Fysieke omgeving", "Overlast en onveiligheid", "Sociale samenhang", "Voorzieningen", "Woningvoorraad"), values)]
    totals = [(y, v, "zwak", "#fee090") for y, v in years_values]
    return dims, totals


@pytest.mark.parametrize("width_px", [160, 220, 299, 300, 360, 419, 420, 520, 800])
def test_the_area_profile_never_overlaps_as_drawn(width_px):
    """At every width, in the SVG matplotlib writes (texts as their glyph outlines, bars as drawn): nothing overlaps,
    everything is inside the drawing, and every value is there in Dutch notation with a true minus."""
    from leefbaarometer.core.charts import builders
    from leefbaarometer.core.charts import render
    from leefbaarometer.core.numformat import dutch_number

    dims, totals = area([-0.05, -0.123, 0.02, 0.08, -0.01],
                        [(2002, -0.1), (2008, -0.141), (2012, None), (2014, 0.004), (2022, -0.083)])
    chart = builders.area_profile(width_px * 25.4 / 96, render.text_width, dutch_number, "Centrum (BU05990110)", dims,
                                  2022, totals)
    drawing = svg_drawing(render.svg(chart))
    w, h = drawing["size"]
    assert w == pytest.approx(chart.width * PT, abs=0.01) and h == pytest.approx(chart.height * PT, abs=0.01)
    boxes = drawing["texts"] + [("bar", box_of(p[0])) for gid, p in drawing["marks"].items() if gid.startswith("bar:")]
    assert len([b for b in boxes if b[0] == "bar"]) == 9
    for i, (name, box) in enumerate(boxes):
        assert box[0] >= -0.01 and box[2] <= w + 0.01 and box[1] >= -0.01 and box[3] <= h + 0.01, (name, box)
        for other, box2 in boxes[i + 1:]:
            assert not boxes_overlap(box, box2, 0.3), (width_px, name, other)
    texts = [t for t, _ in drawing["texts"]]
    for v in (-0.05, -0.123, 0.02, 0.08, -0.01, -0.1, -0.141, 0.004, -0.083):
        assert any(t.split(" ")[0] == dutch(v, 3) for t in texts), (v, texts)
    assert "no score" in texts and not any(t.startswith("-") for t in texts)
    # A narrow panel puts the labels above their bars; a wide one writes the class after the value.
    assert ("−0,123 zwak" in texts) == (width_px >= 420)


def test_bars_of_the_area_profile_are_proportional_to_their_values():
    from leefbaarometer.core.charts import builders
    from leefbaarometer.core.charts import render
    from leefbaarometer.core.numformat import dutch_number

    values = [-0.05, -0.123, 0.02, 0.08, -0.01]
    dims, totals = area(values, [(2022, -0.083)])
    marks = svg_drawing(render.svg(builders.area_profile(100.0, render.text_width, dutch_number, "x", dims, 2022,
                                                         totals)))["marks"]
    zero = marks["axis:0"][0][0][0]
    ends = []
    for i, v in enumerate(values):
        x0, _, x1, _ = box_of(marks[f"bar:0:{i}"][0])
        ends.append(x0 - zero if v < 0 else x1 - zero)
    ratios = [e / v for e, v in zip(ends, values)]
    assert max(ratios) == pytest.approx(min(ratios), rel=1e-4)


def test_development_chart_plots_the_given_means_read_back_from_its_grid():
    from leefbaarometer.core.charts import builders
    from leefbaarometer.core.charts import render
    from leefbaarometer.core.numformat import dutch_number

    years = [2002, 2008, 2012, 2014, 2016, 2018, 2020, 2022]
    own = [-0.116, -0.112, -0.084, -0.093, -0.079, -0.077, -0.040, -0.055]
    everyone = [-0.005, 0.0, 0.015, 0.028, 0.044, 0.049, 0.050, 0.053]
    dims = {d: {"gemeente": [0.01 * i - 0.02, 0.0, -0.01, 0.02]} for i, d in enumerate(("fys", "onv", "soc", "vrz", "won"))}
    chart = builders.development(186.0, render.text_width, dutch_number, years, {"gemeente": own, "alle": everyone},
                                 {"gemeente": "Rotterdam", "alle": "alle postcodegebieden"}, [2014, 2018, 2020, 2022], dims,
                                 {"fys": "Fysieke omgeving"})
    marks = svg_drawing(render.svg(chart))["marks"]
    to_value, to_year = axis_scale(marks, "y", "afw"), axis_scale(marks, "x", "afw")
    for key, want in (("gemeente", own), ("alle", everyone)):
        points = marks[f"series:{key}:afw"][0]
        assert [round(to_year(x)) for x, _ in points] == years
        assert [to_value(y) for _, y in points] == pytest.approx(want, abs=1e-5)
    to_value, to_year = axis_scale(marks, "y", "onv"), axis_scale(marks, "x", "onv")
    points = marks["series:gemeente:onv"][0]
    assert [round(to_year(x)) for x, _ in points] == [2014, 2018, 2020, 2022]
    assert [to_value(y) for _, y in points] == pytest.approx(dims["onv"]["gemeente"], abs=1e-5)
    # The headings and legend are texts a print layout takes as labels; tick numbers in Dutch notation.
    roles = {(t.role, t.text) for t in chart.texts}
    assert {("heading", "Totaalscore (afw)"), ("legend", "Rotterdam"), ("legend", "alle postcodegebieden"),
            ("heading", "Fysieke omgeving"), ("tick", "2002"), ("tick", dutch(-0.15, 2))} <= roles


def test_stacked_groups_heights_are_the_counts():
    from leefbaarometer.core.charts import builders
    from leefbaarometer.core.charts import render
    from leefbaarometer.core.numformat import dutch_number

    groups = [("w13", "onvoldoende of lager", "#f46d43", [8.0, 7.0, 0.0]), ("w4", "zwak", "#fee090", [21.0, 24.0, 22.0]),
              ("w59", "voldoende of hoger", "#74add1", [46.0, 44.0, 51.0])]
    marks = svg_drawing(render.svg(builders.stacked_groups(186.0, 62.0, render.text_width, dutch_number,
                                                           [2002, 2008, 2012], groups, "postcodegebieden")))["marks"]
    to_value = axis_scale(marks, "y")
    for key, _, _, values in groups:
        for year, v in zip((2002, 2008, 2012), values):
            if v == 0:
                assert f"bar:{year}:{key}" not in marks
                continue
            _, y0, _, y1 = box_of(marks[f"bar:{year}:{key}"][0])
            assert to_value(y0) - to_value(y1) == pytest.approx(v, abs=1e-3)


def test_class_bars_write_values_and_wrap_class_names():
    from leefbaarometer.core.charts import builders
    from leefbaarometer.core.charts import render
    from leefbaarometer.core.numformat import dutch_number

    labels = ["1 zeer onvoldoende", "2 ruim onvoldoende", "3 onvoldoende", "4 zwak", "5 voldoende", "6 ruim voldoende",
              "7 goed", "8 zeer goed", "9 uitstekend"]
    values = [0, 1, 4, 17, 60, 120, 90, 40, 10]
    chart = builders.class_bars(186.0, 70.0, render.text_width, dutch_number, labels, values, ["#777777"] * 9, 0)
    drawing = svg_drawing(render.svg(chart))
    texts = drawing["texts"]
    assert all(str(v) in [t for t, _ in texts] for v in values)
    words = " ".join(t.text for t in chart.texts if t.role == "label")
    assert "onvoldoende" in words and "uitstekend" in words
    for i, (name, box) in enumerate(texts):
        for other, box2 in texts[i + 1:]:
            assert not boxes_overlap(box, box2, 0.3), (name, other)
    to_value = axis_scale(drawing["marks"], "y")
    for i, v in enumerate(values):
        if v:
            _, y0, _, y1 = box_of(drawing["marks"][f"bar:{i + 1}"][0])
            assert to_value(y0) - to_value(y1) == pytest.approx(v, abs=1e-3)


def test_png_is_drawn_too():
    from leefbaarometer.core.charts import builders
    from leefbaarometer.core.charts import render
    from leefbaarometer.core.numformat import dutch_number

    data = render.png(builders.class_bars(100.0, 60.0, render.text_width, dutch_number, ["a", "b"], [1.0, 2.0],
                                          ["#ff0000", "#0000ff"], 0, title="t", note="bron"))
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert abs(width - 100 / 25.4 * 150) <= 1  # matplotlib rounds the pixel size down


CHILD = """
import sys
sys.path.insert(0, sys.argv[1])
{prelude}
from leefbaarometer.core.charts import builders, render
from leefbaarometer.core.numformat import dutch_number
try:
    render.svg(builders.class_bars(100.0, 60.0, render.text_width, dutch_number, ["a"], [1.0], ["#ff0000"], 0))
    import matplotlib
    print("ok", "matplotlib.pyplot" in sys.modules, matplotlib.get_backend() if "matplotlib.pyplot" in sys.modules else "-",
          matplotlib.rcParams["svg.fonttype"])
except Exception as exc:
    print(type(exc).__name__, exc)
"""


def child(prelude=""):
    run = subprocess.run([sys.executable, "-c", CHILD.format(prelude=prelude), PLUGINS], capture_output=True, text=True,
                         timeout=120, env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    assert run.returncode == 0, run.stderr
    return run.stdout.strip().splitlines()[-1]


def test_charts_never_import_pyplot_nor_change_matplotlibs_settings():
    assert child() == "ok False - path"


def test_without_matplotlib_the_message_names_the_debian_package():
    out = child("sys.modules['matplotlib'] = None  # as if it were not installed")
    assert out.startswith("LbmInputError") and "python3-matplotlib" in out and "pip install matplotlib" in out


def test_core_charts_import_matplotlib_only_when_drawing():
    out = subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv[1]); "
                          "import leefbaarometer.core.charts.builders, leefbaarometer.core.charts.render, "
                          "leefbaarometer.core.annex; print(any(m.startswith('matplotlib') for m in sys.modules))", PLUGINS],
                         capture_output=True, text=True, timeout=120).stdout.strip()
    assert out == "False"


def test_nan_and_none_are_gaps_never_zero():
    from leefbaarometer.core.charts import builders
    from leefbaarometer.core.charts import render
    from leefbaarometer.core.numformat import dutch_number

    chart = builders.development(186.0, render.text_width, dutch_number, [2002, 2008, 2012],
                                 {"gemeente": [0.1, None, math.nan], "alle": [0.0, 0.01, 0.02]},
                                 {"gemeente": "A", "alle": "alle buurten"})
    marks = svg_drawing(render.svg(chart))["marks"]
    assert len(marks["series:gemeente:afw"][0]) == 1 and len(marks["series:alle:afw"][0]) == 3


def test_frame_and_data_parts_make_the_whole_chart():
    """A print layout lays a chart's data over its frame, drawn once per scale: the frame has the grid lines and the
    tick texts, the data the series and no text, on a transparent ground; charts on one scale share a frame key."""
    from leefbaarometer.core.charts import builders
    from leefbaarometer.core.charts import render
    from leefbaarometer.core.numformat import dutch_number

    def chart(own):
        return builders.development(186.0, render.text_width, dutch_number, [2018, 2020, 2022],
                                    {"gemeente": own, "alle": [0.01, 0.02, 0.03]}, {"gemeente": "A", "alle": "alle buurten"})

    a, b = chart([-0.02, 0.0, 0.01]), chart([0.01, -0.02, 0.0])  # other data, the same range
    assert a.frame_key({"tick"}) == b.frame_key({"tick"})  # the same scale: one frame for both
    assert a.frame_key({"tick"}) != chart([-0.2, 0.0, 0.01]).frame_key({"tick"})
    frame = svg_drawing(render.svg(a, roles={"tick"}, part="frame"))
    data = svg_drawing(render.svg(a, part="data"))
    assert any(g.startswith("grid-y@afw") for g in frame["marks"]) and not any(g.startswith("series") for g in frame["marks"])
    texts = {t for t, _ in frame["texts"]}
    assert {"2018", "2022", dutch(0.05, 3), dutch(-0.05, 3)} <= texts  # ±0,050: the symmetric range that holds 0,03
    assert data["texts"] == [] and "series:gemeente:afw" in data["marks"]
    assert not any(g.startswith("grid") for g in data["marks"])
    assert b"fill: #ffffff" not in render.svg(a, part="data").split(b"</metadata>")[1][:400]  # no white ground


def test_text_width_is_not_changed_by_a_drawing():
    """A glyph measured for the first time after a PNG chart was drawn has its true width: matplotlib's shared font
    object, which the Agg renderer sets to the size it draws, once made it several times too narrow (labels of the
    panel overflowed; the annex's wrapped and lost words)."""
    from matplotlib import ft2font
    from matplotlib.font_manager import FontProperties
    from matplotlib.font_manager import findfont

    from leefbaarometer.core.charts import builders
    from leefbaarometer.core.charts import render
    from leefbaarometer.core.charts.spec import PT
    from leefbaarometer.core.numformat import dutch_number

    render.png(builders.class_bars(100.0, 60.0, render.text_width, dutch_number, ["a", "b"], [1.0, 2.0],
                                   ["#777777"] * 2, 0), dpi=150)
    char = "Ж"  # measured nowhere else in the suite
    font = ft2font.FT2Font(findfont(FontProperties(family=render.FONT)))
    font.set_size(10, 72)
    flags = ft2font.LoadFlags.NO_HINTING if hasattr(ft2font, "LoadFlags") else ft2font.LOAD_NO_HINTING
    expected = font.load_char(ord(char), flags=flags).linearHoriAdvance / 65536.0 * PT  # 10 pt in mm
    assert render.text_width(char, 10) == pytest.approx(expected, rel=1e-9)
    assert 3.0 < expected < 4.5  # a capital of 10 pt: about 3,8 mm
