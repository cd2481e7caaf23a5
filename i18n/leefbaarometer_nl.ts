<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
  <context>
    <name>Leefbaarometer</name>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Units with scores (cells, buurten)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Weight field (dwellings, households; empty = unweighted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Zone code field on the units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Zones (polygons)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Key field of the zones (detected if empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Zones with scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Zones without units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Units without a zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Layer with scores and official classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Calibrated release profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Share of total classes reproduced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Share of dimension classes reproduced</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Boundaries where classes overlap</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <location filename="../processing/algorithms/classify.py" />
      <source>Leefbaarometer layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Pairs of years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>From year (or base year)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>To year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Change-class thresholds (8 numbers; empty = release profile)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Fields to write (empty = all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Also the change in lbm (equal to the change in afw)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Table without geometry (key and new fields)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Replace change fields the input already has</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Units with scores and the indicator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Indicator field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Year of the livability classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Weight (residents, households)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Group field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Class profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Chart</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Scheme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Measures (empty = all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>User breaks (for the user scheme)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Pool years (one set of breaks for all years)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Replace class fields the input already has</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Classified</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <location filename="../processing/algorithms/hotspots.py" />
      <location filename="../processing/algorithms/risers_fallers.py" />
      <location filename="../processing/algorithms/summary.py" />
      <location filename="../processing/algorithms/trajectory.py" />
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Units with scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Near the lower class boundary: within (afw)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Very near: within</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Neighbours lower by at least</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Neighbours fell by at least</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Trends over the last … measurements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Total fell by at least</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>A dimension fell by at least</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Back-test: warn from the data up to (default: the year before the last)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Early warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Back-test</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Back-test: lift of the flagged units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Back-test in one line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Buurten with scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Households (empty: every buurt counts once)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Gemeente code field of the buurten (empty: from the buurt code)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Gemeenten</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Gemeente code field (empty: gm_code, gemeentecode, statcode …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Gemeente name field (empty: gm_naam, gemeentenaam, statnaam …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Only these gemeenten (codes, e.g. GM0599 GM0014)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Year (empty: the last year of the buurten)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Base year (empty: the measurement before the year, if any)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Layout template (.qpt; empty: the plugin's)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Overwrite existing files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Also CSV files</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Folder for the annexes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Annexes written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Measure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Permutations</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Significance level</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>False-discovery-rate correction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Grid neighbours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Random seed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Hot and cold spots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Published score file (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>… or a score table (PostGIS, GeoPackage, …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Years (e.g. 2016-2024; empty = all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Geometry of the areas (optional for the 100 m grid)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Key column in the score file (detected if empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Key field in the geometry layer (detected if empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Stop when names of matched codes differ (default: warn only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <location filename="../processing/algorithms/import_wfs.py" />
      <source>Leefbaarometer scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Areas written</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Codes with scores but no geometry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Geometries without scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Matched codes whose names differ</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Level of the scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_wfs.py" />
      <source>Layer from the official WFS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Grid cells or areas with scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Dwellings (size criterion)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Households (reported)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Severity: class at most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Duration: in at least … measurements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>… of the last … measurements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Size: at least … dwellings in the cluster</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Grid contiguity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Code fields to list (buurt, wijk, gemeente)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Areas structurally under pressure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Clusters</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Start year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>End year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Unfavourable: start class at most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Substantial change measured in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Class steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Change in afw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Weight for the minimum (dwellings)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Minimum weight</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Weights to report (dwellings, households)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Zone code fields for the lists (gemeente, wijk, buurt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Risers and fallers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Risers and fallers per zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Check published totals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Tolerance of the check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Indicator weight table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Year of the indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Region field (regional view)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Weight for the regional mean</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Units and years failing the check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>Weight fields (households, dwellings, residents)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>Group field (G4/G40/rest, province …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>Summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>Spreadsheet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Low: class at most</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Rising or falling: at least … classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Persistent laag: low in at least … (0 = every measurement)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>… of the last … measurements (0 = all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Weight (households, dwellings)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Also per neighbourhood (spatial transitions)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Trajectories</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Transition matrix</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Spatial Markov Q</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Spatial Markov Q: p-value</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Ring width</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Zones against the rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Field with the gemeente, buurt or wijk code (detected if empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Neighbour tolerance for polygons (metres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Release profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Release profile file (overrides the above)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Only these gemeenten (codes, e.g. GM0363, GM0599; empty = all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Suppressed weights (−99997, CBS)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
