<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
  <context>
    <name>Leefbaarometer</name>
    <message>
      <location filename="../plugin.py" />
      <source>Leefbaarometer panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>start of the trend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>warning year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>back-test year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>last year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>a back-test needs two measurements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>Back-test (warning from the data up to {year}, judged on {year}→{end}): {share:.1%} of {units} units in class ≥ 5 flagged; fell a class: flagged {rate_flagged:.1%}, not flagged {rate_others:.1%} (lift {lift:.1f}); per level: {levels}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>threshold must be in 'classes' or 'score'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>no total score for {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>year(s) {missing} not in the layer; it has {have}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>duration needs {min_years} measurements; only {n_years} chosen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>early warning needs {needed} measurements; the layer has {n_years}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/analyses.py" />
      <source>the back-test year {year} is not among the years ({years})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/annex.py" />
      <source>the buurt layer has no total scores (afw or lbm) of any year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/annex.py" />
      <source>year {y} is not in the buurt layer; it has {listed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/annex.py" />
      <source>base year {b} is not in the buurt layer; it has {listed}. Leave the base year empty to take the measurement before the year, if any</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/annex.py" />
      <source>the base year ({b}) must come before the year ({y})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/area_filter.py" />
      <source>not a gemeente code: {bad} (write GM0363, or 363)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/area_filter.py" />
      <source>the layer has no field '{field}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/area_filter.py" />
      <source>a gemeente filter needs a field with the gemeente code (gm_code, gemeentecode) or with buurt or wijk codes (bu_code, wk_code, code); the layer has {field_names}. Add gemeente codes to the layer first (for grid cells: join the CBS square statistics, which carry gemeentecode).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/area_filter.py" />
      <source>a year range is written 2016-2024, 2016- or -2020, not '{text}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/area_filter.py" />
      <source>the year range {text} ends before it starts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/calibrate.py" />
      <source>no unit has both a score and a class 1–9 to calibrate on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/calibrate.py" />
      <source>the derived cut-points are not increasing (classes overlap too much, or empty classes sit between kept and derived cut-points): {cuts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Differences (d…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Change classes (kd…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Class transitions (tr_…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Driving dimension (drv_…, drvsh_…)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>One pair of years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Every consecutive pair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Base year against every later year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <location filename="../processing/algorithms/classify.py" />
      <source>first year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>second year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>base year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>last year to compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>change needs at least two years; the layer has {years}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>year {y} is not in the layer; it has {years}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>the base year {base} is the last year of the layer: there is no later year to compare</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>no total score for {a}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>Official classes of the release</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>Quantiles (equal counts)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>Equal intervals</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>Natural breaks (Fisher–Jenks, exact up to {exact_max:,} values)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>User breaks</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>unknown scheme '{scheme}'; choose one of {schemes}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>user breaks '{text}': the commas could be decimal commas or separators. Separate the breaks with semicolons or spaces, e.g. '-0,1; 0; 0,1' or '-0.1 0 0.1'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>user breaks must be numbers separated by semicolons or spaces, e.g. '-0.2; -0.1; 0; 0.1' or '-0,2 -0,1 0 0,1'; not numbers: {values}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>give 1 to 8 user breaks (for at most 9 classes); got {n_breaks}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>user breaks must increase: {breaks}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>natural breaks computed on {sample:,} of {n_values:,} values (sampled; exact up to {exact_max:,} values)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>{what}: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/gridcodes.py" />
      <source>{bad} grid id(s) are not of the form E&lt;x/100&gt;N&lt;y/100&gt; (like E1213N4879): {examples}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/hotspots.py" />
      <source>hot spots need at least three units with a score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/hotspots.py" />
      <source>all scores are equal: there are no hot or cold spots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/join.py" />
      <source>{differ} of {compared} matched codes have another name in the geometry layer than in the scores{more}: {shown}. The codes may belong to another boundary year (codes are re-used for other areas): use the boundaries of the scores' year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/join.py" />
      <source>the {what} has {n_dup} code(s) on more than one feature, e.g. {examples}. Dissolve the layer by its code first (Vector ▸ Geoprocessing ▸ Dissolve).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/join.py" />
      <source> (first {n} shown)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/join.py" />
      <source>{code}: scores '{a}', geometry '{b}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/neighbours.py" />
      <source>connectivity must be 4 or 8</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/neighbours.py" />
      <source>the layer has duplicate grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/plausible.py" />
      <source>{where} has {bad} value(s) that are no {measure} score: {examples}{lines}. Values of {measure} lie between {range_text}; correct those cells or leave them empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>unknown release profile '{name_or_path}': give a profile file or one of {release_names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {where} lacks the entry {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {where}: {name} must be 8 increasing numbers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>the stored release profile is not valid JSON: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {path} is not valid JSON: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{path}: cannot read the file as text (UTF-8 or Windows-1252)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{path}: the file is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{path}: the file has a header but no rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: no year column ('jaar' or 'year'); the file has: {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: no score columns found. Expected some of {measures}; the file has: {columns}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: the layer has no features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: column '{what}' has {bad} value(s) that are not numbers: {values} (line {line_numbers})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: {missing_key} row(s) have no value in key column '{key_col}' (line {line_numbers})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: column '{year_col}' must hold a measurement year such as 2024; {bad_year} row(s) do not (line {line_numbers})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: {dup} rows repeat an area and year, e.g. {key_col} {keys} in {years} (lines {lines}). Each area may appear once per year.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>years {unknown} are not LBM 3.0 measurement years ({years}); they are kept as they are</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: column(s) {empty} have no value in any row; remove them or fill them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: year(s) {without} have rows but no total score ({m}) in any of them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>no rows in the years {first}-{last}; the scores have {years}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{path}: not a well-formed CSV file ({exc})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: the key column '{key}' is not in the file (columns: {columns})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: no key column found. Expected one of {key_columns}; the file has: {columns}. Name the key column with the KEY parameter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/scoredata.py" />
      <source>the layer has no Leefbaarometer scores: expected fields like afw_2024 (the plugin's schema, see 'Import published scores') or the official WFS fields afw, fys, … with year. Its fields: {field_names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/scoredata.py" />
      <source>the layer holds the official WFS fields for {n_years} years ({y}); convert it first with 'Import official WFS layer', which makes one feature per area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/scoredata.py" />
      <source>year {year} has no total score in any of the {n} units (field(s) {fields} are NULL everywhere). Choose other years (YEARS), or import that year's scores again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>the weight table has no rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>the weight table needs columns indicator, dimension, weight[, transform]; missing: {missing}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>weight table line {line}: weight is not a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>cannot read the weight table {path}: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>weight table line {line}: dimension '{dimension}' is not one of {dimensions}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>weight table line {line}: transform '{transform}' is not one of {transforms}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>indicator '{name}' has values ≤ 0: the log transform needs positive values</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/values.py" />
      <source>field '{what}' holds {n_bad} value(s) that are not numbers, e.g. {bad}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Score classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Deviation (kafw)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Change between two years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Risers and fallers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <location filename="../processing/algorithms/pressure.py" />
      <source>Structurally under pressure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Total score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Physical environment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Nuisance and insecurity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Social cohesion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Amenities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Housing stock</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>no score</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>hot spot: high scores clustered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>cold spot: low scores clustered</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>not significant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>no neighbours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>high</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>medium</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>n/a (class &lt; 5)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>riser</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>faller</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>slider (from voldoende)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>persistently low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>newly low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>alternately low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>recovering</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>falling</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>rising</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>stable</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>under pressure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>not under pressure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{credit}; classes: {release}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>criteria in the field 'criteria' (not official)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{measure} {year} (deviation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{measure} {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Structurally under pressure (clusters)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{credit} (classes computed from the scores)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{measure}: change {year_from}–{year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Risers and fallers {year_from}–{year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{credit}; start zwak or lower, 1 class step (default, not official)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Class ≤ {max_class} in ≥ {min_years} of {years}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{credit}; without the requirements of size and contiguity: use the algorithm for those (not official)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>Count as 0 (the unit adds nothing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>Count as 2 (middle of CBS's 'fewer than 5')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>Stop with an error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>{suppressed} units have a suppressed {name} (−99997, CBS). Choose how to count them (SUPPRESSED: as 0 or as 2).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>{name} has negative values, e.g. {values}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>{count} units have no {name} (NULL): they count as 0</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>{count} units have a suppressed {name} (−99997): {rule}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>the weight field '{name}' is 0 or NULL for every unit: nothing to weigh with. Choose another field, or none (every unit counts once)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>start year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>end year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>year(s) {missing} are not in the layer; it has {available}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>the {first} ({year_from}) must come before the {second} ({year_to})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>years must be numbers like 2022, 2024: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Aggregate to zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <location filename="../processing/algorithms/calibrate.py" />
      <location filename="../processing/algorithms/change.py" />
      <location filename="../processing/algorithms/classify.py" />
      <location filename="../processing/algorithms/score.py" />
      <source>Analysis</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>&lt;p&gt;Rolls scores of fine units (100 m cells, buurten) up to zones (buurten, wijken, gemeenten, your own areas), as the Leefbaarometer does for its higher levels: per zone the weighted mean of every measure and year (&lt;code&gt;afw_2024&lt;/code&gt; …), the classes recomputed from those means (&lt;code&gt;kscore_2024&lt;/code&gt;, &lt;code&gt;kafw_2024&lt;/code&gt;, &lt;code&gt;kfys_2024&lt;/code&gt; …), the number of units and the total weight, and the weight living in each class of the units (&lt;code&gt;wk1_2024&lt;/code&gt; … &lt;code&gt;wk9_2024&lt;/code&gt;) and class group: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Weight&lt;/b&gt;: dwellings, households or residents (a field of the units); empty = every unit counts once. The official weights are not published: a household- or dwelling-weighted mean of 2024 buurten reproduces the official gemeente scores within about 0.003; an unweighted mean can be far off. Units without a weight (NULL) count as 0 and are reported. CBS suppresses small counts as −99997: choose how to count them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones&lt;/b&gt;: a code field on the units (&lt;b&gt;Zone code field&lt;/b&gt;, e.g. gm_code), and/or a polygon layer (&lt;b&gt;Zones&lt;/b&gt;) with its key field. With both, zones join by code; with the polygon layer only, a unit belongs to the zone that contains its centroid. With the code field only, the output is a table without geometry. Zones without units and units without a zone are counted and named in the log.&lt;/p&gt;&lt;p&gt;Unit classes for the weights per class are the units' own &lt;code&gt;kscore_{year}&lt;/code&gt; where present, else computed from their afw with the release profile.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
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
      <location filename="../processing/algorithms/aggregate.py" />
      <source>give the zones: a zone code field on the units, or a polygon layer of zones (or both)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>zones</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>{n_zone_keys} zones from {without_zone} units; weight: {weight_field}; release profile {title}. {credit}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>{without_zone} units have no zone and are left out</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>{n_empty} zones have no units with scores: {zone_keys}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>none (unweighted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Leefbaarometer by {zone}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>the zones layer has codes on more than one feature: {keys}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>cannot tell the key field of the zones layer (fields: {names}); choose ZONE_KEY</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>{n_unknown} zone code(s) of the units are not in the zones layer: {unknown}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Calibrate classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>&lt;p&gt;Derives class cut-points from any layer that carries both scores and the official classes, such as the official WFS layer &lt;code&gt;buurtscore24&lt;/code&gt; or &lt;code&gt;clippedgridscore24&lt;/code&gt;: the total-score cut-points from &lt;code&gt;afw&lt;/code&gt; and &lt;code&gt;kscore&lt;/code&gt;, and the dimension cut-points from the five dimensions and &lt;code&gt;kafw&lt;/code&gt; together (&lt;code&gt;fys&lt;/code&gt;/&lt;code&gt;kfys&lt;/code&gt; …, &lt;code&gt;afw&lt;/code&gt;/&lt;code&gt;kafw&lt;/code&gt;). Each cut-point is the midpoint of the gap between the highest score of class k and the lowest of class k+1.&lt;/p&gt;&lt;p&gt;The log reports, per boundary, the cut-point and the gap width (narrow gaps mean more data could move the boundary), any overlap (a negative gap: the classes are not monotone in the score there), and the agreement: the share of units whose class the new cut-points reproduce. Boundaries next to an empty class keep the base profile's cut-point.&lt;/p&gt;&lt;p&gt;Writes a release profile (JSON) with the new cut-points and their provenance; give it to the other tools as &lt;b&gt;Release profile file&lt;/b&gt;.&lt;/p&gt;</source>
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
      <location filename="../processing/algorithms/calibrate.py" />
      <source>the layer has no pair of score and official class (afw with kscore, fys with kfys …) to calibrate on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Wrote {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>{what}: {n} units, agreement {agreement:.3f}%</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>  {lower_class}|{upper_class}: cut {cut:.6f}, gap {gap:.6f}{note}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>  {lower_class}|{upper_class}: a class is empty; kept {cut:.6f} from the base profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Change between years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>&lt;p&gt;Change between two measurements, for the total and each dimension. For each pair of years &lt;i&gt;a&lt;/i&gt;→&lt;i&gt;b&lt;/i&gt; it adds:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;d{measure}_{a}_{b}&lt;/code&gt;: the difference (&lt;code&gt;dafw&lt;/code&gt;, &lt;code&gt;dfys&lt;/code&gt; …);&lt;/li&gt;&lt;li&gt;&lt;code&gt;kd{measure}_{a}_{b}&lt;/code&gt;: a change class, 1 sterke daling … 5 stabiel … 9 sterke stijging;&lt;/li&gt;&lt;li&gt;&lt;code&gt;tr_{a}_{b}&lt;/code&gt;: the transition of the total-score class, e.g. &lt;code&gt;4→6&lt;/code&gt;;&lt;/li&gt;&lt;li&gt;&lt;code&gt;drv_{a}_{b}&lt;/code&gt; and &lt;code&gt;drvsh_{a}_{b}&lt;/code&gt;: the dimension that contributed most to the change (in its direction) and its share of it (1.0 = this dimension alone; above 1, others partly undid it).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Fields to write&lt;/b&gt; (default all four kinds). The change in lbm (&lt;code&gt;dlbm&lt;/code&gt;, &lt;code&gt;kdlbm&lt;/code&gt;) equals the change in afw within one release (lbm = C + afw), so it is written only when asked (default: no). &lt;b&gt;Table without geometry&lt;/b&gt; (default: no): the output is the layer's key (grid_id, PC4, bu_code …) and the new fields only, to join back to a layer you have; much smaller and faster at national size.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pairs&lt;/b&gt;: one pair (default: the last two years), every consecutive pair, or a base year against every later year. Years without dimension scores (2002, 2008, 2012, 2016) give NULL dimension changes and no driver, never zeros.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Change classes&lt;/b&gt;: the official reports' thresholds are not published. The default cut-points (±0.0196, ±0.0392, ±0.0784, ±0.1568: half, one, two and four dimension-class widths) are the plugin's own and are stored in the release profile; give 8 other numbers in &lt;b&gt;Thresholds&lt;/b&gt; to override them.&lt;/p&gt;&lt;p&gt;Only compare years of one release: every release recomputes all years. The output opens styled with a diverging, colour-blind safe palette (orange = decline, purple = improvement).&lt;/p&gt;</source>
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
      <location filename="../ui/dock.py" />
      <source>Change</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>give exactly 8 increasing change-class thresholds, e.g. -0.16 -0.08 -0.04 -0.02 0.02 0.04 0.08 0.16</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Pairs: {pairs}; thresholds {thresholds} ({source})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>user</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>release profile, plugin default, not official</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Leefbaarometer change {year_from}–{year_to}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Livability against an indicator (class profile)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <location filename="../processing/algorithms/early_warning.py" />
      <location filename="../processing/algorithms/hotspots.py" />
      <location filename="../processing/algorithms/pressure.py" />
      <location filename="../processing/algorithms/risers_fallers.py" />
      <location filename="../processing/algorithms/summary.py" />
      <location filename="../processing/algorithms/trajectory.py" />
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Report analyses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>&lt;p&gt;How another indicator (share of residents with poor health, income, crime …) differs between the livability classes: per class and class group the weighted mean of the indicator, the ratio between the worst and the best group (onvoldoende of lager 1–3 against goed t/m uitstekend 7–9: the reports' "factor 3.5") and the rank correlation (Spearman) of afw and the indicator; overall and per group of gemeenten. A chart (PNG) shows the mean per class.&lt;/p&gt;&lt;p&gt;An association, not a cause: the Leefbaarometer itself is built from such indicators.&lt;/p&gt;</source>
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
      <location filename="../processing/algorithms/class_profile.py" />
      <source>{indicator}: ratio 1-3 / 7-9 = {verhouding_13_79:.2f}, Spearman with afw = {spearman_afw:.2f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Total score (kscore)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Deviation (kafw, official scheme only)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Classify scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>&lt;p&gt;Adds class fields, integers 1–9 (1 zeer onvoldoende … 9 uitstekend): &lt;code&gt;kscore_{{year}}&lt;/code&gt; for the total score, &lt;code&gt;k{{dim}}_{{year}}&lt;/code&gt; for the dimensions (&lt;code&gt;kfys&lt;/code&gt;, &lt;code&gt;konv&lt;/code&gt;, &lt;code&gt;ksoc&lt;/code&gt;, &lt;code&gt;kvrz&lt;/code&gt;, &lt;code&gt;kwon&lt;/code&gt;) and &lt;code&gt;kafw_{{year}}&lt;/code&gt; for the deviation. Reads the plugin's field schema or a layer straight from the official WFS (flat &lt;code&gt;afw&lt;/code&gt;, &lt;code&gt;fys&lt;/code&gt; … with &lt;code&gt;year&lt;/code&gt;). Input fields are never overwritten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schemes&lt;/b&gt;. &lt;i&gt;Official&lt;/i&gt; (default): the release's cut-points; dimensions and kafw use the symmetric cut-points ±0.0392, ±0.0784, ±0.1568, ±0.2352, which reproduce the official classes; the total uses calibrated cut-points (the official ones are not published). A value exactly on a cut-point goes to the upper class. &lt;i&gt;Quantiles&lt;/i&gt;, &lt;i&gt;equal intervals&lt;/i&gt;, &lt;i&gt;natural breaks&lt;/i&gt; (Fisher–Jenks: the classes of least within-class sum of squares, exact up to {exact_max:,} values; above that computed on {sample:,} evenly spaced order statistics, and the log says so) and &lt;i&gt;user breaks&lt;/i&gt; (1–8 increasing numbers) compute breaks per measure; with &lt;b&gt;pool years&lt;/b&gt; (default) one set of breaks serves all years, so maps of different years compare. Years without dimension scores (2002, 2008, 2012, 2016) get no dimension classes; units without a score get NULL.&lt;/p&gt;&lt;p&gt;The output opens styled by the total-score class of the latest year.&lt;/p&gt;</source>
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
      <location filename="../processing/algorithms/classify.py" />
      <source>nothing to classify: the chosen measures have no scores in the chosen years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Scheme: {scheme}; release profile: {title}. {credit}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Leefbaarometer classes {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>{target}: breaks {breaks} ({which})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>all years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Early warning (vroegsignalering)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>&lt;p&gt;&lt;b&gt;Indicative.&lt;/b&gt; Units that still score voldoende or better (class ≥ 5) in the last measurement but risk sliding a class in the not too long term. A warning needs &lt;b&gt;nearness&lt;/b&gt;: afw within a margin (default {near}) of the lower boundary of the unit's class. Its level is &lt;i&gt;laag&lt;/i&gt;, raised one step for each of: &lt;b&gt;very near&lt;/b&gt; (within {very_near}); &lt;b&gt;neighbours&lt;/b&gt; whose mean afw is at least {neighbour_gap} lower (buren lager) or fell at least {neighbour_decline} (dalende buren); a &lt;b&gt;falling trend&lt;/b&gt; of the total (at least {decline}) or of a dimension (at least {dimension_decline}) over the last N measurements (default 1): &lt;i&gt;midden&lt;/i&gt; with one, &lt;i&gt;hoog&lt;/i&gt; with two or more. A weak dimension alone is no risk factor: it is the normal state of many areas. Neighbours: grid cells 8 neighbours; polygons a shared boundary (after repair of invalid polygons); units without neighbours have &lt;code&gt;buren&lt;/code&gt; = geen buren.&lt;/p&gt;&lt;p&gt;Output fields: &lt;code&gt;risico&lt;/code&gt; (−2 geen score, no total score in the year; −1 n.v.t., class below 5; 0 geen; 1 laag; 2 midden; 3 hoog), &lt;code&gt;risico_label&lt;/code&gt;, &lt;code&gt;redenen&lt;/code&gt;, &lt;code&gt;marge&lt;/code&gt; (afw above the lower class boundary), &lt;code&gt;dafw_trend&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Back-test&lt;/b&gt;: the tool computes the same warning from the measurements up to an earlier year (default: the one before the last) and reports how the flagged and unflagged units fared up to the last measurement: the share flagged, the rate of falling at least one class per level and the lift (rate of the flagged / rate of the unflagged), in the log and in the back-test table. On the national PC4 file (warning from the data up to 2020, judged on 2020→2022) see the README. The thresholds are the plugin's own, chosen by such back-tests; they are not official.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Early warning (indicative)</source>
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
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Warning for {year} ({criteria}): {counts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>'very near' ({very_near}) cannot be wider than 'near' ({near})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>No back-test: the layer has too few measurements before {years}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Export annexes per gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>&lt;p&gt;For every gemeente (or the codes you list) an annex as the ministry sends the gemeenten concerned: a PDF made from a print-layout template with an atlas over the gemeenten, and a spreadsheet with the same tables. The PDF holds a map of the gemeente's buurten in score classes and a map of the change since the base year (the other buurten pale grey, with scale bar, north arrow and legend), a summary (weighted mean afw and class, households per class group and their change, beside the figures for all buurten of the layer), and the tables: buurten structurally under pressure (bijlage 2), stijgers (3), dalers (4) and the lowest scores on overlast en onveiligheid (5); sources, release, classification and criteria; page numbers. Numbers in Dutch notation; the PDF's text is text (searchable) and it carries a title and keywords. Once per run an index lists every gemeente with its counts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Files as published&lt;/b&gt; work as they are: the official WFS buurten (one year, fields code and naam) and CBS's gemeenten (gemeentecode, gemeentenaam; also gm_code/gm_naam, statcode/statnaam) — or choose the fields. Year and base year follow the data when left empty: the last year of the layer and the one before it. With one year the annex shows that year; the change map, stijgers and dalers, and the duration of pressure each give way to one sentence saying why.&lt;/p&gt;&lt;p&gt;File names are safe and predictable: &lt;code&gt;GM0599_Rotterdam.pdf&lt;/code&gt;, &lt;code&gt;GM0796_s-Hertogenbosch.xlsx&lt;/code&gt;. Existing files are not overwritten unless you allow it. Each file is written to a temporary name and moved into place when complete; cancelling stops between gemeenten. A gemeente whose annex fails does not stop the others: the run finishes them, lists the failures and then fails.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Template&lt;/b&gt;: the plugin's own (&lt;code&gt;resources/annex_template.qpt&lt;/code&gt;) or yours for page 1; the export fills items with the ids titel, ondertitel, kaart_klassen, kaart_verandering, legenda_klassen, legenda_verandering where the template has them, and adds the table pages.&lt;/p&gt;&lt;p&gt;Households weigh the means and counts (CBS key figures joined to the buurten); without them every buurt counts once and the annex counts buurten. The criteria are the plugin's defaults, not the ministry's (not published).&lt;/p&gt;</source>
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
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>give the buurten and the gemeenten as layers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Finding neighbouring buurten …</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Year {y}, base year {b}; counting {unit}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the buurt layer has no buurt code field (bu_code, buurtcode, statcode or code); its fields: {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>unknown gemeente code(s): {unknown}; the gemeenten layer has e.g. {gem_names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>— (one measurement)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>{failed} of {chosen} annexes failed (the other {written} are written): {which}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the gemeenten layer has no gemeente code field (gm_code, gemeentecode, statcode or code); choose it as 'Gemeente code field'. Its fields: {fields}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the gemeenten layer has no gemeente codes in field {field}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>no gemeente code of the buurten (e.g. {some}) is in the gemeenten layer (field {gem_code_f}, e.g. {gem_names})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the buurt layer has no buurten of {without}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>{n_existing} annex file(s) exist already, e.g. {existing}; allow overwriting, or choose another folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>{n}/{total}: {code} {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the buurt layer lacks the scores to draw the {view} map of {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>{code} {name}: {exc}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Hot and cold spots</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>&lt;p&gt;Local spatial clusters of low scores (&lt;i&gt;cold&lt;/i&gt;) and high scores (&lt;i&gt;hot&lt;/i&gt;) with the Getis–Ord Gi* statistic: each unit with its neighbours (grid cells: 8 or 4 neighbours; other polygons: a shared boundary, see &lt;b&gt;Neighbour tolerance&lt;/b&gt; below), binary weights. Per year: &lt;code&gt;gi_{year}&lt;/code&gt; (the z-score), &lt;code&gt;gip_{year}&lt;/code&gt; (a pseudo p-value from conditional permutations: the unit keeps its score, its neighbours are drawn at random from the others) and &lt;code&gt;spot_{year}&lt;/code&gt; (hot, cold or ns at the chosen significance level, &lt;i&gt;geen buren&lt;/i&gt; for a unit without neighbours, whose count is in &lt;code&gt;buren&lt;/code&gt;; optionally with the Benjamini–Hochberg false-discovery-rate correction, advisable with many units). Over the years, &lt;code&gt;spot_change&lt;/code&gt; compares the first and the last year: nieuw, blijvend, versterkt / afnemend (|z| up or down by at least 1), verdwenen, omgeslagen. Computed with numpy, so the plugin needs no extra library; random draws are seeded, so results repeat.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <location filename="../ui/dock.py" />
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
      <source>Hot and cold spots {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>8 (corners too)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>4 (edges)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>the layer has no values of {measure} in any year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>{year}: {hot} hot, {cold} cold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Import published scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>&lt;p&gt;Loads a published Leefbaarometer score file (long format: one row per area and year, as in &lt;i&gt;Leefbaarometer-scores buurten 2002-2024.csv&lt;/i&gt;) onto the areas' geometry, with one field per measure and year: &lt;code&gt;lbm_2024&lt;/code&gt;, &lt;code&gt;afw_2024&lt;/code&gt;, &lt;code&gt;fys_2024&lt;/code&gt; … This is the field schema every other Leefbaarometer tool reads.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scores&lt;/b&gt;: the CSV file. Comma, semicolon or tab separated; a decimal comma is understood; &lt;code&gt;NA&lt;/code&gt; or empty cells become NULL. Extra columns (a row number, say) are ignored.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Or a score table&lt;/b&gt;: the same columns in a table of any data source, such as a PostGIS table the CSV was loaded into (key, &lt;code&gt;jaar&lt;/code&gt;, &lt;code&gt;lbm&lt;/code&gt;, &lt;code&gt;afw&lt;/code&gt; …; geometry is not read). Give either the file or the table.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Years&lt;/b&gt;: a range such as &lt;code&gt;2016-2024&lt;/code&gt;, &lt;code&gt;2016-&lt;/code&gt; or &lt;code&gt;-2020&lt;/code&gt; (empty = all). From a table, the database itself selects the years.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: any destination, a PostGIS table included (… → Save to Database Table).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Geometry&lt;/b&gt;: a polygon layer with the same codes (buurt, wijk, gemeente, PC4 boundaries). Optional for the 100 m grid: cells are built from their ids (E1213N4879 = lower-left corner 121300, 487900 in RD New). Any CRS; the output is in EPSG:28992 (RD New).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Key&lt;/b&gt;: detected from grid_id, PC4, bu_code, wk_code, gm_code or code. &lt;b&gt;Key field in the geometry layer&lt;/b&gt;: detected from the same name or a usual alias (postcode, buurtcode, statcode …).&lt;/p&gt;&lt;p&gt;The output holds one feature per area with both geometry and scores. Codes with scores but no geometry, and geometries without scores, are counted and named in the log. In the open data the dimension scores are NULL in 2002, 2008, 2012 and 2016; that is kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Names&lt;/b&gt;: where the scores have a name column (&lt;code&gt;bu_naam&lt;/code&gt;, &lt;code&gt;wk_naam&lt;/code&gt;, &lt;code&gt;gm_naam&lt;/code&gt;) and the geometry layer a name field (&lt;code&gt;buurtnaam&lt;/code&gt;, &lt;code&gt;statnaam&lt;/code&gt;, &lt;code&gt;naam&lt;/code&gt; …), the names of every matched code are compared, ignoring case, accents, spaces and punctuation; a missing name is not compared. Codes are re-used for other areas between boundary years (2024 scores on 2021 buurten put the scores of &lt;i&gt;Ermelo - Noord&lt;/i&gt; on &lt;i&gt;Ermelo-Oost&lt;/i&gt;), so different names are warned about with their number and five examples. &lt;b&gt;Stop when names differ&lt;/b&gt; (default: off, warn only) stops the import instead, and nothing is written.&lt;/p&gt;&lt;p&gt;Do not mix files of different releases: every release recomputes all years.&lt;/p&gt;</source>
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
      <location filename="../processing/algorithms/import_scores.py" />
      <source>give either a published score file (SCORES) or a score table (SCORE_TABLE)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Names not compared: no matched code has a name on both sides</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the geometry layer has no features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Wrote {n_keep} areas.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Leefbaarometer {level}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>{n_rows} rows: {n_areas} areas ({level}, key '{key}'), years {y}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Joining on geometry field '{field}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>no code of the scores matches the geometry layer (scores e.g. {score_keys}; geometry e.g. {geom_keys}). Check the key fields and the level.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>{count} code(s) have scores but no geometry: {match}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>{count} geometries have no scores: {match}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Reading {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Ignored columns: {table}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Names compared ('{score_name}' with '{name_field}'): the {compared} matched codes with a name on both sides have the same names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>{check} Stopped because 'Stop when names of matched codes differ' is on; nothing was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the score table has no year column ('jaar' or 'year'); its fields are {names}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the scores are per {level} (key '{key}'): give the GEOMETRY layer with their boundaries. Only the 100 m grid (grid_id) can be built without it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Names not compared: {side} have no name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the geometry layer has no field '{key}' (nor {aliases}); its fields are {names}. Choose its key field with GEOMETRY_KEY.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the geometry layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_wfs.py" />
      <source>Import official WFS layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_wfs.py" />
      <source>&lt;p&gt;Converts a layer from the official Leefbaarometer WFS (for example &lt;code&gt;lbm3:buurtscore24&lt;/code&gt; or &lt;code&gt;lbm3:gemeentescore24&lt;/code&gt;, saved or added from the WFS) into the plugin's field schema: its flat fields &lt;code&gt;afw&lt;/code&gt;, &lt;code&gt;fys&lt;/code&gt; … and class fields &lt;code&gt;kscore&lt;/code&gt;, &lt;code&gt;kafw&lt;/code&gt;, &lt;code&gt;kfys&lt;/code&gt; … of year &lt;code&gt;year&lt;/code&gt; become &lt;code&gt;afw_2024&lt;/code&gt;, &lt;code&gt;kscore_2024&lt;/code&gt; and so on. Layers of several years (one feature per area and year) are merged into one feature per area. The WFS carries no &lt;code&gt;lbm&lt;/code&gt; field; it is not invented.&lt;/p&gt;&lt;p&gt;Any CRS; the output is in EPSG:28992 (RD New). The input is not changed.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/import_wfs.py" />
      <source>Layer from the official WFS</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Structurally under pressure (structureel onder druk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>&lt;p&gt;Areas where livability is &lt;i&gt;structureel onder druk&lt;/i&gt;, selected on three criteria:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;severity&lt;/b&gt;: total-score class at most 3 (onvoldoende or lower) by default;&lt;/li&gt;&lt;li&gt;&lt;b&gt;duration&lt;/b&gt;: in at least M of the last K measurements (default 3 of 4);&lt;/li&gt;&lt;li&gt;&lt;b&gt;size&lt;/b&gt;: a contiguous cluster of such units with at least N dwellings (default 100; the weight field). Without a dwellings field every unit counts as one, so the minimum then counts units (the log says so).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Grid cells (a &lt;code&gt;grid_id&lt;/code&gt; field) are contiguous as 8- or 4-neighbours; other polygons (buurten) when they share a boundary. Each cluster becomes one dissolved area with its units, dwellings, households, the codes it touches (its own units' codes, e.g. PC4 or grid_id, and the buurt, wijk and gemeente code fields you give), its weighted afw and class in the last year, the number of the chosen measurements in which the cluster as a whole was under pressure, how many of them run without a break up to the last one, and its weakest dimension: the material of the reports' annex 2.&lt;/p&gt;</source>
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
      <location filename="../processing/algorithms/pressure.py" />
      <source>{n_table} clusters ({crit})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>8 neighbours (corners too)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>4 neighbours (edges)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>No dwellings field (WEIGHT): the size criterion counts units instead, so a cluster needs at least {min_weight:g} units. Give the dwellings field, or lower the minimum for polygons.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Risers and fallers (stijgers en dalers)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>&lt;p&gt;Between a start and an end year, the units that started with an unfavourable class (zwak or lower, class ≤ 4 by default) and then &lt;b&gt;rose&lt;/b&gt; substantially (&lt;i&gt;stijger&lt;/i&gt;) or &lt;b&gt;fell&lt;/b&gt; further (&lt;i&gt;daler&lt;/i&gt;), and the units that started (ruim) voldoende (5–6) and fell (&lt;i&gt;afglijder&lt;/i&gt;). Substantial: at least N class steps (default 1, e.g. onvoldoende → zwak) or a change in afw of at least a given amount. Units below a minimum weight (e.g. dwellings) are left out.&lt;/p&gt;&lt;p&gt;Outputs: the flagged units (only those) with their classes, change, the dimension that contributed most (&lt;code&gt;driver&lt;/code&gt;) and its share, and a list per zone (gemeente, wijk, buurt code fields) with counts and weights per label: the material of the reports' annexes 3 and 4.&lt;/p&gt;</source>
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
      <source>Risers and fallers per zone</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>{crit}: {risers} stijgers, {fallers} dalers, {sliders} afglijders</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Risers and fallers {year_from}–{year_to}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>class steps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>change in afw</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Compute and check scores</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>&lt;p&gt;Three ways to compute scores; each adds fields and never overwrites one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Totals from dimensions&lt;/b&gt; (always): for every year with the five dimension scores, &lt;code&gt;afw_{year}&lt;/code&gt; = fys + onv + soc + vrz + won where the layer lacks it, and &lt;code&gt;lbm_{year}&lt;/code&gt; = C + afw where it lacks that (the official WFS carries no lbm). &lt;b&gt;Check&lt;/b&gt;: where the layer has published totals, a field &lt;code&gt;chk_{year}&lt;/code&gt; is 1 where afw differs from the sum of the dimensions, or lbm from C + afw, by more than the tolerance; the log gives the count and the largest difference.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dimensions from indicators&lt;/b&gt; (optional): a weight table (CSV with columns &lt;code&gt;indicator&lt;/code&gt;, &lt;code&gt;dimension&lt;/code&gt;, &lt;code&gt;weight&lt;/code&gt; and optionally &lt;code&gt;transform&lt;/code&gt;: none, z, minmax or log) turns indicator fields of the layer into dimension scores &lt;code&gt;{dim}_{year}&lt;/code&gt; = Σ weight × transform(indicator), so a gemeente can score its own indicators transparently. The Leefbaarometer's own 94 indicator weights are in the methodology report, not in the open data: the table is yours. A unit missing an indicator gets a NULL dimension score.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regional view&lt;/b&gt; (optional): with a region field (gemeente, COROP, your own), &lt;code&gt;r{measure}_{year}&lt;/code&gt; = the score minus the weighted mean of its region (weight field optional), to see where an area stands within its own region rather than nationally.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <location filename="../ui/dock.py" />
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
      <location filename="../processing/algorithms/score.py" />
      <source>nothing to compute: the layer already has every total, and no weight table or region was given</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>the weight table names indicator field(s) the layer does not have: {missing}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Dimension scores {dims} from {n_table} weighted indicators</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Regional view over {n_uniques} regions of '{region_field}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>check {year}: {flags} of {n_flags} disagree; largest difference {largest:.3g}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>{disagreements} unit-years disagree beyond the tolerance: see the chk_{{year}} fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>National picture (summary)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>&lt;p&gt;The picture the reports open with, for the whole layer (the country, a province, a gemeente) and per group of gemeenten: per year the weighted mean of the total score and each dimension (weighted by the first weight field), and per weight field (households, dwellings, residents: whichever you give) the total and the amount living in each class and class group: onvoldoende of lager (1–3), zwak (4), voldoende t/m ruim voldoende (5–6), goed t/m uitstekend (7–9), plus the change of those amounts since the previous year in the table ("963,000 households zwak or lower, 43,000 more than in 2022").&lt;/p&gt;&lt;p&gt;&lt;b&gt;Group field&lt;/b&gt;: any field of the units naming a group: G4/G40/rest, province, shrinking region. Units' classes are their own kscore where present, else computed with the release profile.&lt;/p&gt;&lt;p&gt;Output: a table (rows: group × year) and, optionally, a spreadsheet with the same table and the sources.&lt;/p&gt;</source>
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
      <source>Trajectories and transitions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>&lt;p&gt;Per unit its class in every chosen year (&lt;code&gt;traject&lt;/code&gt;, e.g. &lt;code&gt;4-4-3-3-5&lt;/code&gt;, ? where a year has no score) and a label over &lt;b&gt;all&lt;/b&gt; those measurements: &lt;i&gt;persistent laag&lt;/i&gt;: low (onvoldoende or lower, class ≤ 3 by default) in every measurement, or in at least M of the last K measurements when you set them (the reports' "onvoldoende in 2002 and still"); &lt;i&gt;wisselend laag&lt;/i&gt;: low at the first and the last measurement but not persistently (e.g. 3-4-3-4-4-4-5-3); &lt;i&gt;nieuw laag&lt;/i&gt;: low at the end, not at the start; &lt;i&gt;herstellend&lt;/i&gt;: low at the start, not at the end; &lt;i&gt;dalend&lt;/i&gt; / &lt;i&gt;stijgend&lt;/i&gt;: never low at the ends, at least N classes down or up from the first to the last; &lt;i&gt;stabiel&lt;/i&gt; otherwise.&lt;/p&gt;&lt;p&gt;The second output holds class-transition matrices (counts and shares of the weight): &lt;code&gt;matrix&lt;/code&gt; = &lt;i&gt;eerste-laatste&lt;/i&gt; (first to last year) and &lt;i&gt;opeenvolgend&lt;/i&gt; (all consecutive measurements pooled), overall and per group; optionally per neighbourhood (the neighbours' mean class at the start of each step: laag ≤ 3, midden, hoog ≥ 7), the spatial transitions, with the test whether the neighbourhood changes the transitions: the spatial Markov homogeneity statistic Q (Bickenbach &amp; Bode 2003, as in PySAL giddy) and its chi-square p-value, in the log and as outputs Q and Q_P.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Trajectories</source>
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
      <location filename="../processing/algorithms/trajectory.py" />
      <source>trajectories need at least two years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>the neighbourhood changes the transitions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>no evidence that the neighbourhood changes the transitions</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Spatial Markov test over {steps} steps (neighbourhood laag / midden / hoog): Q = {q:.1f}, {dof} degrees of freedom, p = {p:.3g} — {verdict}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Zones against the rest (and the ring around them)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>&lt;p&gt;Compares units inside given zones (new-build areas, programme areas such as NPLV, shrinking regions) with the rest, and the ring around the zones (within a distance, default 5 km) with the rest, to see whether problems moved next door (the reports' "waterbed effect"). A unit belongs to a zone or ring by its centroid. Per year and measure (afw and the dimensions): the weighted means in zone, ring and rest, the differences zone − rest and ring − rest, and their trend since the first year.&lt;/p&gt;</source>
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
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>the zones layer has no polygons: give the areas to compare with the rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/annex_layout.py" />
      <source>could not write {path} (layout export error {result})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/annex_layout.py" />
      <source>{template_path} is not a QGIS layout template (.qpt)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>Data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>choose either 'selected features only' or a filter (gemeenten, years), not both</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" />
      <location filename="../processing/io/read.py" />
      <source>no input layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>Filter, run by the data source: {condition}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>the input layer ({layer}) cannot be filtered on {condition}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>the input layer has no features where {condition}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>units</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>areas</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>grid cells</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>no two areas of the layer share a boundary: contiguity cannot be determined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>this analysis needs neighbours: give grid cells (grid_id) or polygons</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>the layer has no polygons: neighbours are not taken into account</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>{repaired} of {n_geoms} geometries ({what}) were invalid and were repaired (makeValid) for this analysis; the input is not changed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>. No other area's boundary runs within {tolerance:g} m of theirs over {shared:g} m: islands, or areas whose neighbours are not in the layer (the official buurt layer leaves out buurten with few dwellings); NEIGHBOUR_TOLERANCE widens the search</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>the neighbour tolerance must be 0 or more metres, not {tolerance:g}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>{n_alone} {what} have no neighbours: {codes}{hint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>{bad} geometries are invalid; they are copied unchanged. The analyses repair them (makeValid) before relating areas to each other; repair them yourself (Fix geometries) for other overlays.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>feature {fid}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/gpkg.py" />
      <source>GDAL could not copy the layer {layer}: {gdal}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/gpkg.py" />
      <source>the input already has field {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <source>the geometry layer has no coordinate reference system; set it in the layer properties (Dutch data is usually EPSG:28992, RD New)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <source>the input layer has no features</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <location filename="../processing/io/write.py" />
      <source>the input layer changed while the algorithm ran; run it again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <source>Reading features one by one (GDAL's columnar read was not possible here).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <source>the geometry layer has no CRS; its coordinates are degrees, so WGS 84 (EPSG:4326) is assumed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <source>the layer has no field '{f}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/write.py" />
      <source>spreadsheet output needs the Python package openpyxl or xlsxwriter (Debian: python3-openpyxl); install one, or leave the spreadsheet output empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/write.py" />
      <source>the half-written table {schema}.{name} could not be removed ({exc}); drop it by hand</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/write.py" />
      <source>the input already has field(s) {existing}{more}; input fields are never overwritten. Remove them, or allow replacing them in the output (REPLACE).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/write.py" />
      <source>a table without geometry needs a key to join on (grid_id, PC4, bu_code, wk_code, gm_code, code); the layer has {source}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/write.py" />
      <source>could not write to {target}: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/write.py" />
      <source>the output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/io/write.py" />
      <source>{exc}; and {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Years (e.g. 2022, 2024; empty = all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Only these gemeenten&lt;/b&gt;: gemeente codes (GM0363, or 363), separated by commas. The filter runs in the data source itself (a PostGIS table sends back only those rows), on the field with the gemeente code (gm_code, gemeentecode) or else the buurt or wijk code (bu_code, wk_code, code). Grid cells need a gemeente code joined first (the CBS square statistics carry gemeentecode).&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Release profile&lt;/b&gt;: the constant C, labels, cut-points and palettes of a data release (shipped: lbm3_2024). The total-score cut-points are calibrated on the official 2024 classes, not published ones; &lt;i&gt;Calibrate classes&lt;/i&gt; writes a profile from your own data, which you can give as &lt;b&gt;Release profile file&lt;/b&gt;. The output's map uses the same profile.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;The official criteria are not published.&lt;/b&gt; The defaults here are the plugin's own, chosen to follow the reports' wording; results can differ from the ministry's. Every output carries the criteria it used in its field &lt;code&gt;criteria&lt;/code&gt;.&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt; Leefbaarometer open data, Ministerie van BZK (CC0). Where CBS boundaries or statistics are used: Bron: CBS (CC BY 4.0).&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Field with the gemeente, buurt or wijk code (detected if empty)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>a temporary output unless you choose one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Neighbour tolerance for polygons (metres)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Neighbour tolerance&lt;/b&gt; (metres, default {tolerance:g}): polygons are neighbours when their boundaries run within this distance of each other over at least {min_shared:g} m, or 3× the tolerance when that is more, so that a corner contact does not count (measured in RD New, whatever the layer's CRS; invalid polygons are repaired first). Grid cells are neighbours by their ids and ignore it. Units without neighbours are named in the log: on the official WFS buurten they are mostly village buurten whose surroundings are missing from the layer (buurten with few dwellings are left out), which no small tolerance changes.&lt;/p&gt;</source>
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
    <message>
      <location filename="../processing/params.py" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Parameters and defaults&lt;/b&gt;&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Release profile (*.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>all</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>the first</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Example&lt;/b&gt;: &lt;code&gt;qgis_process run {algorithm} -- {example}&lt;/code&gt;&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;li&gt;{description} (&lt;code&gt;{name}&lt;/code&gt;): default {default}&lt;/li&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/provider.py" />
      <source>Leefbaarometer (Dutch livability monitor)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/styling.py" />
      <source>Bron: CBS (CC BY 4.0), where CBS boundaries or statistics are used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/styling.py" />
      <source>Leefbaarometer layer in the plugin's field schema ({{measure}}_{{year}}). Map: {map}; release profile '{release}'. {note}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>a file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>could not write or read {path}: {error}. Check that the folder exists, that you may write there, that the name is not too long and that the disk is not full; no output was kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>the output {out_name} ({place}) is the input {in_name} ({source}): writing it would destroy the input. Choose another {other} for {out_name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>the folder {folder} of the output {out_name} does not exist: create it, or choose another place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>you may not write in the folder {folder} (output {out_name}): choose a folder you can write to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>file or layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>file or table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/area_profile.py" />
      <source>Total score (afw) per year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/area_profile.py" />
      <source>Select an area on the map to see its profile.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/area_profile.py" />
      <source>Dimensions {year}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>Save style</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>QGIS style (*.qml)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>Choose a layer with Leefbaarometer scores (schema afw_2024 … or the official WFS).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>This layer lacks what this view needs (measure, year or second year).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Import</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Classes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>National picture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Under pressure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Risers/fallers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Annexes per gemeente</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>View</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>From year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Play through the years</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Year</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Save as map theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Save style (QML)…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Area profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Analyses (Processing)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
