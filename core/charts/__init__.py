"""Charts: what a chart shows (spec.py), one builder per chart with its layout rules (builders.py), and drawing it
to SVG or PNG bytes with matplotlib (render.py, the only module that imports matplotlib, lazily).

The panel shows a chart's SVG (ui/area_profile.py); processing/charts.py writes one as a file output and puts one
into a print layout: the marks as a picture, the texts as native labels (searchable in the PDF).
"""
