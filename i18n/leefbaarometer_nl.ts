<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
  <context>
    <name>Leefbaarometer</name>
    <message>
      <location filename="../plugin.py" />
      <source>Leefbaarometer panel</source>
      <translation>Leefbaarometer-paneel</translation>
    </message>
    <message>
      <location filename="../core/analyses/common.py" />
      <source>year(s) {missing} not in the layer; it has {have}</source>
      <translation>jaar/jaren {missing} niet in de laag; die heeft {have}</translation>
    </message>
    <message>
      <location filename="../core/analyses/differences.py" />
      <source>weak units must have lower classes than strong ones: weak is class ≤ {weak}, strong class ≥ {strong}; choose 1 ≤ weak &lt; strong ≤ 9</source>
      <translation>zwakke eenheden moeten lagere klassen hebben dan sterke: zwak is klasse ≤ {weak}, sterk klasse ≥ {strong}; kies 1 ≤ zwak &lt; sterk ≤ 9</translation>
    </message>
    <message>
      <location filename="../core/analyses/dimension_profile.py" />
      <source>give a number of units of at least 1, or a share above 0 %</source>
      <translation>geef een aantal eenheden van minstens 1, of een aandeel boven 0 %</translation>
    </message>
    <message>
      <location filename="../core/analyses/dimension_profile.py" />
      <source>no scores of the dimension(s) {missing} in {year}: the dimension profile needs all five (the open data has none in 2002, 2008, 2012 and 2016)</source>
      <translation>geen scores van de dimensie(s) {missing} in {year}: het dimensieprofiel heeft ze alle vijf nodig (de open data heeft ze niet in 2002, 2008, 2012 en 2016)</translation>
    </message>
    <message>
      <location filename="../core/analyses/dimension_profile.py" />
      <source>the dimension must be one of {dimensions}, not '{dimension}'</source>
      <translation>de dimensie moet een van {dimensions} zijn, niet '{dimension}'</translation>
    </message>
    <message>
      <location filename="../core/analyses/dimension_profile.py" />
      <source>the share of units must lie between 0 and 100 %, not {share:g}</source>
      <translation>het aandeel eenheden moet tussen 0 en 100 % liggen, niet {share:g}</translation>
    </message>
    <message>
      <location filename="../core/analyses/dimension_profile.py" />
      <source>'klassiek' (total class ≤ {classic}) and 'gecompenseerd' (total class ≥ {compensated}) overlap: the first must be below the second</source>
      <translation>'klassiek' (totaalklasse ≤ {classic}) en 'gecompenseerd' (totaalklasse ≥ {compensated}) overlappen: de eerste moet onder de tweede liggen</translation>
    </message>
    <message>
      <location filename="../core/analyses/early_warning.py" />
      <source>start of the trend</source>
      <translation>begin van de trend</translation>
    </message>
    <message>
      <location filename="../core/analyses/early_warning.py" />
      <source>warning year</source>
      <translation>signaleringsjaar</translation>
    </message>
    <message>
      <location filename="../core/analyses/early_warning.py" />
      <source>back-test year</source>
      <translation>jaar van de terugtoets</translation>
    </message>
    <message>
      <location filename="../core/analyses/early_warning.py" />
      <source>last year</source>
      <translation>laatste jaar</translation>
    </message>
    <message>
      <location filename="../core/analyses/early_warning.py" />
      <source>a back-test needs two measurements</source>
      <translation>een terugtoets vraagt twee metingen</translation>
    </message>
    <message>
      <location filename="../core/analyses/early_warning.py" />
      <source>Back-test (warning from the data up to {year}, judged on {year}→{end}): {share:.1%} of {units} units in class ≥ 5 flagged; fell a class: flagged {rate_flagged:.1%}, not flagged {rate_others:.1%} (lift {lift:.1f}); per level: {levels}</source>
      <translation>Terugtoets (signalering uit de gegevens tot en met {year}, beoordeeld op {year}→{end}): {share:.1%} van {units} eenheden in klasse ≥ 5 gesignaleerd; een klasse gedaald: gesignaleerd {rate_flagged:.1%}, niet gesignaleerd {rate_others:.1%} (lift {lift:.1f}); per niveau: {levels}</translation>
    </message>
    <message>
      <location filename="../core/analyses/early_warning.py" />
      <source>early warning needs {needed} measurements; the layer has {n_years}</source>
      <translation>vroegsignalering vraagt {needed} metingen; de laag heeft er {n_years}</translation>
    </message>
    <message>
      <location filename="../core/analyses/early_warning.py" />
      <source>the back-test year {year} is not among the years ({years})</source>
      <translation>het jaar van de terugtoets, {year}, is niet een van de jaren ({years})</translation>
    </message>
    <message>
      <location filename="../core/analyses/hotspots.py" />
      <source>hot spots need at least three units with a score</source>
      <translation>hot spots vragen minstens drie eenheden met een score</translation>
    </message>
    <message>
      <location filename="../core/analyses/hotspots.py" />
      <source>all scores are equal: there are no hot or cold spots</source>
      <translation>alle scores zijn gelijk: er zijn geen hot of cold spots</translation>
    </message>
    <message>
      <location filename="../core/analyses/inequality.py" />
      <source>{rank}. {region}: {share:.1%} laaglaag ({n_laaglaag} of {n}), Spearman {spearman:.2f}, Pearson {pearson:.2f}</source>
      <translation>{rank}. {region}: {share:.1%} laaglaag ({n_laaglaag} van {n}), Spearman {spearman:.2f}, Pearson {pearson:.2f}</translation>
    </message>
    <message>
      <location filename="../core/analyses/inequality.py" />
      <source>fewer than three units have both a score and a status ({n_both}): nothing to compare</source>
      <translation>minder dan drie eenheden hebben zowel een score als een status ({n_both}): niets te vergelijken</translation>
    </message>
    <message>
      <location filename="../core/analyses/inequality.py" />
      <source>{count} region(s) with too few units, not ranked: {regions}{more}</source>
      <translation>{count} regio('s) met te weinig eenheden, niet gerangschikt: {regions}{more}</translation>
    </message>
    <message>
      <location filename="../core/analyses/inequality.py" />
      <source>livability groups: '{value}' is not one of {options}</source>
      <translation>leefbaarheidsgroepen: '{value}' is niet een van {options}</translation>
    </message>
    <message>
      <location filename="../core/analyses/inequality.py" />
      <source>livability groups: the low group ends at class {low_max} and the high group begins at class {high_min}; they need a class between them</source>
      <translation>leefbaarheidsgroepen: de lage groep eindigt bij klasse {low_max} en de hoge groep begint bij klasse {high_min}; er moet een klasse tussen liggen</translation>
    </message>
    <message>
      <location filename="../core/analyses/inequality.py" />
      <source>status breaks: give two increasing numbers (the ends of the low and the middle group), or none for terciles; got {breaks}</source>
      <translation>statusgrenzen: geef twee oplopende getallen (het einde van de lage en van de middelste groep), of geen voor tertielen; gekregen: {breaks}</translation>
    </message>
    <message>
      <location filename="../core/analyses/inequality.py" />
      <source>the lowest status share for laaglaag must lie between 0 and 1, not {share:g}</source>
      <translation>het laagste statusaandeel voor laaglaag moet tussen 0 en 1 liggen, niet {share:g}</translation>
    </message>
    <message>
      <location filename="../core/analyses/pressure.py" />
      <source>{n} (no dwellings field: units counted instead of dwellings; min_dwellings={d:g} needs the dwellings field)</source>
      <translation>{n} (geen woningenveld: eenheden geteld in plaats van woningen; min_dwellings={d:g} vraagt het woningenveld)</translation>
    </message>
    <message>
      <location filename="../core/analyses/pressure.py" />
      <source>duration needs {min_years} measurements; only {n_years} chosen</source>
      <translation>de duur vraagt {min_years} metingen; er zijn er maar {n_years} gekozen</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>z-scores (mean 0, standard deviation 1 over the ranked zones)</source>
      <translation>z-scores (gemiddelde 0, standaardafwijking 1 over de gerangschikte zones)</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>percentile ranks (0–100 over the ranked zones)</source>
      <translation>percentielrangen (0–100 over de gerangschikte zones)</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>most unfavourable 10 %</source>
      <translation>ongunstigste 10 %</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>unfavourable, 10–25 %</source>
      <translation>ongunstig, 10–25 %</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>middle, 25–75 %</source>
      <translation>midden, 25–75 %</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>favourable, 75–90 %</source>
      <translation>gunstig, 75–90 %</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>most favourable 10 %</source>
      <translation>gunstigste 10 %</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>give at least one indicator: rows of field, worse end (low or high) and weight, e.g. onv,low,1,soc,low,1</source>
      <translation>geef ten minste één indicator: rijen van veld, ongunstige kant (low of high) en gewicht, bijv. onv,low,1,soc,low,1</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>every indicator has weight 0: give at least one a positive weight</source>
      <translation>elke indicator heeft gewicht 0: geef er ten minste één een positief gewicht</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>the indicators are rows of three: field, worse end (low or high), weight, e.g. onv,low,1,soc,low,1; got {n} values: {values}</source>
      <translation>de indicatoren zijn rijen van drie: veld, ongunstige kant (low of high), gewicht, bijv. onv,low,1,soc,low,1; gekregen: {n} waarden: {values}</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>indicator(s) given more than once: {fields}</source>
      <translation>indicator(en) meer dan eens opgegeven: {fields}</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>unknown method '{method}'; choose one of {methods}</source>
      <translation>onbekende methode '{method}'; kies een van {methods}</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>fewer than two zones can be ranked ({m} of {n}): every indicator needs a value and every zone at least {min_units} units. Reasons: {reasons}</source>
      <translation>minder dan twee zones zijn te rangschikken ({m} van {n}): elke indicator moet een waarde hebben en elke zone ten minste {min_units} eenheden. Redenen: {reasons}</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>indicator row {row} has no field</source>
      <translation>indicatorrij {row} heeft geen veld</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>indicator '{field}': the worse end must be low or high (which end of its scale is unfavourable), not '{worse}'</source>
      <translation>indicator '{field}': de ongunstige kant moet low of high zijn (welk eind van de schaal ongunstig is), niet '{worse}'</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>indicator '{field}': the weight must be a number ≥ 0, not '{weight}'</source>
      <translation>indicator '{field}': het gewicht moet een getal ≥ 0 zijn, niet '{weight}'</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>indicator '{field}' has no value in any zone</source>
      <translation>indicator '{field}' heeft in geen enkele zone een waarde</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>indicator '{field}' has the same value in every ranked zone: it does not tell them apart</source>
      <translation>indicator '{field}' heeft in elke gerangschikte zone dezelfde waarde: hij onderscheidt ze niet</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>indicator '{name}': the layer has it for {years}; name the year, e.g. {name}_{year}</source>
      <translation>indicator '{name}': de laag heeft die voor {years}; noem het jaar, bijv. {name}_{year}</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>indicator '{name}' is neither a field of the units nor a figure of the aggregation. From units, an indicator is a field of the units (its weighted mean per zone), a score of a year ({examples}), the weight in a class group ({groups}), its share ({share}) or a change ({change}); years in the layer: {years}</source>
      <translation>indicator '{name}' is geen veld van de eenheden en geen uitkomst van de aggregatie. Vanuit eenheden is een indicator een veld van de eenheden (het gewogen gemiddelde per zone), een score van een jaar ({examples}), het gewicht in een klassengroep ({groups}), het aandeel daarvan ({share}) of een verandering ({change}); jaren in de laag: {years}</translation>
    </message>
    <message>
      <location filename="../core/analyses/rank_zones.py" />
      <source>indicator '{name}': the first year must come before the second</source>
      <translation>indicator '{name}': het eerste jaar moet voor het tweede komen</translation>
    </message>
    <message>
      <location filename="../core/analyses/risers_fallers.py" />
      <source>threshold must be in 'classes' or 'score'</source>
      <translation>de drempel moet in 'classes' of 'score' zijn</translation>
    </message>
    <message>
      <location filename="../core/annex.py" />
      <location filename="../core/years.py" />
      <source>the layer has no total scores (afw or lbm) of any year</source>
      <translation>de laag heeft van geen enkel jaar totaalscores (afw of lbm)</translation>
    </message>
    <message>
      <location filename="../core/annex.py" />
      <source>year {y} is not in the layer; it has {listed}</source>
      <translation>jaar {y} staat niet in de laag; die heeft {listed}</translation>
    </message>
    <message>
      <location filename="../core/annex.py" />
      <source>base year {b} is not in the layer; it has {listed}. Leave the base year empty to take the measurement before the year, if any</source>
      <translation>basisjaar {b} staat niet in de laag; die heeft {listed}. Laat het basisjaar leeg om de meting vóór het jaar te nemen, als die er is</translation>
    </message>
    <message>
      <location filename="../core/annex.py" />
      <source>the base year ({b}) must come before the year ({y})</source>
      <translation>het basisjaar ({b}) moet vóór het jaar ({y}) liggen</translation>
    </message>
    <message>
      <location filename="../core/area_filter.py" />
      <source>not a gemeente code: {bad} (write GM0363, or 363)</source>
      <translation>geen gemeentecode: {bad} (schrijf GM0363, of 363)</translation>
    </message>
    <message>
      <location filename="../core/area_filter.py" />
      <source>the layer has no field '{field}'</source>
      <translation>de laag heeft geen veld '{field}'</translation>
    </message>
    <message>
      <location filename="../core/area_filter.py" />
      <source>a gemeente filter needs a field with the gemeente code (gm_code, gemeentecode) or with buurt or wijk codes (bu_code, wk_code, code); the layer has {field_names}. Add gemeente codes to the layer first (for grid cells: join the CBS square statistics, which carry gemeentecode).</source>
      <translation>een gemeentefilter vraagt een veld met de gemeentecode (gm_code, gemeentecode) of met buurt- of wijkcodes (bu_code, wk_code, code); de laag heeft {field_names}. Voeg eerst gemeentecodes aan de laag toe (voor rastercellen: koppel de CBS-vierkantstatistieken, die gemeentecode bevatten).</translation>
    </message>
    <message>
      <location filename="../core/area_filter.py" />
      <source>a year range is written 2016-2024, 2016- or -2020, not '{text}'</source>
      <translation>een reeks jaren schrijf je als 2016-2024, 2016- of -2020, niet '{text}'</translation>
    </message>
    <message>
      <location filename="../core/area_filter.py" />
      <source>the year range {text} ends before it starts</source>
      <translation>de reeks jaren {text} eindigt voordat hij begint</translation>
    </message>
    <message>
      <location filename="../core/calibrate.py" />
      <source>no unit has both a score and a class 1–9 to calibrate on</source>
      <translation>geen enkele eenheid heeft zowel een score als een klasse 1–9 om op te kalibreren</translation>
    </message>
    <message>
      <location filename="../core/calibrate.py" />
      <source>the derived cut-points are not increasing (classes overlap too much, or empty classes sit between kept and derived cut-points): {cuts}</source>
      <translation>de afgeleide klassengrenzen stijgen niet (de klassen overlappen te veel, of er liggen lege klassen tussen behouden en afgeleide grenzen): {cuts}</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Differences (d…)</source>
      <translation>Verschillen (d…)</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Change classes (kd…)</source>
      <translation>Veranderingsklassen (kd…)</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Class transitions (tr_…)</source>
      <translation>Klassenovergangen (tr_…)</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Driving dimension (drv_…, drvsh_…)</source>
      <translation>Drijvende dimensie (drv_…, drvsh_…)</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>One pair of years</source>
      <translation>Eén paar jaren</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Every consecutive pair</source>
      <translation>Elk opeenvolgend paar</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>Base year against every later year</source>
      <translation>Basisjaar tegen elk later jaar</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <location filename="../processing/algorithms/classify.py" />
      <source>first year</source>
      <translation>eerste jaar</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>second year</source>
      <translation>tweede jaar</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>base year</source>
      <translation>basisjaar</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>last year to compare</source>
      <translation>laatste jaar om mee te vergelijken</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>change needs at least two years; the layer has {years}</source>
      <translation>verandering vraagt minstens twee jaren; de laag heeft {years}</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <location filename="../core/years.py" />
      <source>year {y} is not in the layer; it has {years}</source>
      <translation>jaar {y} staat niet in de laag; die heeft {years}</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>the base year {base} is the last year of the layer: there is no later year to compare</source>
      <translation>het basisjaar {base} is het laatste jaar van de laag: er is geen later jaar om mee te vergelijken</translation>
    </message>
    <message>
      <location filename="../core/change.py" />
      <source>no total score for {a}</source>
      <translation>geen totaalscore voor {a}</translation>
    </message>
    <message>
      <location filename="../core/charts/builders.py" />
      <source>Dimensions: no scores</source>
      <translation>Dimensies: geen scores</translation>
    </message>
    <message>
      <location filename="../core/charts/builders.py" />
      <source>Total score (afw) per year</source>
      <translation>Totaalscore (afw) per jaar</translation>
    </message>
    <message>
      <location filename="../core/charts/builders.py" />
      <location filename="../core/views.py" />
      <source>no score</source>
      <translation>geen score</translation>
    </message>
    <message>
      <location filename="../core/charts/builders.py" />
      <source>Dimensions {year}</source>
      <translation>Dimensies {year}</translation>
    </message>
    <message>
      <location filename="../core/charts/render.py" />
      <source>charts need the Python package matplotlib, which is missing here; on Debian and Ubuntu install the package python3-matplotlib (sudo apt install python3-matplotlib), with other installers 'pip install matplotlib' in QGIS's Python, and restart QGIS</source>
      <translation>grafieken vragen het Python-pakket matplotlib, dat hier ontbreekt; installeer op Debian en Ubuntu het pakket python3-matplotlib (sudo apt install python3-matplotlib), met andere installatieprogramma's 'pip install matplotlib' in de Python van QGIS, en start QGIS opnieuw</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>Official classes of the release</source>
      <translation>Officiële klassen van de release</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>Quantiles (equal counts)</source>
      <translation>Kwantielen (gelijke aantallen)</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>Equal intervals</source>
      <translation>Gelijke intervallen</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>Natural breaks (Fisher–Jenks, exact up to {exact_max:,} values)</source>
      <translation>Natuurlijke grenzen (Fisher–Jenks, exact tot {exact_max:,} waarden)</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>User breaks</source>
      <translation>Eigen klassengrenzen</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>unknown scheme '{scheme}'; choose one of {schemes}</source>
      <translation>onbekende indeling '{scheme}'; kies een van {schemes}</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>no total score for {year}</source>
      <translation>geen totaalscore voor {year}</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>user breaks '{text}': the commas could be decimal commas or separators. Separate the breaks with semicolons or spaces, e.g. '-0,1; 0; 0,1' or '-0.1 0 0.1'</source>
      <translation>eigen klassengrenzen '{text}': de komma's kunnen decimaalkomma's of scheidingstekens zijn. Scheid de grenzen met puntkomma's of spaties, bijv. '-0,1; 0; 0,1' of '-0.1 0 0.1'</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>user breaks must be numbers separated by semicolons or spaces, e.g. '-0.2; -0.1; 0; 0.1' or '-0,2 -0,1 0 0,1'; not numbers: {values}</source>
      <translation>eigen klassengrenzen moeten getallen zijn, gescheiden door puntkomma's of spaties, bijv. '-0.2; -0.1; 0; 0.1' of '-0,2 -0,1 0 0,1'; geen getallen: {values}</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>give 1 to 8 user breaks (for at most 9 classes); got {n_breaks}</source>
      <translation>geef 1 tot 8 eigen klassengrenzen (voor hoogstens 9 klassen); gegeven: {n_breaks}</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>user breaks must increase: {breaks}</source>
      <translation>eigen klassengrenzen moeten oplopen: {breaks}</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>natural breaks computed on {sample:,} of {n_values:,} values (sampled; exact up to {exact_max:,} values)</source>
      <translation>natuurlijke grenzen berekend op {sample:,} van {n_values:,} waarden (steekproef; exact tot {exact_max:,} waarden)</translation>
    </message>
    <message>
      <location filename="../core/classify.py" />
      <source>{what}: {message}</source>
      <translation>{what}: {message}</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>100 m grid</source>
      <translation>raster van 100 m</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>buurt</source>
      <translation>buurt</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>wijk</source>
      <translation>wijk</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>gemeente</source>
      <translation>gemeente</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>postcode (PC4)</source>
      <translation>postcode (PC4)</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <location filename="../processing/algorithms/import_scores.py" />
      <location filename="../processing/algorithms/import_wfs.py" />
      <source>Leefbaarometer scores</source>
      <translation>Leefbaarometer-scores</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>CBS key figures (wijken en buurten)</source>
      <translation>CBS-kerncijfers (wijken en buurten)</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>the ZIP holds {n} CSV files and none (or more than one) is of level {level}: {members}. Choose the level (LEVEL).</source>
      <translation>de ZIP bevat {n} CSV-bestanden en geen (of meer dan één) daarvan is van niveau {level}: {members}. Kies het niveau (LEVEL).</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>{dataset} are not published per {level}; choose one of: {levels}</source>
      <translation>{dataset} worden niet per {level} gepubliceerd; kies uit: {levels}</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>the ZIP holds no CSV file (it holds {members})</source>
      <translation>de ZIP bevat geen CSV-bestand (wel: {members})</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>{source} is not a Leefbaarometer score file: it needs a key column ({keys}) and a year column (jaar); its first line is: {header}</source>
      <translation>{source} is geen scorebestand van de Leefbaarometer: het heeft een sleutelkolom ({keys}) en een jaarkolom (jaar) nodig; de eerste regel is: {header}</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>the layer has no field with the gemeente name (gemeente, gemeentenaam); its fields are {names}. Give gemeente codes (GM0599) instead.</source>
      <translation>de laag heeft geen veld met de gemeentenaam (gemeente, gemeentenaam); de velden zijn {names}. Geef in plaats daarvan gemeentecodes (GM0599).</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>nothing</source>
      <translation>niets</translation>
    </message>
    <message>
      <location filename="../core/download.py" />
      <source>unknown gemeente code(s): {codes}</source>
      <translation>onbekende gemeentecode(s): {codes}</translation>
    </message>
    <message>
      <location filename="../core/gridcodes.py" />
      <source>{bad} grid id(s) are not of the form E&lt;x/100&gt;N&lt;y/100&gt; (like E1213N4879): {examples}</source>
      <translation>{bad} grid-id('s) hebben niet de vorm E&lt;x/100&gt;N&lt;y/100&gt; (zoals E1213N4879): {examples}</translation>
    </message>
    <message>
      <location filename="../core/join.py" />
      <source>{differ} of {compared} matched codes have another name in the geometry layer than in the scores{more}: {shown}. The codes may belong to another boundary year (codes are re-used for other areas): use the boundaries of the scores' year.</source>
      <translation>{differ} van {compared} gekoppelde codes hebben in de geometrielaag een andere naam dan in de scores{more}: {shown}. De codes kunnen bij een ander grenzenjaar horen (codes worden hergebruikt voor andere gebieden): gebruik de grenzen van het jaar van de scores.</translation>
    </message>
    <message>
      <location filename="../core/join.py" />
      <source>the geometry layer has {n_dup} code(s) on more than one feature, e.g. {examples}. Dissolve the layer by its code first (Vector ▸ Geoprocessing ▸ Dissolve).</source>
      <translation>de geometrielaag heeft {n_dup} code(s) op meer dan één object, bijv. {examples}. Voeg de laag eerst samen op haar code (Vector ▸ Geoprocessing ▸ Dissolve).</translation>
    </message>
    <message>
      <location filename="../core/join.py" />
      <source> (first {n} shown)</source>
      <translation> (eerste {n} getoond)</translation>
    </message>
    <message>
      <location filename="../core/join.py" />
      <source>{code}: scores '{a}', geometry '{b}'</source>
      <translation>{code}: scores '{a}', geometrie '{b}'</translation>
    </message>
    <message>
      <location filename="../core/neighbours.py" />
      <source>connectivity must be 4 or 8</source>
      <translation>de buurdefinitie moet 4 of 8 zijn</translation>
    </message>
    <message>
      <location filename="../core/neighbours.py" />
      <source>the layer has duplicate grid cells</source>
      <translation>de laag heeft dubbele rastercellen</translation>
    </message>
    <message>
      <location filename="../core/plausible.py" />
      <source>{where} has {bad} value(s) that are no {measure} score: {examples}{lines}. Values of {measure} lie between {range_text}; correct those cells or leave them empty.</source>
      <translation>{where} heeft {bad} waarde(n) die geen {measure}-score zijn: {examples}{lines}. Waarden van {measure} liggen tussen {range_text}; verbeter die cellen of laat ze leeg.</translation>
    </message>
    <message>
      <location filename="../core/plausible.py" />
      <source>lbm ≠ C + afw (C = {c})</source>
      <translation>lbm ≠ C + afw (C = {c})</translation>
    </message>
    <message>
      <location filename="../core/plausible.py" />
      <source>{measure} outside {low:g} … {high:g}</source>
      <translation>{measure} buiten {low:g} … {high:g}</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>{text} ({n} values)</source>
      <translation>{text} ({n} waarden)</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>unknown release profile '{name_or_path}': give a profile file or one of {release_names}</source>
      <translation>onbekend releaseprofiel '{name_or_path}': geef een profielbestand of een van {release_names}</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {where}: {name} must be a number, not {value}</source>
      <translation>releaseprofiel {where}: {name} moet een getal zijn, niet {value}</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {where}: {name} must be {count} increasing numbers, not {value}</source>
      <translation>releaseprofiel {where}: {name} moet uit {count} oplopende getallen bestaan, niet {value}</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {where}: {name} must be {count} {what}, one per class, not {value}</source>
      <translation>releaseprofiel {where}: {name} moet uit {count} {what} bestaan, één per klasse, niet {value}</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {where}: {name} must be a text, not {value}</source>
      <translation>releaseprofiel {where}: {name} moet een tekst zijn, niet {value}</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {where} must be a JSON object with the entries id, title, constant_c, …</source>
      <translation>releaseprofiel {where} moet een JSON-object zijn met de onderdelen id, title, constant_c, …</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {where}: years must be a list of whole years, not {value}</source>
      <translation>releaseprofiel {where}: years moet een lijst van hele jaartallen zijn, niet {value}</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {where}: {name} holds {bad}, which is not a colour (write #rrggbb)</source>
      <translation>releaseprofiel {where}: {name} bevat {bad}, en dat is geen kleur (schrijf #rrggbb)</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>colours</source>
      <translation>kleuren</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>texts</source>
      <translation>teksten</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {where} lacks the entry {exc}</source>
      <translation>releaseprofiel {where} mist het onderdeel {exc}</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>the stored release profile is not valid JSON: {exc}</source>
      <translation>het opgeslagen releaseprofiel is geen geldige JSON: {exc}</translation>
    </message>
    <message>
      <location filename="../core/release.py" />
      <source>release profile {path} is not valid JSON: {exc}</source>
      <translation>releaseprofiel {path} is geen geldige JSON: {exc}</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{count} row(s) have scores that release {release} does not allow: {rows}</source>
      <translation>{count} rij(en) hebben scores die release {release} niet toelaat: {rows}</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>. In most rows lbm − afw is {c:.6g}, not the release's C: a file of another release? Choose its release profile</source>
      <translation>. In de meeste rijen is lbm − afw {c:.6g}, niet de C van de release: een bestand van een andere release? Kies het releaseprofiel daarvan</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{path}: the file is empty</source>
      <translation>{path}: het bestand is leeg</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{path}: {count} row(s) do not have the {n} fields of the header: {rows}. A file cut off part-way (an interrupted download or copy) ends like this; get the file again, or correct those rows.</source>
      <translation>{path}: {count} rij(en) hebben niet de {n} velden van de kopregel: {rows}. Zo eindigt een bestand dat halverwege is afgebroken (een onderbroken download of kopie); haal het bestand opnieuw op, of verbeter die rijen.</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{path}: the file has a header but no rows</source>
      <translation>{path}: het bestand heeft een kopregel maar geen rijen</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: no year column ('jaar' or 'year'); the file has: {columns}</source>
      <translation>{source}: geen jaarkolom ('jaar' of 'year'); het bestand heeft: {columns}</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: no score columns found. Expected some of {measures}; the file has: {columns}</source>
      <translation>{source}: geen scorekolommen gevonden. Verwacht enkele van {measures}; het bestand heeft: {columns}</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: the column(s) {names} appear more than once ({where}); it is not clear which one holds the values. Remove or rename the extra column(s).</source>
      <translation>{source}: de kolom(men) {names} komen meer dan eens voor ({where}); het is niet duidelijk welke de waarden bevat. Verwijder de extra kolom(men) of geef ze een andere naam.</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: the layer has no features</source>
      <translation>{source}: de laag heeft geen objecten</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: column '{what}' has {bad} value(s) that are not numbers: {values} (line {line_numbers})</source>
      <translation>{source}: kolom '{what}' heeft {bad} waarde(n) die geen getal zijn: {values} (regel {line_numbers})</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: {missing_key} row(s) have no value in key column '{key_col}' (line {line_numbers})</source>
      <translation>{source}: {missing_key} rij(en) hebben geen waarde in sleutelkolom '{key_col}' (regel {line_numbers})</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: column '{year_col}' must hold a measurement year such as 2024; {bad_year} row(s) do not (line {line_numbers})</source>
      <translation>{source}: kolom '{year_col}' moet een meetjaar bevatten, zoals 2024; {bad_year} rij(en) doen dat niet (regel {line_numbers})</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: {dup} rows repeat an area and year, e.g. {key_col} {keys} in {years} (lines {lines}). Each area may appear once per year.</source>
      <translation>{source}: {dup} rijen herhalen een gebied en jaar, bijv. {key_col} {keys} in {years} (regels {lines}). Elk gebied mag één keer per jaar voorkomen.</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>years {unknown} are not LBM 3.0 measurement years ({years}); they are kept as they are</source>
      <translation>de jaren {unknown} zijn geen meetjaren van LBM 3.0 ({years}); ze blijven zoals ze zijn</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: column(s) {empty} have no value in any row; remove them or fill them</source>
      <translation>{source}: kolom(men) {empty} hebben in geen enkele rij een waarde; verwijder of vul ze</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: year(s) {without} have rows but no total score ({m}) in any of them</source>
      <translation>{source}: jaar/jaren {without} hebben rijen maar in geen ervan een totaalscore ({m})</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>no rows in the years {first}-{last}; the scores have {years}</source>
      <translation>geen rijen in de jaren {first}-{last}; de scores hebben {years}</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{path}: not a well-formed CSV file ({exc})</source>
      <translation>{path}: geen geldig CSV-bestand ({exc})</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: the key column '{key}' is not in the file (columns: {columns})</source>
      <translation>{source}: de sleutelkolom '{key}' staat niet in het bestand (kolommen: {columns})</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>{source}: no key column found. Expected one of {key_columns}; the file has: {columns}. Name the key column with the KEY parameter.</source>
      <translation>{source}: geen sleutelkolom gevonden. Verwacht een van {key_columns}; het bestand heeft: {columns}. Geef de sleutelkolom op met de parameter KEY.</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source> or </source>
      <translation> of </translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>line {line} has {fields}</source>
      <translation>regel {line} heeft er {fields}</translation>
    </message>
    <message>
      <location filename="../core/score_table.py" />
      <source>'{name}': columns {positions}</source>
      <translation>'{name}': kolommen {positions}</translation>
    </message>
    <message>
      <location filename="../core/scoredata.py" />
      <source>the layer has no Leefbaarometer scores: expected fields like afw_2024 (the plugin's schema, see 'Import published scores') or the official WFS fields afw, fys, … with year. Its fields: {field_names}</source>
      <translation>de laag heeft geen Leefbaarometer-scores: verwacht zijn velden als afw_2024 (het veldschema van de plugin, zie 'Gepubliceerde scores importeren') of de velden van de officiële WFS, afw, fys, … met year. De velden van de laag: {field_names}</translation>
    </message>
    <message>
      <location filename="../core/scoredata.py" />
      <source>the layer holds the official WFS fields for {n_years} years ({y}); convert it first with 'Import official WFS layer', which makes one feature per area</source>
      <translation>de laag bevat de velden van de officiële WFS voor {n_years} jaren ({y}); zet haar eerst om met 'Officiële WFS-laag importeren', dat één object per gebied maakt</translation>
    </message>
    <message>
      <location filename="../core/scoredata.py" />
      <source>year {year} has no total score in any of the {n} units (field(s) {fields} are NULL everywhere). Choose other years (YEARS), or import that year's scores again.</source>
      <translation>jaar {year} heeft in geen van de {n} eenheden een totaalscore (veld(en) {fields} zijn overal NULL). Kies andere jaren (YEARS), of importeer de scores van dat jaar opnieuw.</translation>
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>the weight table has no rows</source>
      <translation>de gewichtentabel heeft geen rijen</translation>
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>the weight table needs columns indicator, dimension, weight[, transform]; missing: {missing}</source>
      <translation>de gewichtentabel vraagt de kolommen indicator, dimension, weight[, transform]; ontbrekend: {missing}</translation>
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>weight table line {line}: weight is not a number</source>
      <translation>gewichtentabel regel {line}: het gewicht is geen getal</translation>
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>cannot read the weight table {path}: {exc}</source>
      <translation>de gewichtentabel {path} is niet te lezen: {exc}</translation>
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>weight table line {line}: dimension '{dimension}' is not one of {dimensions}</source>
      <translation>gewichtentabel regel {line}: dimensie '{dimension}' is niet een van {dimensions}</translation>
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>weight table line {line}: transform '{transform}' is not one of {transforms}</source>
      <translation>gewichtentabel regel {line}: transformatie '{transform}' is niet een van {transforms}</translation>
    </message>
    <message>
      <location filename="../core/scoring.py" />
      <source>indicator '{name}' has values ≤ 0: the log transform needs positive values</source>
      <translation>indicator '{name}' heeft waarden ≤ 0: de log-transformatie vraagt positieve waarden</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" />
      <source>read as UTF-8 (all of it is valid UTF-8)</source>
      <translation>gelezen als UTF-8 (het hele bestand is geldige UTF-8)</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" />
      <source>not UTF-8: line {line} has the byte {byte}</source>
      <translation>geen UTF-8: regel {line} bevat de byte {byte}</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" />
      <source>read as Latin-1 ({why}; it is not Windows-1252 either)</source>
      <translation>gelezen als Latin-1 ({why}; het is ook geen Windows-1252)</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" />
      <source>read as Windows-1252 ({why})</source>
      <translation>gelezen als Windows-1252 ({why})</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" />
      <source>read as {name} (its byte-order mark says so)</source>
      <translation>gelezen als {name} (de byte-order mark zegt dat)</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" />
      <source>read as {name} (no byte-order mark; every second byte is zero)</source>
      <translation>gelezen als {name} (geen byte-order mark; elke tweede byte is nul)</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" />
      <source>{path}: the file starts as {name} but line {line} is not {name}; save it again as UTF-8</source>
      <translation>{path}: het bestand begint als {name} maar regel {line} is geen {name}; sla het opnieuw op als UTF-8</translation>
    </message>
    <message>
      <location filename="../core/textfile.py" />
      <source>{path}: not a well-formed CSV file: the row of line {line} does not end ({exc}); look there for a quote (") that is not closed</source>
      <translation>{path}: geen goed gevormd CSV-bestand: de rij van regel {line} eindigt niet ({exc}); zoek daar een aanhalingsteken (") dat niet wordt gesloten</translation>
    </message>
    <message>
      <location filename="../core/values.py" />
      <source>field '{what}' holds {n_bad} value(s) that are not numbers, e.g. {bad}</source>
      <translation>veld '{what}' bevat {n_bad} waarde(n) die geen getal zijn, bijv. {bad}</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>not ranked (see the field 'reason')</source>
      <translation>niet gerangschikt (zie het veld 'reason')</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Score classes</source>
      <translation>Scoreklassen</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Deviation from the national average</source>
      <translation>Afwijking van het landelijk gemiddelde</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Change between two years</source>
      <translation>Verandering tussen twee jaren</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Risers and fallers</source>
      <translation>Stijgers en dalers</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Structurally under pressure</source>
      <translation>Structureel onder druk</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Ranking of zones</source>
      <translation>Rangorde van zones</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Livability and social status</source>
      <translation>Leefbaarheid en sociale status</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Low on a dimension: klassiek or gecompenseerd</source>
      <translation>Laag op een dimensie: klassiek of gecompenseerd</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <location filename="../processing/algorithms/differences.py" />
      <source>Differences within zones</source>
      <translation>Verschillen binnen zones</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Total score</source>
      <translation>Totaalscore</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Physical environment</source>
      <translation>Fysieke omgeving</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Nuisance and insecurity</source>
      <translation>Overlast en onveiligheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Social cohesion</source>
      <translation>Sociale samenhang</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Amenities</source>
      <translation>Voorzieningen</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Housing stock</source>
      <translation>Woningvoorraad</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>neither riser nor faller</source>
      <translation>geen stijger of daler</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>not low on the dimension</source>
      <translation>niet laag op de dimensie</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>1-3 low status, high livability</source>
      <translation>1-3 lage status, hoge leefbaarheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>2-3 middle status, high livability</source>
      <translation>2-3 middelste status, hoge leefbaarheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>3-3 high status, high livability</source>
      <translation>3-3 hoge status, hoge leefbaarheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>1-2 low status, middle livability</source>
      <translation>1-2 lage status, middelste leefbaarheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>2-2 middle status, middle livability</source>
      <translation>2-2 middelste status, middelste leefbaarheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>3-2 high status, middle livability</source>
      <translation>3-2 hoge status, middelste leefbaarheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>1-1 low status, low livability</source>
      <translation>1-1 lage status, lage leefbaarheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>2-1 middle status, low livability</source>
      <translation>2-1 middelste status, lage leefbaarheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>3-1 high status, low livability</source>
      <translation>3-1 hoge status, lage leefbaarheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>no status or no score</source>
      <translation>geen status of geen score</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>hot spot: high scores clustered</source>
      <translation>hot spot: hoge scores geclusterd</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>cold spot: low scores clustered</source>
      <translation>cold spot: lage scores geclusterd</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>not significant</source>
      <translation>niet significant</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>no neighbours</source>
      <translation>geen buren</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>high</source>
      <translation>hoog</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>medium</source>
      <translation>midden</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>low</source>
      <translation>laag</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>none</source>
      <translation>geen</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>n/a (class &lt; 5)</source>
      <translation>n.v.t. (klasse &lt; 5)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>riser</source>
      <translation>stijger</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>faller</source>
      <translation>daler</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>slider (from voldoende)</source>
      <translation>afglijder (vanuit voldoende)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>persistently low</source>
      <translation>persistent laag</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>newly low</source>
      <translation>nieuw laag</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>alternately low</source>
      <translation>wisselend laag</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>recovering</source>
      <translation>herstellend</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>falling</source>
      <translation>dalend</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>rising</source>
      <translation>stijgend</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>stable</source>
      <translation>stabiel</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>under pressure</source>
      <translation>onder druk</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>not under pressure</source>
      <translation>niet onder druk</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>klassiek: low overall too</source>
      <translation>klassiek: ook in het geheel laag</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>tussen: in between</source>
      <translation>tussen: daartussen</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>gecompenseerd: offset by other dimensions</source>
      <translation>gecompenseerd: door andere dimensies goedgemaakt</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>gap wider: the weak units fell</source>
      <translation>verschil groter: de zwakke eenheden daalden</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>gap wider: the weak units rose less than the strong</source>
      <translation>verschil groter: de zwakke eenheden stegen minder dan de sterke</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>gap not wider</source>
      <translation>verschil niet groter</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>no weak units</source>
      <translation>geen zwakke eenheden</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>no strong units</source>
      <translation>geen sterke eenheden</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>weak, fell</source>
      <translation>zwak, gedaald</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>weak, rose or the same</source>
      <translation>zwak, gestegen of gelijk</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>neither weak nor strong</source>
      <translation>zwak noch sterk</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>strong, fell</source>
      <translation>sterk, gedaald</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>strong, rose or the same</source>
      <translation>sterk, gestegen of gelijk</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{credit}; classes: {release}</source>
      <translation>{credit}; klassen: {release}</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>criteria in the field 'criteria' (not official)</source>
      <translation>criteria in het veld 'criteria' (niet officieel)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>criteria in the field 'criteria' (not official); why a zone is not ranked: the field 'reason'</source>
      <translation>criteria in het veld 'criteria' (niet officieel); waarom een zone niet gerangschikt is: het veld 'reason'</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{credit}; start class ≤ {start_max}, {change} (not official)</source>
      <translation>{credit}; start klasse ≤ {start_max}, {change} (niet officieel)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>status</source>
      <translation>sociale status</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>livability</source>
      <translation>leefbaarheid</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Livability and social status (bivariate)</source>
      <translation>Leefbaarheid en sociale status (bivariaat)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Lowest units on a dimension, by type</source>
      <translation>Laagste eenheden op een dimensie, naar type</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>a change in afw of at least {delta}</source>
      <translation>een verandering van de afw van minstens {delta}</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>at least {steps} class step(s)</source>
      <translation>minstens {steps} klassestap(pen)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>; without the minimum weight {min_weight:g}: use the algorithm for that</source>
      <translation>; zonder het minimumgewicht {min_weight:g}: gebruik daarvoor het algoritme</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{measure} {year} (deviation)</source>
      <translation>{measure} {year} (afwijking)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{measure} {year}</source>
      <translation>{measure} {year}</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Structurally under pressure (clusters)</source>
      <translation>Structureel onder druk (clusters)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>rank {first}–{last}</source>
      <translation>rang {first}–{last}</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{measure} {year}: class ≤ {max_class}, by total class</source>
      <translation>{measure} {year}: klasse ≤ {max_class}, naar totaalklasse</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{credit}; klassiek: total class ≤ {classic}, gecompenseerd: ≥ {compensated}; the algorithm lists the N lowest (not official)</source>
      <translation>{credit}; klassiek: totaalklasse ≤ {classic}, gecompenseerd: ≥ {compensated}; het algoritme geeft de N laagste (niet officieel)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Gap between weak and strong units {years}: pattern</source>
      <translation>Verschil tussen zwakke en sterke eenheden {years}: patroon</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Weak and strong units (classes of {year_from}): change {year_from}–{year}</source>
      <translation>Zwakke en sterke eenheden (klassen van {year_from}): ontwikkeling {year_from}–{year}</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{credit}; weak: class ≤ {weak}, strong: class ≥ {strong} in {year_from}; the gap per zone: 'Differences within zones' (not official)</source>
      <translation>{credit}; zwak: klasse ≤ {weak}, sterk: klasse ≥ {strong} in {year_from}; het verschil per zone: 'Verschillen binnen zones' (niet officieel)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{credit} (classes computed from the scores)</source>
      <translation>{credit} (klassen berekend uit de scores)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{measure}: change {year_from}–{year}</source>
      <translation>{measure}: verandering {year_from}–{year}</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Risers and fallers {year_from}–{year}</source>
      <translation>Stijgers en dalers {year_from}–{year}</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Class ≤ {max_class} in ≥ {min_years} of {years}</source>
      <translation>Klasse ≤ {max_class} in ≥ {min_years} van {years}</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>{credit}; without the requirements of size and contiguity: use the algorithm for those (not official)</source>
      <translation>{credit}; zonder de eisen aan omvang en samenhang: gebruik daarvoor het algoritme (niet officieel)</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>rank {first}</source>
      <translation>rang {first}</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>no zone</source>
      <translation>geen zone</translation>
    </message>
    <message>
      <location filename="../core/views.py" />
      <source>Ranking of {ranked} zones (1 = most unfavourable)</source>
      <translation>Rangorde van {ranked} zones (1 = meest ongunstig)</translation>
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>Count as 0 (the unit adds nothing)</source>
      <translation>Tellen als 0 (de eenheid telt niet mee)</translation>
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>Count as 2 (middle of CBS's 'fewer than 5')</source>
      <translation>Tellen als 2 (midden van CBS' 'minder dan 5')</translation>
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>Stop with an error</source>
      <translation>Stoppen met een foutmelding</translation>
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>{suppressed} units have a suppressed {name} (−99997, CBS). Choose how to count them (SUPPRESSED: as 0 or as 2).</source>
      <translation>{suppressed} eenheden hebben een geheimgehouden {name} (−99997, CBS). Kies hoe ze tellen (SUPPRESSED: als 0 of als 2).</translation>
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>{name} has negative values, e.g. {values}</source>
      <translation>{name} heeft negatieve waarden, bijv. {values}</translation>
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>{count} units have no {name} (NULL): they count as 0</source>
      <translation>{count} eenheden hebben geen {name} (NULL): ze tellen als 0</translation>
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>{count} units have a suppressed {name} (−99997): {rule}</source>
      <translation>{count} eenheden hebben een geheimgehouden {name} (−99997): {rule}</translation>
    </message>
    <message>
      <location filename="../core/weights.py" />
      <source>the weight field '{name}' is 0 or NULL for every unit: nothing to weigh with. Choose another field, or none (every unit counts once)</source>
      <translation>het gewichtsveld '{name}' is 0 of NULL voor elke eenheid: er valt niets mee te wegen. Kies een ander veld, of geen (elke eenheid telt dan één keer)</translation>
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>start year</source>
      <translation>beginjaar</translation>
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>end year</source>
      <translation>eindjaar</translation>
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>year(s) {missing} are not in the layer; it has {available}</source>
      <translation>jaar/jaren {missing} staan niet in de laag; die heeft {available}</translation>
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>the {first} ({year_from}) must come before the {second} ({year_to})</source>
      <translation>het {first} ({year_from}) moet vóór het {second} ({year_to}) liggen</translation>
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>years must be numbers like 2022, 2024: {text}</source>
      <translation>jaren moeten getallen zijn zoals 2022, 2024: {text}</translation>
    </message>
    <message>
      <location filename="../core/years.py" />
      <source>the {first} must come before {year}, and the layer has no measurement before it; it has {years}</source>
      <translation>het {first} moet vóór {year} liggen, en de laag heeft geen meting daarvoor; ze heeft {years}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Aggregate to zones</source>
      <translation>Aggregeren naar zones</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <location filename="../processing/algorithms/calibrate.py" />
      <location filename="../processing/algorithms/change.py" />
      <location filename="../processing/algorithms/classify.py" />
      <location filename="../processing/algorithms/score.py" />
      <source>Analysis</source>
      <translation>Analyse</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>&lt;p&gt;Rolls scores of fine units (100 m cells, buurten) up to zones (buurten, wijken, gemeenten, your own areas), as the Leefbaarometer does for its higher levels: per zone the weighted mean of every measure and year (&lt;code&gt;afw_2024&lt;/code&gt; …), the classes recomputed from those means (&lt;code&gt;kscore_2024&lt;/code&gt;, &lt;code&gt;kafw_2024&lt;/code&gt;, &lt;code&gt;kfys_2024&lt;/code&gt; …), the number of units and the total weight, and the weight living in each class of the units (&lt;code&gt;wk1_2024&lt;/code&gt; … &lt;code&gt;wk9_2024&lt;/code&gt;) and class group: </source>
      <translation>&lt;p&gt;Telt scores van fijne eenheden (cellen van 100 m, buurten) op naar zones (buurten, wijken, gemeenten, eigen gebieden), zoals de Leefbaarometer dat doet voor zijn hogere niveaus: per zone het gewogen gemiddelde van elke maat en elk jaar (&lt;code&gt;afw_2024&lt;/code&gt; …), de klassen opnieuw berekend uit die gemiddelden (&lt;code&gt;kscore_2024&lt;/code&gt;, &lt;code&gt;kafw_2024&lt;/code&gt;, &lt;code&gt;kfys_2024&lt;/code&gt; …), het aantal eenheden en het totale gewicht, en het gewicht dat in elke klasse van de eenheden woont (&lt;code&gt;wk1_2024&lt;/code&gt; … &lt;code&gt;wk9_2024&lt;/code&gt;) en per klassengroep: </translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Weight&lt;/b&gt;: dwellings, households or residents (a field of the units); empty = every unit counts once. The official weights are not published: a household- or dwelling-weighted mean of 2024 buurten reproduces the official gemeente scores within about 0.003; an unweighted mean can be far off. Units without a weight (NULL) count as 0 and are reported. CBS suppresses small counts as −99997: choose how to count them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones&lt;/b&gt;: a code field on the units (&lt;b&gt;Zone code field&lt;/b&gt;, e.g. gm_code), and/or a polygon layer (&lt;b&gt;Zones&lt;/b&gt;) with its key field. With both, zones join by code; with the polygon layer only, a unit belongs to the zone that contains its centroid. With the code field only, the output is a table without geometry. Zones without units and units without a zone are counted and named in the log (the first ten).&lt;/p&gt;&lt;p&gt;The output carries the zones' names (the name field of the zones, e.g. gemeentenaam, or of the units, e.g. gm_naam beside gm_code) and per year &lt;code&gt;rank_{year}&lt;/code&gt;: 1 for the zone with the highest afw of the zones with a score that year (equal scores share a rank; a zone without a score has none). With &lt;b&gt;Only these gemeenten&lt;/b&gt; the output holds only their zones: zones whose code or gemeente code is one of them, or, for zones of your own, the zones that received units.&lt;/p&gt;&lt;p&gt;Unit classes for the weights per class are the units' own &lt;code&gt;kscore_{year}&lt;/code&gt; where present, else computed from their afw with the release profile.&lt;/p&gt;</source>
      <translation>.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gewicht&lt;/b&gt;: woningen, huishoudens of inwoners (een veld van de eenheden); leeg = elke eenheid telt één keer. De officiële gewichten zijn niet gepubliceerd: een naar huishoudens of woningen gewogen gemiddelde van de buurten van 2024 geeft de officiële gemeentescores op ongeveer 0,003 nauwkeurig; een ongewogen gemiddelde kan ver ernaast zitten. Eenheden zonder gewicht (NULL) tellen als 0 en worden gemeld. Het CBS houdt kleine aantallen geheim als −99997: kies hoe die tellen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones&lt;/b&gt;: een codeveld op de eenheden (&lt;b&gt;Zonecodeveld&lt;/b&gt;, bijv. gm_code), en/of een polygoonlaag (&lt;b&gt;Zones&lt;/b&gt;) met haar sleutelveld. Met beide worden zones op code gekoppeld; met alleen de polygoonlaag hoort een eenheid bij de zone waarin haar zwaartepunt ligt. Met alleen het codeveld is de uitvoer een tabel zonder geometrie. Zones zonder eenheden en eenheden zonder zone worden geteld en in het logboek genoemd (de eerste tien).&lt;/p&gt;&lt;p&gt;De uitvoer bevat de namen van de zones (het naamveld van de zones, bijv. gemeentenaam, of van de eenheden, bijv. gm_naam naast gm_code) en per jaar &lt;code&gt;rank_{year}&lt;/code&gt;: 1 voor de zone met de hoogste afw van de zones met een score in dat jaar (gelijke scores delen een rang; een zone zonder score heeft er geen). Met &lt;b&gt;Alleen deze gemeenten&lt;/b&gt; bevat de uitvoer alleen hun zones: zones waarvan de code of de gemeentecode een van die gemeenten is, of, bij eigen zones, de zones die eenheden kregen.&lt;/p&gt;&lt;p&gt;De klassen van de eenheden voor de gewichten per klasse zijn hun eigen &lt;code&gt;kscore_{year}&lt;/code&gt; waar aanwezig, anders berekend uit hun afw met het releaseprofiel.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Units with scores (cells, buurten)</source>
      <translation>Eenheden met scores (cellen, buurten)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Weight field (dwellings, households; empty = unweighted)</source>
      <translation>Gewichtsveld (woningen, huishoudens; leeg = ongewogen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Zone code field on the units</source>
      <translation>Zonecodeveld op de eenheden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Zones (polygons)</source>
      <translation>Zones (polygonen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <location filename="../processing/algorithms/differences.py" />
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Key field of the zones (detected if empty)</source>
      <translation>Sleutelveld van de zones (automatisch als leeg)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Zones with scores</source>
      <translation>Zones met scores</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Zones without units</source>
      <translation>Zones zonder eenheden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Units without a zone</source>
      <translation>Eenheden zonder zone</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>give the zones: a zone code field on the units, or a polygon layer of zones (or both)</source>
      <translation>geef de zones: een zonecodeveld op de eenheden, of een polygoonlaag met zones (of beide)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>{n_zone_keys} zones from {without_zone} units; weight: {weight_field}; release profile {title}. {credit}.</source>
      <translation>{n_zone_keys} zones uit {without_zone} eenheden; gewicht: {weight_field}; releaseprofiel {title}. {credit}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>{kept} of {n} zones belong to the chosen gemeenten</source>
      <translation>{kept} van {n} zones horen bij de gekozen gemeenten</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>{n_empty} zones have no units with scores: {zone_keys}</source>
      <translation>{n_empty} zones hebben geen eenheden met scores: {zone_keys}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>none (unweighted)</source>
      <translation>geen (ongewogen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/aggregate.py" />
      <source>Leefbaarometer by {zone} {years}</source>
      <translation>Leefbaarometer per {zone} {years}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Largest overlap</source>
      <translation>Grootste overlap</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Point on surface</source>
      <translation>Punt binnen het gebied</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Assign zones (gemeenten, wijken) to units</source>
      <translation>Zones (gemeenten, wijken) toekennen aan eenheden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <location filename="../processing/algorithms/download.py" />
      <location filename="../processing/base.py" />
      <source>Data</source>
      <translation>Gegevens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>&lt;p&gt;Gives every unit (PC4 areas, buurten, wijken, 100 m cells: any polygons, as &lt;i&gt;Import published scores&lt;/i&gt; makes them) the code and name of the zone it lies in: a gemeente, a wijk or an area of your own. The output is the input with two fields added, named as the other tools look for them: &lt;code&gt;gm_code&lt;/code&gt; and &lt;code&gt;gm_naam&lt;/code&gt; when the zones are gemeenten (codes GM0796 …), &lt;code&gt;wk_code&lt;/code&gt; and &lt;code&gt;wk_naam&lt;/code&gt; for wijken (WK079601 …), otherwise &lt;code&gt;zone_code&lt;/code&gt; and &lt;code&gt;zone_name&lt;/code&gt;. With &lt;code&gt;gm_code&lt;/code&gt; a PC4 layer works in the gemeente filter, &lt;i&gt;Aggregate to zones&lt;/i&gt;, the lists of the report analyses and the annexes per gemeente.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones&lt;/b&gt;: a polygon layer such as CBS's gemeenten (any CRS). &lt;b&gt;Code field&lt;/b&gt; and &lt;b&gt;name field&lt;/b&gt; are detected when left empty: wk_code, wijkcode, gm_code, gemeentecode, statcode or code, and the name that goes with it (gemeentenaam, gm_naam, statnaam …). CBS's pseudo-gemeente {pseudo} &lt;i&gt;Buitenland&lt;/i&gt; (the Belgian enclaves in Baarle-Nassau) and zones without a code are never chosen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt; (default {default}): &lt;i&gt;largest overlap&lt;/i&gt; gives a unit the zone that covers most of its area (a unit across a boundary, or along the coast where the zones end at the shoreline, still gets one; ties go to the lowest code); &lt;i&gt;point on surface&lt;/i&gt; the zone that holds a point inside the unit (faster on fine units, but a unit whose point lies outside every zone gets none). Units in no zone keep NULL and are named in the log (the first ten), as are the units that overlap more than one zone with the smallest shares.&lt;/p&gt;&lt;p&gt;Invalid polygons of either layer (CBS's PC4 areas have about 1,500) are repaired (makeValid) for the computation only: the input is not changed and the output keeps the unit's geometry as it is. Fields the input already has are never overwritten unless you allow it (&lt;b&gt;Replace&lt;/b&gt;). The output opens styled in the score classes of its last year when it has scores.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Geeft elke eenheid (PC4-gebieden, buurten, wijken, cellen van 100 m: alle polygonen, zoals &lt;i&gt;Gepubliceerde scores importeren&lt;/i&gt; ze maakt) de code en naam van de zone waarin ze ligt: een gemeente, een wijk of een eigen gebied. De uitvoer is de invoer met twee velden erbij, genoemd zoals de andere tools ze zoeken: &lt;code&gt;gm_code&lt;/code&gt; en &lt;code&gt;gm_naam&lt;/code&gt; als de zones gemeenten zijn (codes GM0796 …), &lt;code&gt;wk_code&lt;/code&gt; en &lt;code&gt;wk_naam&lt;/code&gt; voor wijken (WK079601 …), anders &lt;code&gt;zone_code&lt;/code&gt; en &lt;code&gt;zone_name&lt;/code&gt;. Met &lt;code&gt;gm_code&lt;/code&gt; werkt een PC4-laag in het gemeentefilter, &lt;i&gt;Aggregeren naar zones&lt;/i&gt;, de lijsten van de rapportanalyses en de bijlagen per gemeente.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones&lt;/b&gt;: een polygoonlaag zoals de gemeenten van het CBS (elk CRS). &lt;b&gt;Codeveld&lt;/b&gt; en &lt;b&gt;naamveld&lt;/b&gt; worden herkend als u ze leeg laat: wk_code, wijkcode, gm_code, gemeentecode, statcode of code, en de naam die erbij hoort (gemeentenaam, gm_naam, statnaam …). De pseudo-gemeente {pseudo} &lt;i&gt;Buitenland&lt;/i&gt; van het CBS (de Belgische enclaves in Baarle-Nassau) en zones zonder code worden nooit gekozen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Methode&lt;/b&gt; (standaard {default}): &lt;i&gt;grootste overlap&lt;/i&gt; geeft een eenheid de zone die het grootste deel van haar oppervlak bedekt (een eenheid over een grens, of langs de kust waar de zones bij de kustlijn ophouden, krijgt er toch een; bij gelijke overlap wint de laagste code); &lt;i&gt;punt binnen het gebied&lt;/i&gt; de zone waarin een punt binnen de eenheid ligt (sneller bij fijne eenheden, maar een eenheid waarvan het punt buiten elke zone ligt krijgt er geen). Eenheden in geen enkele zone houden NULL en worden in het logboek genoemd (de eerste tien), net als de eenheden die meer dan één zone overlappen met de kleinste aandelen.&lt;/p&gt;&lt;p&gt;Ongeldige polygonen van beide lagen (de PC4-gebieden van het CBS hebben er zo'n 1.500) worden alleen voor de berekening hersteld (makeValid): de invoer verandert niet en de uitvoer houdt de geometrie van de eenheid zoals ze is. Velden die de invoer al heeft worden nooit overschreven, tenzij u dat toestaat (&lt;b&gt;Vervangen&lt;/b&gt;). De uitvoer opent gestileerd in de scoreklassen van haar laatste jaar als ze scores heeft.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Units (PC4 areas, buurten, cells …)</source>
      <translation>Eenheden (PC4-gebieden, buurten, cellen …)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Zones (gemeenten, wijken, your own areas)</source>
      <translation>Zones (gemeenten, wijken, eigen gebieden)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Code field of the zones (detected if empty)</source>
      <translation>Codeveld van de zones (automatisch als leeg)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Name field of the zones (detected if empty)</source>
      <translation>Naamveld van de zones (automatisch als leeg)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Method</source>
      <translation>Methode</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Replace zone fields the input already has</source>
      <translation>Zonevelden vervangen die de invoer al heeft</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Units with zones</source>
      <translation>Eenheden met zones</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Field with the zone code</source>
      <translation>Veld met de zonecode</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>give the zones: a polygon layer such as CBS's gemeenten</source>
      <translation>geef de zones: een polygoonlaag zoals de gemeenten van het CBS</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <location filename="../processing/algorithms/rank_zones.py" />
      <location filename="../processing/algorithms/zone_compare.py" />
      <location filename="../processing/zones.py" />
      <source>zones</source>
      <translation>zones</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Zones: {n} with a code (field {code_f}, names from {name_f}); written to {code_out}{name_out}</source>
      <translation>Zones: {n} met een code (veld {code_f}, namen uit {name_f}); geschreven naar {code_out}{name_out}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Leefbaarometer with {field}</source>
      <translation>Leefbaarometer met {field}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{assigned} of {n} units have a zone</source>
      <translation>{assigned} van {n} eenheden hebben een zone</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>cannot tell the code field of the zones (fields: {names}); choose CODE_FIELD</source>
      <translation>het codeveld van de zones is niet te herkennen (velden: {names}); kies CODE_FIELD</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <location filename="../processing/algorithms/differences.py" />
      <location filename="../processing/geometry.py" />
      <location filename="../processing/zones.py" />
      <source>feature {fid}</source>
      <translation>object {fid}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>the zones have no codes in field {field}</source>
      <translation>de zones hebben geen codes in veld {field}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>the overlap of {n} units with a zone could not be measured (GEOS): {units}</source>
      <translation>de overlap van {n} eenheden met een zone kon niet worden gemeten (GEOS): {units}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>Never chosen: {zones} (pseudo-gemeente, not a gemeente of any unit)</source>
      <translation>Nooit gekozen: {zones} (pseudo-gemeente, van geen enkele eenheid de gemeente)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{n} zones have no code and are never chosen</source>
      <translation>{n} zones hebben geen code en worden nooit gekozen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{n} units lie in no zone; their {field} stays NULL: {units}</source>
      <translation>{n} eenheden liggen in geen enkele zone; hun {field} blijft NULL: {units}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/assign_zones.py" />
      <source>{n_split} units overlap more than one zone and have the one they overlap most (mostly slivers where the boundary files differ: {below} lie less than 90 % in their zone); the smallest shares: {smallest}</source>
      <translation>{n_split} eenheden overlappen meer dan één zone en krijgen de zone die ze het meest overlappen (meestal snippers waar de grensbestanden verschillen: {below} liggen voor minder dan 90 % in hun zone); de kleinste aandelen: {smallest}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Calibrate classes</source>
      <translation>Klassen kalibreren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>&lt;p&gt;Derives class cut-points from any layer that carries both scores and the official classes, such as the official WFS layer &lt;code&gt;buurtscore24&lt;/code&gt; or &lt;code&gt;clippedgridscore24&lt;/code&gt;: the total-score cut-points from &lt;code&gt;afw&lt;/code&gt; and &lt;code&gt;kscore&lt;/code&gt;, and the dimension cut-points from the five dimensions and &lt;code&gt;kafw&lt;/code&gt; together (&lt;code&gt;fys&lt;/code&gt;/&lt;code&gt;kfys&lt;/code&gt; …, &lt;code&gt;afw&lt;/code&gt;/&lt;code&gt;kafw&lt;/code&gt;). Each cut-point is the midpoint of the gap between the highest score of class k and the lowest of class k+1.&lt;/p&gt;&lt;p&gt;The log reports, per boundary, the cut-point and the gap width (narrow gaps mean more data could move the boundary), any overlap (a negative gap: the classes are not monotone in the score there), and the agreement: the share of units whose class the new cut-points reproduce. Boundaries next to an empty class keep the base profile's cut-point.&lt;/p&gt;&lt;p&gt;Writes a release profile (JSON) with the new cut-points and their provenance; give it to the other tools as &lt;b&gt;Release profile file&lt;/b&gt;.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Leidt klassengrenzen af uit elke laag die zowel scores als de officiële klassen bevat, zoals de officiële WFS-laag &lt;code&gt;buurtscore24&lt;/code&gt; of &lt;code&gt;clippedgridscore24&lt;/code&gt;: de grenzen van de totaalscore uit &lt;code&gt;afw&lt;/code&gt; en &lt;code&gt;kscore&lt;/code&gt;, en de grenzen van de dimensies uit de vijf dimensies en &lt;code&gt;kafw&lt;/code&gt; samen (&lt;code&gt;fys&lt;/code&gt;/&lt;code&gt;kfys&lt;/code&gt; …, &lt;code&gt;afw&lt;/code&gt;/&lt;code&gt;kafw&lt;/code&gt;). Elke grens ligt midden in het gat tussen de hoogste score van klasse k en de laagste van klasse k+1.&lt;/p&gt;&lt;p&gt;Het logboek meldt per grens de klassengrens en de breedte van het gat (smalle gaten betekenen dat meer gegevens de grens kunnen verschuiven), elke overlap (een negatief gat: daar lopen de klassen niet monotoon met de score), en de overeenstemming: het aandeel eenheden waarvan de nieuwe grenzen de klasse reproduceren. Grenzen naast een lege klasse houden de grens van het basisprofiel.&lt;/p&gt;&lt;p&gt;Schrijft een releaseprofiel (JSON) met de nieuwe grenzen en hun herkomst; geef het aan de andere tools als &lt;b&gt;Releaseprofiel-bestand&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Layer with scores and official classes</source>
      <translation>Laag met scores en officiële klassen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Calibrated release profile</source>
      <translation>Gekalibreerd releaseprofiel</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Share of total classes reproduced</source>
      <translation>Aandeel gereproduceerde klassen van de totaalscore</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Share of dimension classes reproduced</source>
      <translation>Aandeel gereproduceerde klassen van de dimensies</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Boundaries where classes overlap</source>
      <translation>Grenzen waar klassen overlappen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>the layer has no pair of score and official class (afw with kscore, fys with kfys …) to calibrate on</source>
      <translation>de laag heeft geen paar van score en officiële klasse (afw met kscore, fys met kfys …) om op te kalibreren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>Wrote {path}</source>
      <translation>{path} geschreven</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>{what}: {n} units, agreement {agreement:.3f}%</source>
      <translation>{what}: {n} eenheden, overeenstemming {agreement:.3f}%</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>  {lower_class}|{upper_class}: cut {cut:.6f}, gap {gap:.6f}{note}</source>
      <translation>  {lower_class}|{upper_class}: grens {cut:.6f}, gat {gap:.6f}{note}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/calibrate.py" />
      <source>  {lower_class}|{upper_class}: a class is empty; kept {cut:.6f} from the base profile</source>
      <translation>  {lower_class}|{upper_class}: een klasse is leeg; {cut:.6f} uit het basisprofiel behouden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Change between years</source>
      <translation>Verandering tussen jaren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>&lt;p&gt;Change between two measurements, for the total and each dimension. For each pair of years &lt;i&gt;a&lt;/i&gt;→&lt;i&gt;b&lt;/i&gt; it adds:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;d{measure}_{a}_{b}&lt;/code&gt;: the difference (&lt;code&gt;dafw&lt;/code&gt;, &lt;code&gt;dfys&lt;/code&gt; …);&lt;/li&gt;&lt;li&gt;&lt;code&gt;kd{measure}_{a}_{b}&lt;/code&gt;: a change class, 1 sterke daling … 5 stabiel … 9 sterke stijging;&lt;/li&gt;&lt;li&gt;&lt;code&gt;tr_{a}_{b}&lt;/code&gt;: the transition of the total-score class, e.g. &lt;code&gt;4→6&lt;/code&gt;;&lt;/li&gt;&lt;li&gt;&lt;code&gt;drv_{a}_{b}&lt;/code&gt; and &lt;code&gt;drvsh_{a}_{b}&lt;/code&gt;: the dimension that contributed most to the change (in its direction) and its share of it (1.0 = this dimension alone; above 1, others partly undid it).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Fields to write&lt;/b&gt; (default all four kinds). The change in lbm (&lt;code&gt;dlbm&lt;/code&gt;, &lt;code&gt;kdlbm&lt;/code&gt;) equals the change in afw within one release (lbm = C + afw), so it is written only when asked (default: no). &lt;b&gt;Table without geometry&lt;/b&gt; (default: no): the output is the layer's key (grid_id, PC4, bu_code …) and the new fields only, to join back to a layer you have; much smaller and faster at national size.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Pairs&lt;/b&gt;: one pair (default: the layer's last measurement and the one before it; a given to-year with the measurement before it), every consecutive pair, or a base year against every later year. Years without dimension scores (2002, 2008, 2012, 2016) give NULL dimension changes and no driver, never zeros.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Change classes&lt;/b&gt;: the official reports' thresholds are not published. The default cut-points (±0.0196, ±0.0392, ±0.0784, ±0.1568: half, one, two and four dimension-class widths) are the plugin's own and are stored in the release profile; give 8 other numbers in &lt;b&gt;Thresholds&lt;/b&gt; to override them.&lt;/p&gt;&lt;p&gt;Only compare years of one release: every release recomputes all years. The output opens styled with a diverging, colour-blind safe palette (orange = decline, purple = improvement).&lt;/p&gt;</source>
      <translation>&lt;p&gt;Verandering tussen twee metingen, voor het totaal en elke dimensie. Voor elk paar jaren &lt;i&gt;a&lt;/i&gt;→&lt;i&gt;b&lt;/i&gt; voegt het toe:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;d{measure}_{a}_{b}&lt;/code&gt;: het verschil (&lt;code&gt;dafw&lt;/code&gt;, &lt;code&gt;dfys&lt;/code&gt; …);&lt;/li&gt;&lt;li&gt;&lt;code&gt;kd{measure}_{a}_{b}&lt;/code&gt;: een veranderingsklasse, 1 sterke daling … 5 stabiel … 9 sterke stijging;&lt;/li&gt;&lt;li&gt;&lt;code&gt;tr_{a}_{b}&lt;/code&gt;: de overgang van de klasse van de totaalscore, bijv. &lt;code&gt;4→6&lt;/code&gt;;&lt;/li&gt;&lt;li&gt;&lt;code&gt;drv_{a}_{b}&lt;/code&gt; en &lt;code&gt;drvsh_{a}_{b}&lt;/code&gt;: de dimensie die het meest bijdroeg aan de verandering (in haar richting) en haar aandeel daarin (1,0 = deze dimensie alleen; boven 1 maakten andere het deels ongedaan).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Te schrijven velden&lt;/b&gt; (standaard alle vier soorten). De verandering in lbm (&lt;code&gt;dlbm&lt;/code&gt;, &lt;code&gt;kdlbm&lt;/code&gt;) is binnen één release gelijk aan de verandering in afw (lbm = C + afw), en wordt dus alleen op verzoek geschreven (standaard: nee). &lt;b&gt;Tabel zonder geometrie&lt;/b&gt; (standaard: nee): de uitvoer bestaat alleen uit de sleutel van de laag (grid_id, PC4, bu_code …) en de nieuwe velden, om terug te koppelen aan een laag die u al hebt; veel kleiner en sneller op landelijke schaal.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Paren&lt;/b&gt;: één paar (standaard: de laatste meting van de laag en de meting daarvoor; bij een gegeven eindjaar de meting daarvoor), elk opeenvolgend paar, of een basisjaar tegen elk later jaar. Jaren zonder dimensiescores (2002, 2008, 2012, 2016) geven NULL als verandering van de dimensies en geen drijvende dimensie, nooit nullen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Veranderingsklassen&lt;/b&gt;: de drempels van de officiële rapporten zijn niet gepubliceerd. De standaardgrenzen (±0,0196, ±0,0392, ±0,0784, ±0,1568: een halve, één, twee en vier klassenbreedtes van de dimensies) zijn van de plugin zelf en staan in het releaseprofiel; geef 8 andere getallen bij &lt;b&gt;Drempels&lt;/b&gt; om ze te vervangen.&lt;/p&gt;&lt;p&gt;Vergelijk alleen jaren van één release: elke release berekent alle jaren opnieuw. De uitvoer opent in een divergerend, kleurenblindveilig palet (oranje = daling, paars = verbetering).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <location filename="../processing/algorithms/classify.py" />
      <source>Leefbaarometer layer</source>
      <translation>Leefbaarometer-laag</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Pairs of years</source>
      <translation>Paren van jaren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>From year (or base year)</source>
      <translation>Van jaar (of basisjaar)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>To year</source>
      <translation>Tot jaar</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Change-class thresholds (8 numbers; empty = release profile)</source>
      <translation>Drempels van de veranderingsklassen (8 getallen; leeg = releaseprofiel)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Fields to write (empty = all)</source>
      <translation>Te schrijven velden (leeg = alle)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Also the change in lbm (equal to the change in afw)</source>
      <translation>Ook de verandering in lbm (gelijk aan de verandering in afw)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Table without geometry (key and new fields)</source>
      <translation>Tabel zonder geometrie (sleutel en nieuwe velden)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Replace change fields the input already has</source>
      <translation>Veranderingsvelden vervangen die de invoer al heeft</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <location filename="../ui/dock.py" />
      <source>Change</source>
      <translation>Verandering</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Change afw {years}</source>
      <translation>Verandering afw {years}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>give exactly 8 increasing change-class thresholds, e.g. -0.16 -0.08 -0.04 -0.02 0.02 0.04 0.08 0.16</source>
      <translation>geef precies 8 oplopende drempels voor de veranderingsklassen, bijv. -0.16 -0.08 -0.04 -0.02 0.02 0.04 0.08 0.16</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>Pairs: {pairs}; thresholds {thresholds} ({source})</source>
      <translation>Paren: {pairs}; drempels {thresholds} ({source})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>user</source>
      <translation>eigen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/change.py" />
      <source>release profile, plugin default, not official</source>
      <translation>releaseprofiel, standaard van de plugin, niet officieel</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Livability against an indicator (class profile)</source>
      <translation>Leefbaarheid tegen een indicator (klassenprofiel)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <location filename="../processing/algorithms/differences.py" />
      <location filename="../processing/algorithms/dimension_profile.py" />
      <location filename="../processing/algorithms/early_warning.py" />
      <location filename="../processing/algorithms/hotspots.py" />
      <location filename="../processing/algorithms/inequality.py" />
      <location filename="../processing/algorithms/pressure.py" />
      <location filename="../processing/algorithms/rank_zones.py" />
      <location filename="../processing/algorithms/risers_fallers.py" />
      <location filename="../processing/algorithms/summary.py" />
      <location filename="../processing/algorithms/trajectory.py" />
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Report analyses</source>
      <translation>Analyses uit de rapporten</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>&lt;p&gt;How another indicator (share of residents with poor health, income, crime …) differs between the livability classes: per class and class group the weighted mean of the indicator, the ratio between the worst and the best group (onvoldoende of lager 1–3 against goed t/m uitstekend 7–9: the reports' "factor 3.5") and the rank correlation (Spearman) of afw and the indicator; overall and per group of gemeenten. A chart (PNG, or SVG when the file name ends in .svg) shows the mean per class, its values in your locale; charts need matplotlib (Debian: python3-matplotlib).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Year&lt;/b&gt; of the classes: the layer's last measurement unless you give one.&lt;/p&gt;&lt;p&gt;An association, not a cause: the Leefbaarometer itself is built from such indicators.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Hoe een andere indicator (aandeel inwoners met een slechte gezondheid, inkomen, criminaliteit …) verschilt tussen de leefbaarheidsklassen: per klasse en klassengroep het gewogen gemiddelde van de indicator, de verhouding tussen de slechtste en de beste groep (onvoldoende of lager 1–3 tegen goed t/m uitstekend 7–9: de "factor 3,5" van de rapporten) en de rangcorrelatie (Spearman) van afw en de indicator; in totaal en per groep gemeenten. Een grafiek (PNG, of SVG als de bestandsnaam op .svg eindigt) toont het gemiddelde per klasse, de waarden in uw landinstelling; grafieken vragen matplotlib (Debian: python3-matplotlib).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jaar&lt;/b&gt; van de klassen: de laatste meting van de laag, tenzij u er een opgeeft.&lt;/p&gt;&lt;p&gt;Een samenhang, geen oorzaak: de Leefbaarometer zelf is uit zulke indicatoren opgebouwd.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Units with scores and the indicator</source>
      <translation>Eenheden met scores en de indicator</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Indicator field</source>
      <translation>Indicatorveld</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Year of the livability classes (empty: the last year of the layer)</source>
      <translation>Jaar van de leefbaarheidsklassen (leeg: het laatste jaar van de laag)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Weight (residents, households)</source>
      <translation>Gewicht (inwoners, huishoudens)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Group field</source>
      <translation>Groepsveld</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Class profile</source>
      <translation>Klassenprofiel</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>Chart</source>
      <translation>Grafiek</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>{indicator}: ratio 1-3 / 7-9 = {verhouding_13_79:.2f}, Spearman with afw = {spearman_afw:.2f}</source>
      <translation>{indicator}: verhouding 1-3 / 7-9 = {verhouding_13_79:.2f}, Spearman met afw = {spearman_afw:.2f}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/class_profile.py" />
      <source>{indicator} per Leefbaarometer class, {year}</source>
      <translation>{indicator} per Leefbaarometer-klasse, {year}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Total score (kscore)</source>
      <translation>Totaalscore (kscore)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Deviation (kafw, official scheme only)</source>
      <translation>Afwijking (kafw, alleen officiële indeling)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Classify scores</source>
      <translation>Scores in klassen indelen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>&lt;p&gt;Adds class fields, integers 1–9 (1 zeer onvoldoende … 9 uitstekend): &lt;code&gt;kscore_{{year}}&lt;/code&gt; for the total score, &lt;code&gt;k{{dim}}_{{year}}&lt;/code&gt; for the dimensions (&lt;code&gt;kfys&lt;/code&gt;, &lt;code&gt;konv&lt;/code&gt;, &lt;code&gt;ksoc&lt;/code&gt;, &lt;code&gt;kvrz&lt;/code&gt;, &lt;code&gt;kwon&lt;/code&gt;) and &lt;code&gt;kafw_{{year}}&lt;/code&gt; for the deviation. Reads the plugin's field schema or a layer straight from the official WFS (flat &lt;code&gt;afw&lt;/code&gt;, &lt;code&gt;fys&lt;/code&gt; … with &lt;code&gt;year&lt;/code&gt;). Input fields are never overwritten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Schemes&lt;/b&gt;. &lt;i&gt;Official&lt;/i&gt; (default): the release's cut-points; dimensions and kafw use the symmetric cut-points ±0.0392, ±0.0784, ±0.1568, ±0.2352, which reproduce the official classes; the total uses calibrated cut-points (the official ones are not published). A value exactly on a cut-point goes to the upper class. &lt;i&gt;Quantiles&lt;/i&gt;, &lt;i&gt;equal intervals&lt;/i&gt;, &lt;i&gt;natural breaks&lt;/i&gt; (Fisher–Jenks: the classes of least within-class sum of squares, exact up to {exact_max:,} values; above that computed on {sample:,} evenly spaced order statistics, and the log says so) and &lt;i&gt;user breaks&lt;/i&gt; (1–8 increasing numbers) compute breaks per measure; with &lt;b&gt;pool years&lt;/b&gt; (default) one set of breaks serves all years, so maps of different years compare. Years without dimension scores (2002, 2008, 2012, 2016) get no dimension classes; units without a score get NULL.&lt;/p&gt;&lt;p&gt;The output opens styled by the total-score class of the latest year.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Voegt klassenvelden toe, gehele getallen 1–9 (1 zeer onvoldoende … 9 uitstekend): &lt;code&gt;kscore_{{year}}&lt;/code&gt; voor de totaalscore, &lt;code&gt;k{{dim}}_{{year}}&lt;/code&gt; voor de dimensies (&lt;code&gt;kfys&lt;/code&gt;, &lt;code&gt;konv&lt;/code&gt;, &lt;code&gt;ksoc&lt;/code&gt;, &lt;code&gt;kvrz&lt;/code&gt;, &lt;code&gt;kwon&lt;/code&gt;) en &lt;code&gt;kafw_{{year}}&lt;/code&gt; voor de afwijking. Leest het veldschema van de plugin of een laag rechtstreeks van de officiële WFS (platte &lt;code&gt;afw&lt;/code&gt;, &lt;code&gt;fys&lt;/code&gt; … met &lt;code&gt;year&lt;/code&gt;). Velden van de invoer worden nooit overschreven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Indelingen&lt;/b&gt;. &lt;i&gt;Officieel&lt;/i&gt; (standaard): de klassengrenzen van de release; dimensies en kafw gebruiken de symmetrische grenzen ±0,0392, ±0,0784, ±0,1568, ±0,2352, die de officiële klassen reproduceren; het totaal gebruikt gekalibreerde grenzen (de officiële zijn niet gepubliceerd). Een waarde precies op een grens gaat naar de hogere klasse. &lt;i&gt;Kwantielen&lt;/i&gt;, &lt;i&gt;gelijke intervallen&lt;/i&gt;, &lt;i&gt;natuurlijke grenzen&lt;/i&gt; (Fisher–Jenks: de klassen met de kleinste kwadratensom binnen de klassen, exact tot {exact_max:,} waarden; daarboven berekend op {sample:,} gelijkmatig verdeelde rangwaarden, en het logboek meldt dat) en &lt;i&gt;eigen klassengrenzen&lt;/i&gt; (1–8 oplopende getallen) berekenen grenzen per maat; met &lt;b&gt;jaren samen&lt;/b&gt; (standaard) geldt één set grenzen voor alle jaren, zodat kaarten van verschillende jaren vergelijkbaar zijn. Jaren zonder dimensiescores (2002, 2008, 2012, 2016) krijgen geen dimensieklassen; eenheden zonder score krijgen NULL.&lt;/p&gt;&lt;p&gt;De uitvoer opent gestileerd naar de klasse van de totaalscore van het laatste jaar.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Scheme</source>
      <translation>Indeling</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Measures (empty = all)</source>
      <translation>Maten (leeg = alle)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>User breaks (for the user scheme)</source>
      <translation>Eigen klassengrenzen (voor de eigen indeling)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Pool years (one set of breaks for all years)</source>
      <translation>Jaren samen (één set grenzen voor alle jaren)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Replace class fields the input already has</source>
      <translation>Klassenvelden vervangen die de invoer al heeft</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Classified</source>
      <translation>Ingedeeld</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>nothing to classify: the chosen measures have no scores in the chosen years</source>
      <translation>niets in te delen: de gekozen maten hebben geen scores in de gekozen jaren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Scheme: {scheme}; release profile: {title}. {credit}.</source>
      <translation>Indeling: {scheme}; releaseprofiel: {title}. {credit}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Classes {year}</source>
      <translation>Klassen {year}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>Classes {measure} {year}</source>
      <translation>Klassen {measure} {year}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>{target}: breaks {breaks} ({which})</source>
      <translation>{target}: grenzen {breaks} ({which})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/classify.py" />
      <source>all years</source>
      <translation>alle jaren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>Differences within zones (weak and strong units)</source>
      <translation>Verschillen binnen zones (zwakke en sterke eenheden)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>&lt;p&gt;Did the differences within a gemeente (or any zone) grow, and how? The 2016 report named cities where the differences between good and bad buurten grew because the buurten that were onvoldoende got worse, and others where those buurten improved, but less than the ruim voldoende and goed ones.&lt;/p&gt;&lt;p&gt;Per zone the units are fixed by their class in the start year: &lt;b&gt;weak&lt;/b&gt; (class ≤ 3, onvoldoende or lower, by default) and &lt;b&gt;strong&lt;/b&gt; (class ≥ 6, ruim voldoende or better). For both years: the weighted mean afw of the weak units (&lt;code&gt;weak_{year}&lt;/code&gt;) and of the strong units (&lt;code&gt;strong_{year}&lt;/code&gt;), the gap strong − weak (&lt;code&gt;gap_{year}&lt;/code&gt;, the same units in both years) and its change &lt;code&gt;dgap&lt;/code&gt;; the counts &lt;code&gt;n_weak&lt;/code&gt;, &lt;code&gt;n_strong&lt;/code&gt;; the spread of all units of the zone: the standard deviation of afw (&lt;code&gt;sd_{year}&lt;/code&gt;, weighted: Σw(afw − mean)² / Σw, square-rooted; unweighted the population standard deviation) and the distance between its 90th and 10th percentile (&lt;code&gt;p90p10_{year}&lt;/code&gt;, weighted percentiles where weights are given: the smallest afw at which the cumulative weight reaches 10 % or 90 %).&lt;/p&gt;&lt;p&gt;&lt;b&gt;pattern&lt;/b&gt;: &lt;i&gt;zwak daalt&lt;/i&gt; (the gap widened and the weak units' mean fell), &lt;i&gt;zwak stijgt minder&lt;/i&gt; (the gap widened; the weak units' mean rose, or stayed, but less than the strong units'), &lt;i&gt;verschil kleiner&lt;/i&gt; (the gap did not widen: dgap ≤ 0), &lt;i&gt;geen zwakke eenheden&lt;/i&gt; (no weak units: no gap), &lt;i&gt;geen sterke eenheden&lt;/i&gt; (weak units but no strong ones: no gap; the weak means are given). A zone whose units all lack a score in one of the years has no pattern (NULL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The same units in both years.&lt;/b&gt; Every figure of a zone is computed on its units with a score in both years (weighted: and a weight above 0), so that a change is a change of those units and never one of which units are there. Units with a score in only one of the years are left out, counted per zone in &lt;code&gt;n_missing&lt;/code&gt; and in the log; units without any score do not count. The class of the start year is the unit's own kscore where the layer has one, else computed from afw with the release profile.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones&lt;/b&gt;: the &lt;b&gt;Zone field&lt;/b&gt; of the units (any zone code: gemeente, wijk, region); empty: the gemeente code (gm_code, gemeentecode), else the gemeente taken from buurt or wijk codes (BU05990110 → GM0599, as the official WFS layers carry them). PC4 areas and cells get their gemeente from &lt;i&gt;Assign zones to units&lt;/i&gt; (leefbaarometer:assignzones). Units in no zone count only in the row of all units, and are named in the log.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: one row per zone (&lt;code&gt;zone&lt;/code&gt; its code, &lt;code&gt;naam&lt;/code&gt; its name where the units or the zones have one) after the row of all units of the input (&lt;code&gt;zone&lt;/code&gt; = NL): a table, or, with &lt;b&gt;Zones&lt;/b&gt; (polygons, joined on their key field, detected if empty), a zone layer styled by pattern (the row NL has no geometry). The log lists the zones per pattern. &lt;b&gt;Spreadsheet&lt;/b&gt; (optional): the same table, values at full precision shown with three decimals, and a sheet with the sources and criteria.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Years&lt;/b&gt; follow the data: the end year is the layer's last measurement, the start year the measurement before it, unless you give them. &lt;b&gt;Weights&lt;/b&gt; (households, dwellings; empty: every unit counts once): NULL counts as 0, CBS's suppressed counts as you choose.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Werden de verschillen binnen een gemeente (of een andere zone) groter, en hoe? Het rapport van 2016 noemde steden waar de verschillen tussen goede en slechte buurten groter werden doordat de buurten die onvoldoende waren achteruitgingen, en andere waar die buurten vooruitgingen, maar minder dan de ruim voldoende en goede.&lt;/p&gt;&lt;p&gt;Per zone liggen de eenheden vast naar hun klasse in het beginjaar: &lt;b&gt;zwak&lt;/b&gt; (klasse ≤ 3, onvoldoende of lager, standaard) en &lt;b&gt;sterk&lt;/b&gt; (klasse ≥ 6, ruim voldoende of beter). Voor beide jaren: de gewogen gemiddelde afw van de zwakke eenheden (&lt;code&gt;weak_{year}&lt;/code&gt;) en van de sterke eenheden (&lt;code&gt;strong_{year}&lt;/code&gt;), het verschil sterk − zwak (&lt;code&gt;gap_{year}&lt;/code&gt;, in beide jaren dezelfde eenheden) en de verandering daarvan &lt;code&gt;dgap&lt;/code&gt;; de aantallen &lt;code&gt;n_weak&lt;/code&gt;, &lt;code&gt;n_strong&lt;/code&gt;; de spreiding van alle eenheden van de zone: de standaardafwijking van afw (&lt;code&gt;sd_{year}&lt;/code&gt;, gewogen: Σw(afw − gemiddelde)² / Σw, daarvan de wortel; ongewogen de populatiestandaardafwijking) en de afstand tussen het 90e en het 10e percentiel (&lt;code&gt;p90p10_{year}&lt;/code&gt;, gewogen percentielen als er gewichten zijn: de kleinste afw waarbij het cumulatieve gewicht 10 % of 90 % bereikt).&lt;/p&gt;&lt;p&gt;&lt;b&gt;pattern&lt;/b&gt;: &lt;i&gt;zwak daalt&lt;/i&gt; (het verschil werd groter en het gemiddelde van de zwakke eenheden daalde), &lt;i&gt;zwak stijgt minder&lt;/i&gt; (het verschil werd groter; het gemiddelde van de zwakke eenheden steeg, of bleef gelijk, maar minder dan dat van de sterke), &lt;i&gt;verschil kleiner&lt;/i&gt; (het verschil werd niet groter: dgap ≤ 0), &lt;i&gt;geen zwakke eenheden&lt;/i&gt; (geen zwakke eenheden: geen verschil), &lt;i&gt;geen sterke eenheden&lt;/i&gt; (wel zwakke maar geen sterke eenheden: geen verschil; de gemiddelden van de zwakke staan erbij). Een zone waarvan alle eenheden in een van de jaren geen score hebben, heeft geen patroon (NULL).&lt;/p&gt;&lt;p&gt;&lt;b&gt;In beide jaren dezelfde eenheden.&lt;/b&gt; Elk getal van een zone is berekend op haar eenheden met een score in beide jaren (gewogen: en een gewicht boven 0), zodat een verandering een verandering van die eenheden is en nooit een van welke eenheden er zijn. Eenheden met een score in maar één van de jaren worden weggelaten, per zone geteld in &lt;code&gt;n_missing&lt;/code&gt; en in het logboek; eenheden zonder enige score tellen niet mee. De klasse van het beginjaar is de eigen kscore van de eenheid als de laag die heeft, anders berekend uit afw met het releaseprofiel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones&lt;/b&gt;: het &lt;b&gt;zoneveld&lt;/b&gt; van de eenheden (elke zonecode: gemeente, wijk, regio); leeg: de gemeentecode (gm_code, gemeentecode), anders de gemeente uit buurt- of wijkcodes (BU05990110 → GM0599, zoals de officiële WFS-lagen ze hebben). PC4-gebieden en cellen krijgen hun gemeente met &lt;i&gt;Zones toekennen aan eenheden&lt;/i&gt; (leefbaarometer:assignzones). Eenheden zonder zone tellen alleen mee in de rij van alle eenheden en worden in het logboek genoemd.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: één rij per zone (&lt;code&gt;zone&lt;/code&gt; haar code, &lt;code&gt;naam&lt;/code&gt; haar naam als de eenheden of de zones die hebben) na de rij van alle eenheden van de invoer (&lt;code&gt;zone&lt;/code&gt; = NL): een tabel, of, met &lt;b&gt;Zones&lt;/b&gt; (polygonen, gekoppeld op hun sleutelveld, herkend als dat leeg is), een zonelaag gestileerd naar patroon (de rij NL heeft geen geometrie). Het logboek noemt de zones per patroon. &lt;b&gt;Spreadsheet&lt;/b&gt; (optioneel): dezelfde tabel, waarden in volle precisie getoond met drie decimalen, en een blad met de bronnen en criteria.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jaren&lt;/b&gt; volgen de gegevens: het eindjaar is de laatste meting van de laag, het beginjaar de meting daarvoor, tenzij u ze opgeeft. &lt;b&gt;Gewichten&lt;/b&gt; (huishoudens, woningen; leeg: elke eenheid telt één keer): NULL telt als 0, geheimgehouden waarden van het CBS tellen zoals u kiest.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>the units have no gemeente code field (gm_code, gemeentecode) and no buurt or wijk codes: choose a ZONE_FIELD, or give them their gemeente first with 'Assign zones to units' (leefbaarometer:assignzones)</source>
      <translation>de eenheden hebben geen gemeentecodeveld (gm_code, gemeentecode) en geen buurt- of wijkcodes: kies een ZONE_FIELD, of geef ze eerst hun gemeente met 'Zones toekennen aan eenheden' (leefbaarometer:assignzones)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <location filename="../processing/algorithms/dimension_profile.py" />
      <location filename="../processing/algorithms/early_warning.py" />
      <location filename="../processing/algorithms/hotspots.py" />
      <location filename="../processing/algorithms/risers_fallers.py" />
      <location filename="../processing/algorithms/summary.py" />
      <location filename="../processing/algorithms/trajectory.py" />
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Units with scores</source>
      <translation>Eenheden met scores</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>Zone field (empty: the gemeente code)</source>
      <translation>Zoneveld (leeg: de gemeentecode)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Start year (empty: the measurement before the end year)</source>
      <translation>Beginjaar (leeg: de meting vóór het eindjaar)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>End year (empty: the last year of the layer)</source>
      <translation>Eindjaar (leeg: het laatste jaar van de laag)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>Weight field (households, dwellings; empty = unweighted)</source>
      <translation>Gewichtsveld (huishoudens, woningen; leeg = ongewogen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>Weak: class in the start year at most</source>
      <translation>Zwak: klasse in het beginjaar hoogstens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>Strong: class in the start year at least</source>
      <translation>Sterk: klasse in het beginjaar minstens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>Zones (polygons, for a map; optional)</source>
      <translation>Zones (polygonen, voor een kaart; optioneel)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <location filename="../processing/algorithms/rank_zones.py" />
      <location filename="../processing/algorithms/summary.py" />
      <source>Spreadsheet</source>
      <translation>Spreadsheet</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>Change of the gap, all units</source>
      <translation>Verandering van het verschil, alle eenheden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>Differences {years}</source>
      <translation>Verschillen {years}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Years: {year_from} → {year_to}</source>
      <translation>Jaren: {year_from} → {year_to}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>Criteria (not official): {crit}</source>
      <translation>Criteria (niet officieel): {crit}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>All units: {n_weak} weak, {n_strong} strong; weak {weak_a:.4f} → {weak_b:.4f}, strong {strong_a:.4f} → {strong_b:.4f}; gap {gap_a:.4f} → {gap_b:.4f} (dgap {dgap:+.4f}): {pattern}</source>
      <translation>Alle eenheden: {n_weak} zwak, {n_strong} sterk; zwak {weak_a:.4f} → {weak_b:.4f}, sterk {strong_a:.4f} → {strong_b:.4f}; verschil {gap_a:.4f} → {gap_b:.4f} (dgap {dgap:+.4f}): {pattern}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>no unit has a zone in '{field}'{how}: choose another ZONE_FIELD, or give the units their gemeente with 'Assign zones to units' (leefbaarometer:assignzones)</source>
      <translation>geen enkele eenheid heeft een zone in '{field}'{how}: kies een ander ZONE_FIELD, of geef de eenheden hun gemeente met 'Zones toekennen aan eenheden' (leefbaarometer:assignzones)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>{n} units have no zone in '{field}': they count only in the row of all units (NL): {units}</source>
      <translation>{n} eenheden hebben geen zone in '{field}': ze tellen alleen mee in de rij van alle eenheden (NL): {units}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>{n} zone(s) of the units are not in the zones layer (key '{key}'); they have no geometry: {zones}</source>
      <translation>{n} zone(s) van de eenheden staan niet in de zonelaag (sleutel '{key}'); ze hebben geen geometrie: {zones}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>{n} zone(s) of the zones layer have no units and are not in the output</source>
      <translation>{n} zone(s) van de zonelaag hebben geen eenheden en staan niet in de uitvoer</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>{n} units have a score in only one of {year_from} and {year_to}: left out (n_missing per zone)</source>
      <translation>{n} eenheden hebben een score in maar één van {year_from} en {year_to}: weggelaten (n_missing per zone)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>Pattern '{pattern}': {n} zone(s){colon}{zones}</source>
      <translation>Patroon '{pattern}': {n} zone(s){colon}{zones}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source>{n} zone(s) have no units with a score in both years (no pattern): {zones}</source>
      <translation>{n} zone(s) hebben geen eenheden met een score in beide jaren (geen patroon): {zones}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/differences.py" />
      <source> (as buurt or wijk codes)</source>
      <translation> (als buurt- of wijkcodes)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Dimension profiles (correlations, lowest units by type)</source>
      <translation>Dimensieprofielen (correlaties, laagste eenheden naar type)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>&lt;p&gt;Two views of the five dimensions (fysieke omgeving, woningvoorraad, voorzieningen, sociale samenhang, overlast en onveiligheid), as the 2024 report gives them for overlast en onveiligheid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Correlations&lt;/b&gt; (output &lt;i&gt;Correlations&lt;/i&gt;): of the five dimensions and afw with each other, Spearman's rank correlation and Pearson's, weighted by the weight field where you give one (households: every household counts once), over all units (group &lt;code&gt;{all}&lt;/code&gt;) and per group of the group field (gemeente, G4/G40/rest, province: any field). One row per group and pair, with &lt;code&gt;n&lt;/code&gt;, the units with both scores (and a weight above 0). Empty where a group has fewer than 3 units. A chart (&lt;i&gt;Correlation chart&lt;/i&gt;, PNG, or SVG when the file name ends in .svg) shows them over all units as a heat map: Spearman below the diagonal, Pearson above it, in your locale; charts need matplotlib (Debian: python3-matplotlib).&lt;/p&gt;&lt;p&gt;&lt;b&gt;The lowest units&lt;/b&gt; (output &lt;i&gt;Lowest units&lt;/i&gt;, a layer): the N units (default {count}) with the lowest score on the dimension (default {dimension}), or a share of the units with a score (Share, in %, when above 0). Equal scores share a rank, so a tie at the last place is listed whole. Each gets &lt;code&gt;{rank}&lt;/code&gt; (1 = the lowest), the dimension's score and class, the total class, a &lt;code&gt;{type}&lt;/code&gt;: &lt;i&gt;{classic}&lt;/i&gt; where the total class is at most {classic_max} (zwak or lower: a weak unit overall), &lt;i&gt;{compensated}&lt;/i&gt; where it is at least {compensated_min} (voldoende or better: the other dimensions make up for it, as in many city centres) and &lt;i&gt;{between}&lt;/i&gt; in between; and &lt;code&gt;{compensation}&lt;/code&gt;: the other dimensions that offset the low one, those in class {offset_min} or higher (ruim voldoende or better: above the neutral band of class 5, +0.0392 in release lbm3_2024), the highest score first (e.g. &lt;code&gt;vrz, won&lt;/code&gt;; &lt;code&gt;geen&lt;/code&gt; when none does). The layer keeps the input's fields (name, gemeente) and opens coloured by type.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Year&lt;/b&gt;: the layer's last year with dimension scores unless you give one (the open data has no dimensions in 2002, 2008, 2012 and 2016). Classes are the units' own (kscore, konv …: the official WFS classes) where the layer has them, else computed with the release profile.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Twee blikken op de vijf dimensies (fysieke omgeving, woningvoorraad, voorzieningen, sociale samenhang, overlast en onveiligheid), zoals het rapport 2024 ze geeft voor overlast en onveiligheid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Correlaties&lt;/b&gt; (uitvoer &lt;i&gt;Correlaties&lt;/i&gt;): van de vijf dimensies en afw met elkaar, Spearmans rangcorrelatie en die van Pearson, gewogen met het gewichtsveld als u er een opgeeft (huishoudens: elk huishouden telt één keer), over alle eenheden (groep &lt;code&gt;{all}&lt;/code&gt;) en per groep van het groepsveld (gemeente, G4/G40/overig, provincie: elk veld). Eén rij per groep en paar, met &lt;code&gt;n&lt;/code&gt;, de eenheden met beide scores (en een gewicht boven 0). Leeg waar een groep minder dan 3 eenheden heeft. Een grafiek (&lt;i&gt;Correlatiegrafiek&lt;/i&gt;, PNG, of SVG als de bestandsnaam op .svg eindigt) toont ze over alle eenheden als heatmap: Spearman onder de diagonaal, Pearson erboven, in uw landinstelling; grafieken hebben matplotlib nodig (Debian: python3-matplotlib).&lt;/p&gt;&lt;p&gt;&lt;b&gt;De laagste eenheden&lt;/b&gt; (uitvoer &lt;i&gt;Laagste eenheden&lt;/i&gt;, een laag): de N eenheden (standaard {count}) met de laagste score op de dimensie (standaard {dimension}), of een aandeel van de eenheden met een score (Aandeel, in %, als het boven 0 ligt). Gelijke scores delen een rang, dus een gelijke stand op de laatste plaats komt er helemaal in. Elke eenheid krijgt &lt;code&gt;{rank}&lt;/code&gt; (1 = de laagste), de score en klasse op de dimensie, de totaalklasse, een &lt;code&gt;{type}&lt;/code&gt;: &lt;i&gt;{classic}&lt;/i&gt; waar de totaalklasse hoogstens {classic_max} is (zwak of lager: een zwakke eenheid in het geheel), &lt;i&gt;{compensated}&lt;/i&gt; waar die minstens {compensated_min} is (voldoende of beter: de andere dimensies maken het goed, zoals in veel binnensteden) en &lt;i&gt;{between}&lt;/i&gt; daartussen; en &lt;code&gt;{compensation}&lt;/code&gt;: de andere dimensies die de lage compenseren, die in klasse {offset_min} of hoger (ruim voldoende of beter: boven de neutrale band van klasse 5, +0,0392 in release lbm3_2024), de hoogste score eerst (bijv. &lt;code&gt;vrz, won&lt;/code&gt;; &lt;code&gt;geen&lt;/code&gt; als geen enkele dat doet). De laag houdt de velden van de invoer (naam, gemeente) en opent gekleurd naar type.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jaar&lt;/b&gt;: het laatste jaar van de laag met dimensiescores, tenzij u er een opgeeft (de open data heeft geen dimensies in 2002, 2008, 2012 en 2016). Klassen zijn die van de eenheden zelf (kscore, konv …: de officiële WFS-klassen) waar de laag ze heeft, anders berekend met het releaseprofiel.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Correlations of the dimensions {year}: Spearman below the diagonal, Pearson above</source>
      <translation>Correlaties van de dimensies {year}: Spearman onder de diagonaal, Pearson erboven</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>{credit}; weighted by {weight}</source>
      <translation>{credit}; gewogen met {weight}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Year (empty: the last year of the layer with dimension scores)</source>
      <translation>Jaar (leeg: het laatste jaar van de laag met dimensiescores)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Dimension to list the lowest units on</source>
      <translation>Dimensie waarop de laagste eenheden worden gezocht</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Number of lowest units (N)</source>
      <translation>Aantal laagste eenheden (N)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>… or a share of the units (%; 0: use the number)</source>
      <translation>… of een aandeel van de eenheden (%; 0: gebruik het aantal)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Group field for the correlations (gemeente, G4/G40/rest …)</source>
      <translation>Groepsveld voor de correlaties (gemeente, G4/G40/overig …)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Weight field (households, dwellings)</source>
      <translation>Gewichtsveld (huishoudens, woningen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>'klassiek': total class at most</source>
      <translation>'klassiek': totaalklasse hoogstens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>'gecompenseerd': total class at least</source>
      <translation>'gecompenseerd': totaalklasse minstens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Another dimension offsets from class</source>
      <translation>Een andere dimensie compenseert vanaf klasse</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Lowest units</source>
      <translation>Laagste eenheden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Correlations</source>
      <translation>Correlaties</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Correlation chart</source>
      <translation>Correlatiegrafiek</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>the layer has no dimension scores (fys, onv, soc, vrz, won) in any year: the dimension profile needs them</source>
      <translation>de laag heeft in geen enkel jaar dimensiescores (fys, onv, soc, vrz, won): het dimensieprofiel heeft ze nodig</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>{crit}: {listed} units listed: {classic} klassiek, {compensated} gecompenseerd, {between} tussen</source>
      <translation>{crit}: {listed} eenheden in de lijst: {classic} klassiek, {compensated} gecompenseerd, {between} tussen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Lowest on {dimension} {year} (type)</source>
      <translation>Laagste op {dimension} {year} (type)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Correlations of the dimensions {year}</source>
      <translation>Correlaties van de dimensies {year}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>Correlation of {dimension} with the others, all units, Spearman (Pearson): {parts}</source>
      <translation>Correlatie van {dimension} met de andere, alle eenheden, Spearman (Pearson): {parts}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>{year} has no dimension scores in this layer; the years with them: {years}</source>
      <translation>{year} heeft geen dimensiescores in deze laag; de jaren met scores: {years}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/dimension_profile.py" />
      <source>{rank}. {name}{place}: {dimension} {score:.3f} (class {k}), total class {total}, {type}; compensatie {compensation}</source>
      <translation>{rank}. {name}{place}: {dimension} {score:.3f} (klasse {k}), totaalklasse {total}, {type}; compensatie {compensation}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <location filename="../ui/dock.py" />
      <source>Get official data</source>
      <translation>Officiële gegevens ophalen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>&lt;p&gt;Gets the Leefbaarometer scores of your gemeente, level and release onto the map in one step, in the plugin's field schema (as &lt;i&gt;Import official WFS layer&lt;/i&gt; and &lt;i&gt;Import published scores&lt;/i&gt; make it), styled in the nine classes. Or the CBS key figures (residents, households, income, WOZ) per buurt, wijk or gemeente, for weights and status fields.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Source&lt;/b&gt;: empty for the official service: the Leefbaarometer WFS (&lt;code&gt;https://geo.leefbaarometer.nl/lbm3/ows&lt;/code&gt;, layers &lt;code&gt;lbm3:buurtscore24&lt;/code&gt; …), or for the CBS key figures the CBS wijken-en-buurten WFS (&lt;code&gt;https://service.pdok.nl/cbs/wijkenbuurten/{year}/wfs/v1_0&lt;/code&gt;). Both are settings you can change (Settings ▸ Options ▸ Advanced, &lt;code&gt;leefbaarometer/lbm_wfs&lt;/code&gt; and &lt;code&gt;leefbaarometer/cbs_wfs&lt;/code&gt;). Or another WFS address (a mirror, a local QGIS Server: layer names match with or without &lt;code&gt;lbm3:&lt;/code&gt;), or a published open-data file: a ZIP or CSV, as a URL or a file on disk. A CSV is read straight from the ZIP.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Level&lt;/b&gt; and &lt;b&gt;release year&lt;/b&gt; choose the layer (&lt;code&gt;buurt&lt;/code&gt; and 2024: &lt;code&gt;lbm3:buurtscore24&lt;/code&gt;; PC4 where the service offers it). The service must offer it; the message lists what it offers. For a ZIP with several score files the level chooses the file; a published file keeps all its years.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeenten&lt;/b&gt;: codes (GM0599, 599) or names (Rotterdam), separated by commas. &lt;b&gt;Extent&lt;/b&gt;: a rectangle (in the dialog: the map canvas). Both go to the server as a filter (on the gemeente, or a BBOX): only those features travel. Results larger than one page of the server are fetched page by page where the server offers paging (WFS 2.0), with progress and cancel. Open-data files are published whole: for them the selection does not apply.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Geometry&lt;/b&gt; (for score files): the geometry file or URL (&lt;code&gt;buurt 2024.gpkg&lt;/code&gt;, or a ZIP holding it); optional for the 100 m grid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cache&lt;/b&gt;: every download is kept in the QGIS profile folder (&lt;code&gt;leefbaarometer/cache&lt;/code&gt;, or the setting &lt;code&gt;leefbaarometer/cache_folder&lt;/code&gt;) with what was asked, when, its size and checksum. The same request again is served from the cache (the log says so and names the date); &lt;b&gt;Refresh&lt;/b&gt; fetches it again. Without a network (or when the server fails) the cached copy is used, with a warning naming its date. Downloads go to a temporary name and enter the cache only when complete and checked.&lt;/p&gt;&lt;p&gt;Networking goes through QGIS: your proxy, timeout (Settings ▸ Options ▸ Network) and authentication configurations apply.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Haalt de Leefbaarometer-scores van uw gemeente, niveau en release in één stap op de kaart, in het veldschema van de plugin (zoals &lt;i&gt;Officiële WFS-laag importeren&lt;/i&gt; en &lt;i&gt;Gepubliceerde scores importeren&lt;/i&gt; het maken), opgemaakt in de negen klassen. Of de CBS-kerncijfers (inwoners, huishoudens, inkomen, WOZ) per buurt, wijk of gemeente, voor gewichten en statusvelden.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bron&lt;/b&gt;: leeg voor de officiële dienst: de WFS van de Leefbaarometer (&lt;code&gt;https://geo.leefbaarometer.nl/lbm3/ows&lt;/code&gt;, lagen &lt;code&gt;lbm3:buurtscore24&lt;/code&gt; …), of voor de CBS-kerncijfers de WFS wijken en buurten van het CBS (&lt;code&gt;https://service.pdok.nl/cbs/wijkenbuurten/{year}/wfs/v1_0&lt;/code&gt;). Beide zijn instellingen die u kunt wijzigen (Extra ▸ Opties ▸ Geavanceerd, &lt;code&gt;leefbaarometer/lbm_wfs&lt;/code&gt; en &lt;code&gt;leefbaarometer/cbs_wfs&lt;/code&gt;). Of een ander WFS-adres (een spiegel, een lokale QGIS Server: laagnamen passen met of zonder &lt;code&gt;lbm3:&lt;/code&gt;), of een gepubliceerd open-databestand: een ZIP of CSV, als URL of als bestand op schijf. Een CSV wordt rechtstreeks uit de ZIP gelezen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Niveau&lt;/b&gt; en &lt;b&gt;releasejaar&lt;/b&gt; kiezen de laag (&lt;code&gt;buurt&lt;/code&gt; en 2024: &lt;code&gt;lbm3:buurtscore24&lt;/code&gt;; PC4 waar de dienst dat aanbiedt). De dienst moet die aanbieden; de melding noemt wat hij aanbiedt. Bij een ZIP met meerdere scorebestanden kiest het niveau het bestand; een gepubliceerd bestand houdt al zijn jaren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gemeenten&lt;/b&gt;: codes (GM0599, 599) of namen (Rotterdam), gescheiden door komma's. &lt;b&gt;Gebied&lt;/b&gt;: een rechthoek (in het dialoogvenster: het kaartvenster). Beide gaan als filter naar de server (op de gemeente, of een BBOX): alleen die objecten komen over. Resultaten groter dan één pagina van de server worden pagina voor pagina opgehaald waar de server dat aanbiedt (WFS 2.0), met voortgang en annuleren. Open-databestanden worden in hun geheel gepubliceerd: voor hen geldt de selectie niet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Geometrie&lt;/b&gt; (bij scorebestanden): het geometriebestand of de URL (&lt;code&gt;buurt 2024.gpkg&lt;/code&gt;, of een ZIP die het bevat); optioneel voor het raster van 100 m.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cache&lt;/b&gt;: elke download wordt bewaard in de QGIS-profielmap (&lt;code&gt;leefbaarometer/cache&lt;/code&gt;, of de instelling &lt;code&gt;leefbaarometer/cache_folder&lt;/code&gt;) met wat er gevraagd is, wanneer, de grootte en het controlegetal. Dezelfde aanvraag wordt daarna uit de cache geleverd (het logboek zegt dat en noemt de datum); &lt;b&gt;Vernieuwen&lt;/b&gt; haalt hem opnieuw op. Zonder netwerk (of als de server faalt) wordt de kopie in de cache gebruikt, met een waarschuwing die de datum noemt. Downloads krijgen eerst een tijdelijke naam en komen pas in de cache als ze volledig en gecontroleerd zijn.&lt;/p&gt;&lt;p&gt;Netwerkverkeer gaat via QGIS: uw proxy, time-out (Extra ▸ Opties ▸ Netwerk) en authenticatieconfiguraties gelden.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Authentication configuration</source>
      <translation>Authenticatieconfiguratie</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Source: WFS address, URL or file of a published ZIP/CSV (empty = the official service)</source>
      <translation>Bron: WFS-adres, URL of bestand van een gepubliceerde ZIP/CSV (leeg = de officiële dienst)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Level</source>
      <translation>Niveau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Release year</source>
      <translation>Releasejaar</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Gemeenten (codes or names, e.g. GM0599, Rotterdam; empty = all)</source>
      <translation>Gemeenten (codes of namen, bv. GM0599, Rotterdam; leeg = alle)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Extent (e.g. the map canvas; empty = all)</source>
      <translation>Gebied (bv. het kaartvenster; leeg = alles)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Geometry for a score file: file or URL (optional for the 100 m grid)</source>
      <translation>Geometrie bij een scorebestand: bestand of URL (optioneel voor het raster van 100 m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Refresh: download again, also when cached</source>
      <translation>Vernieuwen: opnieuw downloaden, ook als het in de cache staat</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Downloaded data</source>
      <translation>Gedownloade gegevens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Served from the cache</source>
      <translation>Uit de cache geleverd</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>File in the cache</source>
      <translation>Bestand in de cache</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>When it was downloaded</source>
      <translation>Wanneer het gedownload is</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>{typename} from {url}</source>
      <translation>{typename} van {url}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>no layers</source>
      <translation>geen lagen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>this layer carries gemeente names only, and the service has no gemeente layer to look the codes up in: give gemeente names (Rotterdam) instead of codes</source>
      <translation>deze laag heeft alleen gemeentenamen, en de dienst heeft geen gemeentelaag om de codes in op te zoeken: geef gemeentenamen (Rotterdam) in plaats van codes</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Gemeenten and extent apply to services only: a published file is imported whole.</source>
      <translation>Gemeenten en gebied gelden alleen voor diensten: een gepubliceerd bestand wordt in zijn geheel geïmporteerd.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>the CBS key figures come from a WFS: leave SOURCE empty or give a WFS address</source>
      <translation>de CBS-kerncijfers komen uit een WFS: laat SOURCE leeg of geef een WFS-adres</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Downloaded {what}: {size} bytes, sha256 {sha}…, kept in the cache as {path}</source>
      <translation>{what} gedownload: {size} bytes, sha256 {sha}…, bewaard in de cache als {path}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>, gemeenten {selection}</source>
      <translation>, gemeenten {selection}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>, extent {extent} (RD New)</source>
      <translation>, gebied {extent} (RD New)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>{n} features of {typename} downloaded.</source>
      <translation>{n} objecten van {typename} gedownload.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Source: Leefbaarometer 3.0 open data, Ministerie van BZK: {source}.</source>
      <translation>Bron: Leefbaarometer 3.0 open data, Ministerie van BZK: {source}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>the ZIP {name} holds no geometry file ({suffixes})</source>
      <translation>de ZIP {name} bevat geen geometriebestand ({suffixes})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>SOURCE {source} is neither a service address (http://… or https://…) nor a published ZIP or CSV file</source>
      <translation>SOURCE {source} is geen dienstadres (http://… of https://…) en geen gepubliceerd ZIP- of CSV-bestand</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Served from the cache: {what}, downloaded on {when} ({size} bytes, sha256 {sha}…); tick Refresh to download it again. Cache file: {path}</source>
      <translation>Uit de cache: {what}, gedownload op {when} ({size} bytes, sha256 {sha}…); vink Vernieuwen aan om het opnieuw te downloaden. Bestand in de cache: {path}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Source: CBS key figures wijken en buurten ({url}, layer {typename}). Bron: CBS (CC BY 4.0).</source>
      <translation>Bron: CBS, kerncijfers wijken en buurten ({url}, laag {typename}) (CC BY 4.0).</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Source: Leefbaarometer 3.0, Ministerie van BZK (open data), {url}, layer {typename}, downloaded on {when}.</source>
      <translation>Bron: Leefbaarometer 3.0, Ministerie van BZK (open data), {url}, laag {typename}, gedownload op {when}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>the service {url} offers no layer {typename} ({level}, {year}); it offers: {offered}. Choose another level or year, or check SOURCE.</source>
      <translation>de dienst {url} biedt geen laag {typename} ({level}, {year}); wel: {offered}. Kies een ander niveau of jaar, of controleer SOURCE.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>Filter sent to the server: {expression}</source>
      <translation>Filter naar de server gestuurd: {expression}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>nothing matches the selection: the layer {typename} of {url} has no features for {selection}. Check the gemeente codes or names (GM0599, Rotterdam) and the extent.</source>
      <translation>niets voldoet aan de selectie: de laag {typename} van {url} heeft geen objecten voor {selection}. Controleer de gemeentecodes of -namen (GM0599, Rotterdam) en het gebied.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>the gemeente layer {name} has no fields code and naam</source>
      <translation>de gemeentelaag {name} heeft geen velden code en naam</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>{name} is not a geometry file QGIS can open</source>
      <translation>{name} is geen geometriebestand dat QGIS kan openen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>{problem} Using the copy in the cache downloaded on {when} instead; it may be out of date.</source>
      <translation>{problem} In plaats daarvan wordt de kopie in de cache gebruikt, gedownload op {when}; die kan verouderd zijn.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>this request</source>
      <translation>deze aanvraag</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>the file {path} does not exist</source>
      <translation>het bestand {path} bestaat niet</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/download.py" />
      <source>the extent</source>
      <translation>het gebied</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Early warning (vroegsignalering)</source>
      <translation>Vroegsignalering</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>&lt;p&gt;&lt;b&gt;Indicative.&lt;/b&gt; Units that still score voldoende or better (class ≥ 5) in the last measurement but risk sliding a class in the not too long term. A warning needs &lt;b&gt;nearness&lt;/b&gt;: afw within a margin (default {near}) of the lower boundary of the unit's class. Its level is &lt;i&gt;laag&lt;/i&gt;, raised one step for each of: &lt;b&gt;very near&lt;/b&gt; (within {very_near}); &lt;b&gt;neighbours&lt;/b&gt; whose mean afw is at least {neighbour_gap} lower (buren lager) or fell at least {neighbour_decline} (dalende buren); a &lt;b&gt;falling trend&lt;/b&gt; of the total (at least {decline}) or of a dimension (at least {dimension_decline}) over the last N measurements (default 1): &lt;i&gt;midden&lt;/i&gt; with one, &lt;i&gt;hoog&lt;/i&gt; with two or more. A weak dimension alone is no risk factor: it is the normal state of many areas. Neighbours: grid cells 8 neighbours; polygons a shared boundary (after repair of invalid polygons); units without neighbours have &lt;code&gt;buren&lt;/code&gt; = geen buren.&lt;/p&gt;&lt;p&gt;Output fields: &lt;code&gt;risico&lt;/code&gt; (−2 geen score, no total score in the year; −1 n.v.t., class below 5; 0 geen; 1 laag; 2 midden; 3 hoog), &lt;code&gt;risico_label&lt;/code&gt;, &lt;code&gt;redenen&lt;/code&gt;, &lt;code&gt;marge&lt;/code&gt; (afw above the lower class boundary), &lt;code&gt;dafw_trend&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Back-test&lt;/b&gt;: the tool computes the same warning from the measurements up to an earlier year (default: the one before the last) and reports how the flagged and unflagged units fared up to the last measurement: the share flagged, the rate of falling at least one class per level and the lift (rate of the flagged / rate of the unflagged), in the log and in the back-test table. On the national PC4 file (warning from the data up to 2020, judged on 2020→2022) see the README. The thresholds are the plugin's own, chosen by such back-tests; they are not official.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Indicatief.&lt;/b&gt; Eenheden die in de laatste meting nog voldoende of beter scoren (klasse ≥ 5) maar het risico lopen op niet al te lange termijn een klasse te zakken. Een signaal vraagt &lt;b&gt;nabijheid&lt;/b&gt;: afw binnen een marge (standaard {near}) van de ondergrens van de klasse van de eenheid. Het niveau is &lt;i&gt;laag&lt;/i&gt;, en stijgt één stap voor elk van: &lt;b&gt;zeer dichtbij&lt;/b&gt; (binnen {very_near}); &lt;b&gt;buren&lt;/b&gt; met een gemiddelde afw die minstens {neighbour_gap} lager ligt (buren lager) of minstens {neighbour_decline} daalde (dalende buren); een &lt;b&gt;dalende trend&lt;/b&gt; van het totaal (minstens {decline}) of van een dimensie (minstens {dimension_decline}) over de laatste N metingen (standaard 1): &lt;i&gt;midden&lt;/i&gt; met één, &lt;i&gt;hoog&lt;/i&gt; met twee of meer. Een zwakke dimensie alleen is geen risicofactor: het is de normale toestand van veel gebieden. Buren: rastercellen 8 buren; polygonen een gedeelde grens (na herstel van ongeldige polygonen); eenheden zonder buren hebben &lt;code&gt;buren&lt;/code&gt; = geen buren.&lt;/p&gt;&lt;p&gt;Uitvoervelden: &lt;code&gt;risico&lt;/code&gt; (−2 geen score, geen totaalscore in het jaar; −1 n.v.t., klasse onder 5; 0 geen; 1 laag; 2 midden; 3 hoog), &lt;code&gt;risico_label&lt;/code&gt;, &lt;code&gt;redenen&lt;/code&gt;, &lt;code&gt;marge&lt;/code&gt; (afw boven de ondergrens van de klasse), &lt;code&gt;dafw_trend&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Terugtoets&lt;/b&gt;: de tool berekent dezelfde signalering uit de metingen tot een eerder jaar (standaard: het jaar vóór het laatste) en meldt hoe het de gesignaleerde en niet-gesignaleerde eenheden verging tot de laatste meting: het aandeel gesignaleerd, het percentage dat minstens één klasse daalde per niveau en de lift (percentage van de gesignaleerde / percentage van de niet-gesignaleerde), in het logboek en in de tabel van de terugtoets. Voor het landelijke PC4-bestand (signalering uit de gegevens tot en met 2020, beoordeeld op 2020→2022): zie de README. De drempels zijn van de plugin zelf, gekozen met zulke terugtoetsen; ze zijn niet officieel.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Near the lower class boundary: within (afw)</source>
      <translation>Dicht bij de ondergrens van de klasse: binnen (afw)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Very near: within</source>
      <translation>Zeer dichtbij: binnen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Neighbours lower by at least</source>
      <translation>Buren minstens zoveel lager</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Neighbours fell by at least</source>
      <translation>Buren minstens zoveel gedaald</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Trends over the last … measurements</source>
      <translation>Trends over de laatste … metingen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Total fell by at least</source>
      <translation>Totaal minstens zoveel gedaald</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>A dimension fell by at least</source>
      <translation>Een dimensie minstens zoveel gedaald</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Back-test: warn from the data up to (default: the year before the last)</source>
      <translation>Terugtoets: signaleren uit de gegevens tot en met (standaard: het jaar vóór het laatste)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Early warning</source>
      <translation>Vroegsignalering</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Back-test</source>
      <translation>Terugtoets</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Back-test: lift of the flagged units</source>
      <translation>Terugtoets: lift van de gesignaleerde eenheden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Back-test in one line</source>
      <translation>Terugtoets in één regel</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Warning for {year} ({criteria}): {counts}</source>
      <translation>Signalering voor {year} ({criteria}): {counts}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>Early warning {year} (indicative)</source>
      <translation>Vroegsignalering {year} (indicatief)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>'very near' ({very_near}) cannot be wider than 'near' ({near})</source>
      <translation>'zeer dichtbij' ({very_near}) kan niet ruimer zijn dan 'dichtbij' ({near})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/early_warning.py" />
      <source>No back-test: the layer has too few measurements before {years}</source>
      <translation>Geen terugtoets: de laag heeft te weinig metingen vóór {years}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Export annexes per gemeente</source>
      <translation>Bijlagen per gemeente exporteren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Reports</source>
      <translation>Rapporten</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Detected from the field's name (woning…: dwellings, inwoner…: residents, else households)</source>
      <translation>Herkend aan de naam van het veld (woning…: woningen, inwoner…: inwoners, anders huishoudens)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Households</source>
      <translation>Huishoudens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Dwellings</source>
      <translation>Woningen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Residents</source>
      <translation>Inwoners</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>&lt;p&gt;For every gemeente (or the codes you list) an annex as the ministry sends the gemeenten concerned: a PDF made from a print-layout template with an atlas over the gemeenten, and a spreadsheet with the same tables. The PDF holds a map of the gemeente's areas in score classes and a map of the change since the base year (the other areas pale grey; the gemeente's areas labelled with their name or code, labels never overlapping; scale bar, north arrow and legend); a short text written from the figures (the class of the last year, the change since the first and the previous measurement and the dimension that drove it, the households in areas onvoldoende or lower, the areas and households among the risers, fallers and areas under pressure; every number of it is in a table of the annex); the key figures (weighted mean afw and class, households per class group and their change, beside the figures for all areas of the layer); the development over the years: a chart of the gemeente's mean afw per measurement beside all areas of the layer (and the gemeente's group, G4/G40/rest, where the gemeenten layer has a group field), the five dimensions in small multiples, and the table of those means and their change; the households per class group (onvoldoende of lager, zwak, voldoende of hoger) per measurement as stacked bars, with the table and the change since the previous measurement; and the tables: areas structurally under pressure (bijlage 2), stijgers (3), dalers (4) and the lowest scores on overlast en onveiligheid (5); sources, release, the class table used and why, criteria; page numbers. Numbers in Dutch notation; the PDF's text is text (searchable: headings, legends and values of the charts too) and it carries a title and keywords. Once per run an index lists every gemeente with its counts, and an overview (overzicht.pdf) shows how many gemeenten fall in each class and the five largest risers and fallers among them. Charts need matplotlib (Debian: python3-matplotlib).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Areas&lt;/b&gt; of every level as &lt;i&gt;Import published scores&lt;/i&gt; makes them: buurten, wijken, PC4 areas or 100 m cells. The annex names them as what they are (Buurt, Wijk, Postcodegebied/PC4, Gridcel) and lists names only where the layer has them. &lt;b&gt;Code field of the areas&lt;/b&gt; is detected when empty (grid_id, PC4, postcode, bu_code, buurtcode, wk_code, wijkcode, code, statcode). The &lt;b&gt;gemeente&lt;/b&gt; of an area comes from a field gm_code or gemeentecode, else from a buurt or wijk code (BU05990110 lies in GM0599); PC4 areas and cells get theirs from &lt;i&gt;Assign zones&lt;/i&gt; (leefbaarometer:assignzones) first.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Files as published&lt;/b&gt; work as they are: the official WFS buurten (one year, fields code and naam) and CBS's gemeenten (gemeentecode, gemeentenaam; also gm_code/gm_naam, statcode/statnaam) — or choose the fields. Year and base year follow the data when left empty: the last year of the layer and the one before it. With one year the annex shows that year; the change map, stijgers and dalers, and the duration of pressure each give way to one sentence saying why.&lt;/p&gt;&lt;p&gt;File names are safe and predictable: &lt;code&gt;GM0599_Rotterdam.pdf&lt;/code&gt;, &lt;code&gt;GM0796_s-Hertogenbosch.xlsx&lt;/code&gt;. Existing files are not overwritten unless you allow it. Each file is written to a temporary name and moved into place when complete; cancelling stops between gemeenten. A gemeente whose annex fails does not stop the others: the run finishes them, lists the failures and then fails.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Template&lt;/b&gt;: the plugin's own (&lt;code&gt;resources/annex_template.qpt&lt;/code&gt;) or yours for page 1; the export fills items with the ids titel, ondertitel, kaart_klassen, kaart_verandering, legenda_klassen, legenda_verandering where the template has them, and adds the table pages.&lt;/p&gt;&lt;p&gt;Households weigh the means and counts (CBS key figures joined to the areas), or dwellings or residents: &lt;b&gt;What the weight field counts&lt;/b&gt; names them in the annex (detected from the field's name by default); the same counts serve every year, so the change in households per class group comes from the classes. Without a weight field every area counts once and the annex counts areas. Spreadsheets and CSV files hold every value at full precision (the spreadsheet shows it rounded through a number format). The criteria are the plugin's defaults, not the ministry's (not published). The sources name the boundaries by their source: CBS where the layer shows it is CBS's (CBS's field names, its metadata, or a file or layer name naming CBS), else the layer's title.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Voor elke gemeente (of de codes die u opgeeft) een bijlage zoals het ministerie die naar de betrokken gemeenten stuurt: een pdf, gemaakt uit een sjabloon voor de afdruklay-out met een atlas over de gemeenten, en een spreadsheet met dezelfde tabellen. De pdf bevat een kaart van de gebieden van de gemeente in scoreklassen en een kaart van de verandering sinds het basisjaar (de andere gebieden lichtgrijs; de gebieden van de gemeente met hun naam of code, zonder overlappende labels; schaalbalk, noordpijl en legenda); een korte tekst, geschreven uit de cijfers (de klasse van het laatste jaar, de verandering sinds de eerste en de vorige meting en de dimensie die die vooral bepaalde, de huishoudens in gebieden die onvoldoende of lager scoren, de gebieden en huishoudens onder de stijgers, dalers en gebieden onder druk; elk getal ervan staat in een tabel van de bijlage); de kerncijfers (gewogen gemiddelde afw en klasse, huishoudens per klassengroep en hun verandering, naast de cijfers voor alle gebieden van de laag); de ontwikkeling door de jaren: een grafiek van de gemiddelde afw van de gemeente per meting naast alle gebieden van de laag (en de groep van de gemeente, G4/G40/overig, waar de gemeentelaag een groepsveld heeft), de vijf dimensies in kleine grafieken naast elkaar, en de tabel van die gemiddelden en hun verandering; de huishoudens per klassengroep (onvoldoende of lager, zwak, voldoende of hoger) per meting als gestapelde staven, met de tabel en de verandering sinds de vorige meting; en de tabellen: gebieden waar de leefbaarheid structureel onder druk staat (bijlage 2), stijgers (3), dalers (4) en de laagste scores op overlast en onveiligheid (5); bronnen, release, de gebruikte klassentabel en waarom, criteria; paginanummers. Getallen in Nederlandse notatie; de tekst van de pdf is tekst (doorzoekbaar: ook de koppen, legenda's en waarden van de grafieken) en de pdf heeft een titel en trefwoorden. Eén keer per run somt een index elke gemeente op met haar aantallen, en een overzicht (overzicht.pdf) toont hoeveel gemeenten in elke klasse vallen en de vijf grootste stijgers en dalers onder hen. Grafieken vragen matplotlib (Debian: python3-matplotlib).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Gebieden&lt;/b&gt; van elk niveau zoals &lt;i&gt;Gepubliceerde scores importeren&lt;/i&gt; ze maakt: buurten, wijken, PC4-gebieden of cellen van 100 m. De bijlage noemt ze wat ze zijn (Buurt, Wijk, Postcodegebied/PC4, Gridcel) en noemt namen alleen waar de laag ze heeft. &lt;b&gt;Codeveld van de gebieden&lt;/b&gt; wordt herkend als u het leeg laat (grid_id, PC4, postcode, bu_code, buurtcode, wk_code, wijkcode, code, statcode). De &lt;b&gt;gemeente&lt;/b&gt; van een gebied komt uit een veld gm_code of gemeentecode, anders uit een buurt- of wijkcode (BU05990110 ligt in GM0599); PC4-gebieden en cellen krijgen die eerst met &lt;i&gt;Zones toekennen&lt;/i&gt; (leefbaarometer:assignzones).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bestanden zoals gepubliceerd&lt;/b&gt; werken zoals ze zijn: de officiële WFS-buurten (één jaar, velden code en naam) en de gemeenten van het CBS (gemeentecode, gemeentenaam; ook gm_code/gm_naam, statcode/statnaam) — of kies de velden. Jaar en basisjaar volgen uit de gegevens als u ze leeg laat: het laatste jaar van de laag en het jaar ervoor. Met één jaar toont de bijlage dat jaar; de veranderingskaart, stijgers en dalers, en de duur van de druk maken dan elk plaats voor één zin die zegt waarom.&lt;/p&gt;&lt;p&gt;Bestandsnamen zijn veilig en voorspelbaar: &lt;code&gt;GM0599_Rotterdam.pdf&lt;/code&gt;, &lt;code&gt;GM0796_s-Hertogenbosch.xlsx&lt;/code&gt;. Bestaande bestanden worden niet overschreven tenzij u dat toestaat. Elk bestand wordt onder een tijdelijke naam geschreven en op zijn plaats gezet als het compleet is; annuleren stopt tussen twee gemeenten. Een gemeente waarvan de bijlage mislukt houdt de andere niet tegen: de run maakt ze af, somt de mislukkingen op en mislukt dan.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sjabloon&lt;/b&gt;: dat van de plugin (&lt;code&gt;resources/annex_template.qpt&lt;/code&gt;) of uw eigen voor pagina 1; de export vult items met de id's titel, ondertitel, kaart_klassen, kaart_verandering, legenda_klassen, legenda_verandering waar het sjabloon ze heeft, en voegt de tabelpagina's toe.&lt;/p&gt;&lt;p&gt;Huishoudens wegen de gemiddelden en aantallen (kerncijfers van het CBS, gekoppeld aan de gebieden), of woningen of inwoners: &lt;b&gt;Wat het gewichtsveld telt&lt;/b&gt; noemt ze zo in de bijlage (standaard herkend aan de naam van het veld); dezelfde aantallen gelden voor elk jaar, dus de verandering van de huishoudens per klassengroep komt uit de klassen. Zonder gewichtsveld telt elk gebied één keer en telt de bijlage gebieden. Spreadsheets en CSV-bestanden bevatten elke waarde in volle precisie (de spreadsheet toont haar afgerond via een getalnotatie). De criteria zijn de standaarden van de plugin, niet die van het ministerie (niet gepubliceerd). De bronnen noemen de grenzen bij hun bron: CBS waar de laag laat zien dat ze van het CBS is (veldnamen van het CBS, haar metadata, of een bestands- of laagnaam die CBS noemt), anders de titel van de laag.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>&lt;p&gt;&lt;b&gt;Ranking of the gemeenten&lt;/b&gt; (optional): the output of &lt;i&gt;Rank zones on several indicators&lt;/i&gt; (leefbaarometer:rankzones) for gemeenten, joined by the gemeente code (gm_code, gemeentecode, code …). With it each annex gets the section &lt;i&gt;Positie van de gemeente&lt;/i&gt;: a table of the indicators (value, unfavourable end, weight, the gemeente's rank on each and whether it is among the worst tenth) and the composite with the gemeente's rank of M, and a sentence in the text; a gemeente the ranking did not rank gets its reason, one the ranking lacks a sentence saying so. The ranking's criteria are added to the annex's. Empty (the default): no such section.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Rangorde van de gemeenten&lt;/b&gt; (optioneel): de uitvoer van &lt;i&gt;Zones rangschikken op meerdere indicatoren&lt;/i&gt; (leefbaarometer:rankzones) voor gemeenten, gekoppeld op de gemeentecode (gm_code, gemeentecode, code …). Daarmee krijgt elke bijlage het onderdeel &lt;i&gt;Positie van de gemeente&lt;/i&gt;: een tabel van de indicatoren (waarde, ongunstige kant, gewicht, de rang van de gemeente op elk en of die bij het ongunstigste tiende hoort) en de samengestelde score met de rang van de gemeente van M, en een zin in de tekst; een gemeente die de rangorde niet rangschikte krijgt de reden, een gemeente die er niet in staat een zin die dat zegt. De criteria van de rangorde komen bij die van de bijlage. Leeg (de standaard): geen zulk onderdeel.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Areas with scores (buurten, wijken, PC4 areas, cells)</source>
      <translation>Gebieden met scores (buurten, wijken, PC4-gebieden, cellen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Code field of the areas (empty: detected)</source>
      <translation>Codeveld van de gebieden (leeg: automatisch)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Households (empty: every area counts once)</source>
      <translation>Huishoudens (leeg: elk gebied telt één keer)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>What the weight field counts</source>
      <translation>Wat het gewichtsveld telt</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Gemeente code field of the areas (empty: gm_code, gemeentecode, else from the buurt or wijk code)</source>
      <translation>Gemeentecodeveld van de gebieden (leeg: gm_code, gemeentecode, anders uit de buurt- of wijkcode)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Gemeenten</source>
      <translation>Gemeenten</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Gemeente code field (empty: gm_code, gemeentecode, statcode …)</source>
      <translation>Gemeentecodeveld (leeg: gm_code, gemeentecode, statcode …)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Gemeente name field (empty: gm_naam, gemeentenaam, statnaam …)</source>
      <translation>Gemeentenaamveld (leeg: gm_naam, gemeentenaam, statnaam …)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Group field of the gemeenten (G4/G40/rest …; empty: no group line)</source>
      <translation>Groepsveld van de gemeenten (G4/G40/overig …; leeg: geen lijn van de groep)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Only these gemeenten (codes, e.g. GM0599 GM0014)</source>
      <translation>Alleen deze gemeenten (codes, bijv. GM0599 GM0014)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Year (empty: the last year of the layer)</source>
      <translation>Jaar (leeg: het laatste jaar van de laag)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Base year (empty: the measurement before the year, if any)</source>
      <translation>Basisjaar (leeg: de meting vóór het jaar, als die er is)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Layout template (.qpt; empty: the plugin's)</source>
      <translation>Lay-outsjabloon (.qpt; leeg: dat van de plugin)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Overwrite existing files</source>
      <translation>Bestaande bestanden overschrijven</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Also CSV files</source>
      <translation>Ook CSV-bestanden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Also the charts as SVG files</source>
      <translation>Ook de grafieken als SVG-bestanden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Overview of the gemeenten (overzicht.pdf, two gemeenten or more)</source>
      <translation>Overzicht van de gemeenten (overzicht.pdf, bij twee gemeenten of meer)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Ranking of the gemeenten (output of 'Rank zones on several indicators'; empty: no section)</source>
      <translation>Rangorde van de gemeenten (uitvoer van 'Zones rangschikken op meerdere indicatoren'; leeg: geen onderdeel)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Folder for the annexes</source>
      <translation>Map voor de bijlagen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Annexes written</source>
      <translation>Geschreven bijlagen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>give the areas and the gemeenten as layers</source>
      <translation>geef de gebieden en de gemeenten als lagen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Finding neighbouring areas …</source>
      <translation>Aangrenzende gebieden zoeken …</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Year {y}, base year {b}; counting {unit}</source>
      <translation>Jaar {y}, basisjaar {b}; tellingen in {unit}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>{exc} The disk filled at the annex of {code} {name}: {n} annexes before it are whole and kept; no index was written.</source>
      <translation>{exc} De schijf raakte vol bij de bijlage van {code} {name}: de {n} bijlagen daarvoor zijn volledig en blijven bewaard; er is geen index geschreven.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>Ranking: {ranked} zones ranked ({criteria}), {n} in the layer; {present} of the {chosen} gemeenten of the annexes are in it.</source>
      <translation>Rangorde: {ranked} zones gerangschikt ({criteria}), {n} in de laag; {present} van de {chosen} gemeenten van de bijlagen staan erin.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the {plural} have no gemeente code field (gm_code, gemeentecode), and their codes do not tell the gemeente: give them their gemeente first with 'Assign zones' (leefbaarometer:assignzones), or choose GM_FIELD</source>
      <translation>de {plural} hebben geen gemeentecodeveld (gm_code, gemeentecode), en hun codes zeggen niet in welke gemeente ze liggen: geef ze eerst hun gemeente met 'Zones toekennen' (leefbaarometer:assignzones), of kies GM_FIELD</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>unknown gemeente code(s): {unknown}; the gemeenten layer has e.g. {gem_names}</source>
      <translation>onbekende gemeentecode(s): {unknown}; de gemeentelaag heeft bijv. {gem_names}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>— (one measurement)</source>
      <translation>— (één meting)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>No households field: the size criterion of 'structurally under pressure' ({n:g} households) cannot be applied; clusters of at least {units} {level} are listed. Give the households field.</source>
      <translation>Geen veld met huishoudens: het omvangscriterium van 'structureel onder druk' ({n:g} huishoudens) is niet toe te passen; clusters van minstens {units} {level} worden vermeld. Geef het veld met huishoudens.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>The {plural} carry the flag laaglaag of 'Livability and social inequality': the key figures and the text count them (its criteria are in the field criteria)</source>
      <translation>De {plural} dragen de vlag laaglaag van 'Leefbaarheid en sociale ongelijkheid': de kerncijfers en de tekst tellen ze (de criteria staan in het veld criteria)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>{failed} of {chosen} annexes failed (the other {written} are written): {which}</source>
      <translation>{failed} van {chosen} bijlagen mislukt (de andere {written} zijn geschreven): {which}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the gemeenten layer has no gemeente code field (gm_code, gemeentecode, statcode or code); choose it as 'Gemeente code field'. Its fields: {fields}</source>
      <translation>de gemeentelaag heeft geen gemeentecodeveld (gm_code, gemeentecode, statcode of code); kies het als 'Gemeentecodeveld'. Haar velden: {fields}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the gemeenten layer has no gemeente codes in field {field}</source>
      <translation>de gemeentelaag heeft geen gemeentecodes in veld {field}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the group field {field} of the gemeenten is empty for every gemeente</source>
      <translation>het groepsveld {field} van de gemeenten is bij elke gemeente leeg</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>no gemeente code of the areas (e.g. {some}) is in the gemeenten layer (field {gem_code_f}, e.g. {gem_names})</source>
      <translation>geen enkele gemeentecode van de gebieden (bijv. {some}) staat in de gemeentelaag (veld {gem_code_f}, bijv. {gem_names})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the layer has no areas of {without}</source>
      <translation>de laag heeft geen gebieden van {without}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the layer has no code field of its areas (grid_id, PC4, postcode, bu_code, buurtcode, wk_code, wijkcode, code or statcode): choose it as 'Code field of the areas' (UNIT_FIELD). Its first fields: {names}</source>
      <translation>de laag heeft geen codeveld van haar gebieden (grid_id, PC4, postcode, bu_code, buurtcode, wk_code, wijkcode, code of statcode): kies het als 'Codeveld van de gebieden' (UNIT_FIELD). Haar eerste velden: {names}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>None of the gemeenten of the annexes is in the ranking (its codes: {codes}): is it a ranking of gemeenten?</source>
      <translation>Geen van de gemeenten van de bijlagen staat in de rangorde (de codes daarvan: {codes}): is het een rangorde van gemeenten?</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>{n_existing} annex file(s) exist already, e.g. {existing}; allow overwriting, or choose another folder</source>
      <translation>{n_existing} bijlagebestand(en) bestaan al, bijv. {existing}; sta overschrijven toe, of kies een andere map</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>{n}/{total}: {code} {name}</source>
      <translation>{n}/{total}: {code} {name}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the layer lacks the scores to draw the {view} map of {year}</source>
      <translation>de laag mist de scores om de kaart {view} van {year} te tekenen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>the ranking is not an output of 'Rank zones on several indicators' for gemeenten: it lacks {fields} (its fields: {names})</source>
      <translation>de rangorde is geen uitvoer van 'Zones rangschikken op meerdere indicatoren' voor gemeenten: {fields} ontbreekt (de velden: {names})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/export_annexes.py" />
      <source>{code} {name}: {exc}</source>
      <translation>{code} {name}: {exc}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Hot and cold spots</source>
      <translation>Hot en cold spots</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>&lt;p&gt;Local spatial clusters of low scores (&lt;i&gt;cold&lt;/i&gt;) and high scores (&lt;i&gt;hot&lt;/i&gt;) with the Getis–Ord Gi* statistic: each unit with its neighbours (grid cells: 8 or 4 neighbours; other polygons: a shared boundary, see &lt;b&gt;Neighbour tolerance&lt;/b&gt; below), binary weights. Per year: &lt;code&gt;gi_{year}&lt;/code&gt; (the z-score), &lt;code&gt;gip_{year}&lt;/code&gt; (a pseudo p-value from conditional permutations: the unit keeps its score, its neighbours are drawn at random from the others) and &lt;code&gt;spot_{year}&lt;/code&gt; (hot, cold or ns at the chosen significance level, &lt;i&gt;geen buren&lt;/i&gt; for a unit without neighbours, whose count is in &lt;code&gt;buren&lt;/code&gt;; optionally with the Benjamini–Hochberg false-discovery-rate correction, advisable with many units). Over the years, &lt;code&gt;spot_change&lt;/code&gt; compares the first and the last year: nieuw, blijvend, versterkt / afnemend (|z| up or down by at least 1), verdwenen, omgeslagen. Computed with numpy, so the plugin needs no extra library; random draws are seeded, so results repeat.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Lokale ruimtelijke clusters van lage scores (&lt;i&gt;cold&lt;/i&gt;) en hoge scores (&lt;i&gt;hot&lt;/i&gt;) met de Getis–Ord Gi*-statistiek: elke eenheid met haar buren (rastercellen: 8 of 4 buren; andere polygonen: een gedeelde grens, zie &lt;b&gt;Burentolerantie&lt;/b&gt; hieronder), binaire gewichten. Per jaar: &lt;code&gt;gi_{year}&lt;/code&gt; (de z-score), &lt;code&gt;gip_{year}&lt;/code&gt; (een pseudo-p-waarde uit voorwaardelijke permutaties: de eenheid houdt haar score, haar buren worden willekeurig uit de andere getrokken) en &lt;code&gt;spot_{year}&lt;/code&gt; (hot, cold of ns op het gekozen significantieniveau, &lt;i&gt;geen buren&lt;/i&gt; voor een eenheid zonder buren, waarvan het aantal in &lt;code&gt;buren&lt;/code&gt; staat; desgewenst met de Benjamini–Hochberg-correctie voor de false discovery rate, aan te raden bij veel eenheden). Over de jaren vergelijkt &lt;code&gt;spot_change&lt;/code&gt; het eerste en het laatste jaar: nieuw, blijvend, versterkt / afnemend (|z| minstens 1 hoger of lager), verdwenen, omgeslagen. Berekend met numpy, dus de plugin heeft geen extra bibliotheek nodig; toevalstrekkingen hebben een vaste beginwaarde, dus uitkomsten zijn herhaalbaar.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <location filename="../ui/dock.py" />
      <source>Measure</source>
      <translation>Maat</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Permutations</source>
      <translation>Permutaties</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Significance level</source>
      <translation>Significantieniveau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>False-discovery-rate correction</source>
      <translation>Correctie voor de false discovery rate</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Grid neighbours</source>
      <translation>Buren in het raster</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <location filename="../processing/algorithms/inequality.py" />
      <source>Random seed</source>
      <translation>Beginwaarde van het toeval (seed)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>Hot and cold spots {measure} {year}</source>
      <translation>Hot en cold spots {measure} {year}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>8 (corners too)</source>
      <translation>8 (ook de hoeken)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>4 (edges)</source>
      <translation>4 (de zijden)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>the layer has no values of {measure} in any year</source>
      <translation>de laag heeft in geen enkel jaar waarden van {measure}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/hotspots.py" />
      <source>{year}: {hot} hot, {cold} cold</source>
      <translation>{year}: {hot} hot, {cold} cold</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Import published scores</source>
      <translation>Gepubliceerde scores importeren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>&lt;p&gt;Loads a published Leefbaarometer score file (long format: one row per area and year, as in &lt;i&gt;Leefbaarometer-scores buurten 2002-2024.csv&lt;/i&gt;) onto the areas' geometry, with one field per measure and year: &lt;code&gt;lbm_2024&lt;/code&gt;, &lt;code&gt;afw_2024&lt;/code&gt;, &lt;code&gt;fys_2024&lt;/code&gt; … This is the field schema every other Leefbaarometer tool reads.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scores&lt;/b&gt;: the CSV file. Comma, semicolon or tab separated; a decimal comma is understood; &lt;code&gt;NA&lt;/code&gt; or empty cells become NULL. Extra columns (a row number, say) are ignored.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Or a score table&lt;/b&gt;: the same columns in a table of any data source, such as a PostGIS table the CSV was loaded into (key, &lt;code&gt;jaar&lt;/code&gt;, &lt;code&gt;lbm&lt;/code&gt;, &lt;code&gt;afw&lt;/code&gt; …; geometry is not read). Give either the file or the table.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Years&lt;/b&gt;: a range such as &lt;code&gt;2016-2024&lt;/code&gt;, &lt;code&gt;2016-&lt;/code&gt; or &lt;code&gt;-2020&lt;/code&gt; (empty = all). From a table, the database itself selects the years.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: any destination, a PostGIS table included (… → Save to Database Table).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Geometry&lt;/b&gt;: a polygon layer with the same codes (buurt, wijk, gemeente, PC4 boundaries). Optional for the 100 m grid: cells are built from their ids (E1213N4879 = lower-left corner 121300, 487900 in RD New). Any CRS; the output is in EPSG:28992 (RD New).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Key&lt;/b&gt;: detected from grid_id, PC4, bu_code, wk_code, gm_code or code. &lt;b&gt;Key field in the geometry layer&lt;/b&gt;: detected from the same name or a usual alias (postcode, buurtcode, statcode …).&lt;/p&gt;&lt;p&gt;The output holds one feature per area of the geometry layer. Areas without scores (in the PC4 file: Schiphol, the Maasvlakte and other areas with few dwellings) are kept with NULL scores, so that maps have no holes: they are drawn grey as &lt;i&gt;no score&lt;/i&gt;, and the analyses treat them as missing, never as 0. &lt;b&gt;Only areas with scores&lt;/b&gt; (default: off) leaves them out. Both, and the codes with scores but no geometry, are counted and named in the log. In the open data the dimension scores are NULL in 2002, 2008, 2012 and 2016; that is kept.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Names&lt;/b&gt;: where the scores have a name column (&lt;code&gt;bu_naam&lt;/code&gt;, &lt;code&gt;wk_naam&lt;/code&gt;, &lt;code&gt;gm_naam&lt;/code&gt;) and the geometry layer a name field (&lt;code&gt;buurtnaam&lt;/code&gt;, &lt;code&gt;statnaam&lt;/code&gt;, &lt;code&gt;naam&lt;/code&gt; …), the names of every matched code are compared, ignoring case, accents, spaces and punctuation; a missing name is not compared. Codes are re-used for other areas between boundary years (2024 scores on 2021 buurten put the scores of &lt;i&gt;Ermelo - Noord&lt;/i&gt; on &lt;i&gt;Ermelo-Oost&lt;/i&gt;), so different names are warned about with their number and five examples. &lt;b&gt;Stop when names differ&lt;/b&gt; (default: off, warn only) stops the import instead, and nothing is written.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scores the release does not allow&lt;/b&gt;: rows whose afw or dimension score lies outside the release profile's plausible range (lbm3_2024: afw −3 … 1.5, dimensions −1 … 1; the published data lie within afw −2.3 … 0.9) or whose lbm is not the release's C + afw (beyond 0.001) are warned about with their code and year; &lt;b&gt;Stop when scores are implausible&lt;/b&gt; (default: off, warn only) stops the import instead, and nothing is written. Values that are no score at all (inf, text, afw beyond ±10) are always refused.&lt;/p&gt;&lt;p&gt;&lt;b&gt;File&lt;/b&gt;: rows with more or fewer fields than the header (a file cut off part-way) and columns that appear twice are refused with their line or column. The encoding is judged on the whole file (UTF-8 with or without BOM, UTF-16 as Excel's &lt;i&gt;Unicode text&lt;/i&gt;, Windows-1252, Latin-1); the log says which.&lt;/p&gt;&lt;p&gt;Do not mix files of different releases: every release recomputes all years.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Laadt een gepubliceerd scorebestand van de Leefbaarometer (lang formaat: één rij per gebied en jaar, zoals in &lt;i&gt;Leefbaarometer-scores buurten 2002-2024.csv&lt;/i&gt;) op de geometrie van de gebieden, met één veld per maat en jaar: &lt;code&gt;lbm_2024&lt;/code&gt;, &lt;code&gt;afw_2024&lt;/code&gt;, &lt;code&gt;fys_2024&lt;/code&gt; … Dit is het veldschema dat elke andere Leefbaarometer-tool leest.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scores&lt;/b&gt;: het CSV-bestand. Gescheiden door komma's, puntkomma's of tabs; een decimaalkomma wordt begrepen; &lt;code&gt;NA&lt;/code&gt; of lege cellen worden NULL. Extra kolommen (een rijnummer bijvoorbeeld) worden genegeerd.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Of een scoretabel&lt;/b&gt;: dezelfde kolommen in een tabel van elke gegevensbron, zoals een PostGIS-tabel waarin de CSV is geladen (sleutel, &lt;code&gt;jaar&lt;/code&gt;, &lt;code&gt;lbm&lt;/code&gt;, &lt;code&gt;afw&lt;/code&gt; …; geometrie wordt niet gelezen). Geef het bestand of de tabel.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jaren&lt;/b&gt;: een reeks zoals &lt;code&gt;2016-2024&lt;/code&gt;, &lt;code&gt;2016-&lt;/code&gt; of &lt;code&gt;-2020&lt;/code&gt; (leeg = alle). Uit een tabel selecteert de database zelf de jaren.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: elke bestemming, ook een PostGIS-tabel (… → Save to Database Table).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Geometrie&lt;/b&gt;: een polygoonlaag met dezelfde codes (grenzen van buurten, wijken, gemeenten, PC4). Optioneel voor het raster van 100 m: de cellen worden uit hun id's gebouwd (E1213N4879 = linkeronderhoek 121300, 487900 in RD New). Elk CRS; de uitvoer is in EPSG:28992 (RD New).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sleutel&lt;/b&gt;: automatisch uit grid_id, PC4, bu_code, wk_code, gm_code of code. &lt;b&gt;Sleutelveld in de geometrielaag&lt;/b&gt;: automatisch uit dezelfde naam of een gangbare alias (postcode, buurtcode, statcode …).&lt;/p&gt;&lt;p&gt;De uitvoer bevat één object per gebied van de geometrielaag. Gebieden zonder scores (in het PC4-bestand: Schiphol, de Maasvlakte en andere gebieden met weinig woningen) blijven, met NULL-scores, zodat kaarten geen gaten hebben: ze worden grijs getekend als &lt;i&gt;geen score&lt;/i&gt;, en de analyses behandelen ze als ontbrekend, nooit als 0. &lt;b&gt;Alleen gebieden met scores&lt;/b&gt; (standaard: uit) laat ze weg. Beide, en de codes met scores maar zonder geometrie, worden geteld en in het logboek genoemd. In de open data zijn de dimensiescores NULL in 2002, 2008, 2012 en 2016; dat blijft zo.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Namen&lt;/b&gt;: waar de scores een naamkolom hebben (&lt;code&gt;bu_naam&lt;/code&gt;, &lt;code&gt;wk_naam&lt;/code&gt;, &lt;code&gt;gm_naam&lt;/code&gt;) en de geometrielaag een naamveld (&lt;code&gt;buurtnaam&lt;/code&gt;, &lt;code&gt;statnaam&lt;/code&gt;, &lt;code&gt;naam&lt;/code&gt; …), worden de namen van elke gekoppelde code vergeleken, zonder op hoofdletters, accenten, spaties en leestekens te letten; een ontbrekende naam wordt niet vergeleken. Codes worden tussen grenzenjaren hergebruikt voor andere gebieden (scores van 2024 op buurten van 2021 zetten de scores van &lt;i&gt;Ermelo - Noord&lt;/i&gt; op &lt;i&gt;Ermelo-Oost&lt;/i&gt;), dus voor verschillende namen volgt een waarschuwing met hun aantal en vijf voorbeelden. &lt;b&gt;Stoppen als namen verschillen&lt;/b&gt; (standaard: uit, alleen waarschuwen) stopt de import in plaats daarvan, en er wordt niets geschreven.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Scores die de release niet toelaat&lt;/b&gt;: rijen waarvan afw of een dimensiescore buiten het plausibele bereik van het releaseprofiel ligt (lbm3_2024: afw −3 … 1.5, dimensies −1 … 1; de gepubliceerde gegevens liggen binnen afw −2.3 … 0.9) of waarvan lbm niet de C + afw van de release is (meer dan 0.001 ernaast), geven een waarschuwing met hun code en jaar; &lt;b&gt;Stoppen bij onwaarschijnlijke scores&lt;/b&gt; (standaard: uit, alleen waarschuwen) stopt de import in plaats daarvan, en er wordt niets geschreven. Waarden die helemaal geen score zijn (inf, tekst, afw voorbij ±10) worden altijd geweigerd.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bestand&lt;/b&gt;: rijen met meer of minder velden dan de kopregel (een bestand dat halverwege is afgebroken) en kolommen die twee keer voorkomen worden geweigerd, met hun regel of kolom. De codering wordt aan het hele bestand bepaald (UTF-8 met of zonder BOM, UTF-16 zoals Excels &lt;i&gt;Unicode-tekst&lt;/i&gt;, Windows-1252, Latin-1); het logboek zegt welke.&lt;/p&gt;&lt;p&gt;Meng geen bestanden van verschillende releases: elke release berekent alle jaren opnieuw.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <location filename="../processing/geometry.py" />
      <source>areas</source>
      <translation>gebieden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Published score file (CSV)</source>
      <translation>Gepubliceerd scorebestand (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>… or a score table (PostGIS, GeoPackage, …)</source>
      <translation>… of een scoretabel (PostGIS, GeoPackage, …)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Years (e.g. 2016-2024; empty = all)</source>
      <translation>Jaren (bijv. 2016-2024; leeg = alle)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Geometry of the areas (optional for the 100 m grid)</source>
      <translation>Geometrie van de gebieden (optioneel voor het raster van 100 m)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Key column in the score file (detected if empty)</source>
      <translation>Sleutelkolom in het scorebestand (automatisch als leeg)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Key field in the geometry layer (detected if empty)</source>
      <translation>Sleutelveld in de geometrielaag (automatisch als leeg)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Stop when names of matched codes differ (default: warn only)</source>
      <translation>Stoppen als namen van gekoppelde codes verschillen (standaard: alleen waarschuwen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Stop when scores are implausible for the release (default: warn only)</source>
      <translation>Stoppen bij scores die voor de release onwaarschijnlijk zijn (standaard: alleen waarschuwen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Only areas with scores (default: keep every area, without scores as NULL)</source>
      <translation>Alleen gebieden met scores (standaard: elk gebied houden, zonder scores als NULL)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Areas written</source>
      <translation>Geschreven gebieden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Codes with scores but no geometry</source>
      <translation>Codes met scores maar zonder geometrie</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Geometries without scores</source>
      <translation>Geometrieën zonder scores</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Areas written without scores</source>
      <translation>Geschreven gebieden zonder scores</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Matched codes whose names differ</source>
      <translation>Gekoppelde codes met verschillende namen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Rows with scores the release does not allow</source>
      <translation>Rijen met scores die de release niet toelaat</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Level of the scores</source>
      <translation>Niveau van de scores</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>give either a published score file (SCORES) or a score table (SCORE_TABLE)</source>
      <translation>geef een gepubliceerd scorebestand (SCORES) of een scoretabel (SCORE_TABLE)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Names not compared: no matched code has a name on both sides</source>
      <translation>Namen niet vergeleken: geen enkele gekoppelde code heeft aan beide kanten een naam</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the geometry layer has no features</source>
      <translation>de geometrielaag heeft geen objecten</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>{n_rows} rows: {n_areas} areas ({level}, key '{key}'), years {y}</source>
      <translation>{n_rows} rijen: {n_areas} gebieden ({level}, sleutel '{key}'), jaren {y}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Joining on geometry field '{field}'</source>
      <translation>Koppelen op geometrieveld '{field}'</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Reading {path}</source>
      <translation>{path} lezen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Ignored columns: {table}</source>
      <translation>Genegeerde kolommen: {table}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>{message}. Stopped because 'Stop when scores are implausible for the release' is on; nothing was written.</source>
      <translation>{message}. Gestopt omdat 'Stoppen bij scores die voor de release onwaarschijnlijk zijn' aan staat; er is niets geschreven.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Names compared ('{score_name}' with '{name_field}'): the {compared} matched codes with a name on both sides have the same names</source>
      <translation>Namen vergeleken ('{score_name}' met '{name_field}'): de {compared} gekoppelde codes met aan beide kanten een naam hebben dezelfde namen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>{check} Stopped because 'Stop when names of matched codes differ' is on; nothing was written.</source>
      <translation>{check} Gestopt omdat 'Stoppen als namen van gekoppelde codes verschillen' aan staat; er is niets geschreven.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the score table has no year column ('jaar' or 'year'); its fields are {names}</source>
      <translation>de scoretabel heeft geen jaarkolom ('jaar' of 'year'); haar velden zijn {names}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the scores are per {level} (key '{key}'): give the GEOMETRY layer with their boundaries. Only the 100 m grid (grid_id) can be built without it.</source>
      <translation>de scores zijn per {level} (sleutel '{key}'): geef de laag GEOMETRY met hun grenzen. Alleen het raster van 100 m (grid_id) kan zonder worden gebouwd.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>Names not compared: {side} have no name field</source>
      <translation>Namen niet vergeleken: {side} hebben geen naamveld</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the geometry layer has no field '{key}' (nor {aliases}); its fields are {names}. Choose its key field with GEOMETRY_KEY.</source>
      <translation>de geometrielaag heeft geen veld '{key}' (noch {aliases}); haar velden zijn {names}. Kies haar sleutelveld met GEOMETRY_KEY.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the geometry layer</source>
      <translation>de geometrielaag</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_scores.py" />
      <source>the scores</source>
      <translation>de scores</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_wfs.py" />
      <source>Import official WFS layer</source>
      <translation>Officiële WFS-laag importeren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_wfs.py" />
      <source>&lt;p&gt;Converts a layer from the official Leefbaarometer WFS (for example &lt;code&gt;lbm3:buurtscore24&lt;/code&gt; or &lt;code&gt;lbm3:gemeentescore24&lt;/code&gt;, saved or added from the WFS) into the plugin's field schema: its flat fields &lt;code&gt;afw&lt;/code&gt;, &lt;code&gt;fys&lt;/code&gt; … and class fields &lt;code&gt;kscore&lt;/code&gt;, &lt;code&gt;kafw&lt;/code&gt;, &lt;code&gt;kfys&lt;/code&gt; … of year &lt;code&gt;year&lt;/code&gt; become &lt;code&gt;afw_2024&lt;/code&gt;, &lt;code&gt;kscore_2024&lt;/code&gt; and so on. Layers of several years (one feature per area and year) are merged into one feature per area. The WFS carries no &lt;code&gt;lbm&lt;/code&gt; field; it is not invented.&lt;/p&gt;&lt;p&gt;Any CRS; the output is in EPSG:28992 (RD New). The input is not changed.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Zet een laag van de officiële WFS van de Leefbaarometer (bijvoorbeeld &lt;code&gt;lbm3:buurtscore24&lt;/code&gt; of &lt;code&gt;lbm3:gemeentescore24&lt;/code&gt;, opgeslagen of toegevoegd vanuit de WFS) om in het veldschema van de plugin: haar platte velden &lt;code&gt;afw&lt;/code&gt;, &lt;code&gt;fys&lt;/code&gt; … en klassenvelden &lt;code&gt;kscore&lt;/code&gt;, &lt;code&gt;kafw&lt;/code&gt;, &lt;code&gt;kfys&lt;/code&gt; … van jaar &lt;code&gt;year&lt;/code&gt; worden &lt;code&gt;afw_2024&lt;/code&gt;, &lt;code&gt;kscore_2024&lt;/code&gt; enzovoort. Lagen van meerdere jaren (één object per gebied en jaar) worden samengevoegd tot één object per gebied. De WFS heeft geen veld &lt;code&gt;lbm&lt;/code&gt;; dat wordt niet verzonnen.&lt;/p&gt;&lt;p&gt;Elk CRS; de uitvoer is in EPSG:28992 (RD New). De invoer blijft ongewijzigd.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/import_wfs.py" />
      <source>Layer from the official WFS</source>
      <translation>Laag van de officiële WFS</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>By class: low ≤ LOW_MAX, high ≥ HIGH_MIN, middle between</source>
      <translation>Naar klasse: laag ≤ LOW_MAX, hoog ≥ HIGH_MIN, midden ertussen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Terciles of afw (pooled over the input)</source>
      <translation>Tertielen van afw (over de hele invoer)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Livability and social inequality</source>
      <translation>Leefbaarheid en sociale ongelijkheid</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>&lt;p&gt;Livability against the socio-economic status of the units, as in the reports' deeper analyses of 2020 (livability and SES-WOA): where low status and low livability stack up, and how strongly the two go together per region.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Status field&lt;/b&gt;: any number where a higher value means a higher status: the CBS SES-WOA score, or income per resident (&lt;code&gt;inkomenPerInwoner&lt;/code&gt;) or the mean WOZ value (&lt;code&gt;wozWaarde&lt;/code&gt;) of the CBS key figures. A unit without a status (NULL, or −99997: CBS suppresses small numbers) is never counted as 0: it gets no class, its count is in the log and per region (&lt;code&gt;n_no_status&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Per unit (the units with a score in &lt;b&gt;Year&lt;/b&gt;, default the layer's last measurement, and a status):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;biv&lt;/code&gt;: the bivariate class &lt;i&gt;s-l&lt;/i&gt;, status group 1–3 × livability group 1–3; &lt;code&gt;1-1&lt;/code&gt; = low status and low livability, &lt;code&gt;3-3&lt;/code&gt; = high and high. Status groups are the terciles of the status (a third of the units each, pooled over the input; ties stay together), or up to and including the two &lt;b&gt;Status breaks&lt;/b&gt; you give. Livability groups by default by class: 1 = class ≤ {low_max} (zwak of lager), 3 = class ≥ {high_min} (goed t/m uitstekend), 2 = the classes between (voldoende, ruim voldoende); or the terciles of afw.&lt;/li&gt;&lt;li&gt;&lt;code&gt;laaglaag&lt;/code&gt;: &lt;i&gt;ja&lt;/i&gt; when the status is in the lowest {share:.0%} of the units (the lowest quintile) and the class at most {laaglaag_max} (zwak of lager), else &lt;i&gt;nee&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;code&gt;cluster&lt;/code&gt;: whether a laaglaag unit sits among laaglaag units: &lt;i&gt;cluster&lt;/i&gt; when its number of laaglaag neighbours (&lt;code&gt;ll_buren&lt;/code&gt;) is significantly high (a local join count with a pseudo p-value &lt;code&gt;cluster_p&lt;/code&gt; from {permutations} conditional permutations, the randomisation of the hot-spot tool: the unit keeps its flag, its neighbours are drawn from the other units; p &amp;lt; {alpha}; seeded, so results repeat: such a unit is a core of the cluster), and for a laaglaag neighbour of a core; &lt;i&gt;los&lt;/i&gt; when neither, &lt;i&gt;geen buren&lt;/i&gt; for one without neighbours; &lt;i&gt;geen&lt;/i&gt; for units that are not laaglaag. Neighbours as in the hot-spot tool (grid cells 8, polygons a shared boundary); a layer without polygons gets no cluster test.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Per region (&lt;b&gt;Region field&lt;/b&gt;: gemeente, wijk, COROP …; the table &lt;b&gt;Regions&lt;/b&gt;, first a row &lt;i&gt;alle&lt;/i&gt; for every unit): &lt;code&gt;n&lt;/code&gt; units with score and status, &lt;code&gt;n_no_status&lt;/code&gt;, &lt;code&gt;n_no_score&lt;/code&gt;, the &lt;code&gt;spearman&lt;/code&gt; and &lt;code&gt;pearson&lt;/code&gt; correlation of afw and status (weighted by the &lt;b&gt;Weights&lt;/b&gt; field where given, e.g. households), &lt;code&gt;n_laaglaag&lt;/code&gt;, &lt;code&gt;share_laaglaag&lt;/code&gt; (of the n units), &lt;code&gt;weight_laaglaag&lt;/code&gt; and &lt;code&gt;wshare_laaglaag&lt;/code&gt; (their weight and its share), &lt;code&gt;n_cluster&lt;/code&gt;, and &lt;code&gt;rank&lt;/code&gt; on the share (1 = the highest; Kerkrade's 35 % tops the 2020 list). Regions with fewer than {min_units} units get &lt;code&gt;too_few&lt;/code&gt; = 1 and no rank.&lt;/p&gt;&lt;p&gt;The map opens in a 3 × 3 bivariate palette (colour-blind safe: the nine colours stay apart for protanopia, deuteranopia and tritanopia): darker is lower status and lower livability; low status adds blue, low livability red. The legend lists the nine classes row by row of the square; &lt;b&gt;Square legend&lt;/b&gt; writes the 3 × 3 legend as an image (SVG or PNG) for a print layout.&lt;/p&gt;&lt;p&gt;An association, not a cause: the Leefbaarometer itself is partly built from such indicators.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Leefbaarheid tegenover de sociaal-economische status van de eenheden, zoals in de verdiepende analyses van 2020 (leefbaarheid en SES-WOA): waar lage status en lage leefbaarheid samenvallen, en hoe sterk die twee per regio samenhangen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Statusveld&lt;/b&gt;: elk getal waarbij een hogere waarde een hogere status betekent: de SES-WOA-score van het CBS, of het inkomen per inwoner (&lt;code&gt;inkomenPerInwoner&lt;/code&gt;) of de gemiddelde WOZ-waarde (&lt;code&gt;wozWaarde&lt;/code&gt;) uit de kerncijfers van het CBS. Een eenheid zonder status (NULL, of −99997: het CBS onderdrukt kleine aantallen) telt nooit als 0: ze krijgt geen klasse; haar aantal staat in het logboek en per regio (&lt;code&gt;n_no_status&lt;/code&gt;).&lt;/p&gt;&lt;p&gt;Per eenheid (de eenheden met een score in &lt;b&gt;Jaar&lt;/b&gt;, standaard de laatste meting van de laag, en een status):&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;biv&lt;/code&gt;: de bivariate klasse &lt;i&gt;s-l&lt;/i&gt;, statusgroep 1–3 × leefbaarheidsgroep 1–3; &lt;code&gt;1-1&lt;/code&gt; = lage status en lage leefbaarheid, &lt;code&gt;3-3&lt;/code&gt; = hoog en hoog. De statusgroepen zijn de tertielen van de status (elk een derde van de eenheden, over de hele invoer; gelijke waarden blijven bij elkaar), of tot en met de twee &lt;b&gt;statusgrenzen&lt;/b&gt; die u opgeeft. Leefbaarheidsgroepen standaard naar klasse: 1 = klasse ≤ {low_max} (zwak of lager), 3 = klasse ≥ {high_min} (goed t/m uitstekend), 2 = de klassen ertussen (voldoende, ruim voldoende); of de tertielen van afw.&lt;/li&gt;&lt;li&gt;&lt;code&gt;laaglaag&lt;/code&gt;: &lt;i&gt;ja&lt;/i&gt; als de status bij de laagste {share:.0%} van de eenheden hoort (het laagste kwintiel) en de klasse hoogstens {laaglaag_max} is (zwak of lager), anders &lt;i&gt;nee&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;code&gt;cluster&lt;/code&gt;: of een laaglaag-eenheid tussen laaglaag-eenheden ligt: &lt;i&gt;cluster&lt;/i&gt; als haar aantal laaglaag-buren (&lt;code&gt;ll_buren&lt;/code&gt;) significant hoog is (een lokale join count met een pseudo-p-waarde &lt;code&gt;cluster_p&lt;/code&gt; uit {permutations} conditionele permutaties, de randomisatie van het hotspotinstrument: de eenheid houdt haar vlag, haar buren worden uit de andere eenheden getrokken; p &amp;lt; {alpha}; met een vaste seed, dus uitkomsten herhalen zich: zo'n eenheid is een kern van het cluster), en ook voor een laaglaag-buur van een kern; &lt;i&gt;los&lt;/i&gt; als geen van beide, &lt;i&gt;geen buren&lt;/i&gt; voor een eenheid zonder buren; &lt;i&gt;geen&lt;/i&gt; voor eenheden die niet laaglaag zijn. Buren als in het hotspotinstrument (rastercellen 8, vlakken een gedeelde grens); een laag zonder vlakken krijgt geen clustertoets.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Per regio (&lt;b&gt;Regioveld&lt;/b&gt;: gemeente, wijk, COROP …; de tabel &lt;b&gt;Regio's&lt;/b&gt;, eerst een rij &lt;i&gt;alle&lt;/i&gt; voor alle eenheden): &lt;code&gt;n&lt;/code&gt; eenheden met score en status, &lt;code&gt;n_no_status&lt;/code&gt;, &lt;code&gt;n_no_score&lt;/code&gt;, de correlatie &lt;code&gt;spearman&lt;/code&gt; en &lt;code&gt;pearson&lt;/code&gt; van afw en status (gewogen met het veld &lt;b&gt;Gewichten&lt;/b&gt; waar opgegeven, bijvoorbeeld huishoudens), &lt;code&gt;n_laaglaag&lt;/code&gt;, &lt;code&gt;share_laaglaag&lt;/code&gt; (van de n eenheden), &lt;code&gt;weight_laaglaag&lt;/code&gt; en &lt;code&gt;wshare_laaglaag&lt;/code&gt; (hun gewicht en het aandeel daarvan), &lt;code&gt;n_cluster&lt;/code&gt;, en &lt;code&gt;rank&lt;/code&gt; op het aandeel (1 = het hoogste; de 35 % van Kerkrade staat boven aan de lijst van 2020). Regio's met minder dan {min_units} eenheden krijgen &lt;code&gt;too_few&lt;/code&gt; = 1 en geen rang.&lt;/p&gt;&lt;p&gt;De kaart opent in een bivariaat palet van 3 × 3 (veilig bij kleurenblindheid: de negen kleuren blijven onderscheidbaar bij protanopie, deuteranopie en tritanopie): donkerder is lagere status en lagere leefbaarheid; lage status voegt blauw toe, lage leefbaarheid rood. De legenda noemt de negen klassen rij voor rij van het vierkant; &lt;b&gt;Vierkante legenda&lt;/b&gt; schrijft de legenda van 3 × 3 als afbeelding (SVG of PNG) voor een printlay-out.&lt;/p&gt;&lt;p&gt;Een samenhang, geen oorzaak: de Leefbaarometer is zelf deels uit zulke indicatoren opgebouwd.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Status field (SES-WOA score, income per resident, WOZ value)</source>
      <translation>Statusveld (SES-WOA-score, inkomen per inwoner, WOZ-waarde)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Region field (gemeente, wijk …)</source>
      <translation>Regioveld (gemeente, wijk …)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Weights (households, residents)</source>
      <translation>Gewichten (huishoudens, inwoners)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Low livability: class at most</source>
      <translation>Lage leefbaarheid: klasse hoogstens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>High livability: class at least</source>
      <translation>Hoge leefbaarheid: klasse minstens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Laaglaag: status in the lowest share of the units</source>
      <translation>Laaglaag: status in het laagste aandeel van de eenheden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Laaglaag: class at most</source>
      <translation>Laaglaag: klasse hoogstens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Regions: rank only with at least … units</source>
      <translation>Regio's: alleen rangschikken met minstens … eenheden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Cluster test: permutations</source>
      <translation>Clustertoets: permutaties</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Cluster test: significance level</source>
      <translation>Clustertoets: significantieniveau</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Units with scores and a status</source>
      <translation>Eenheden met scores en een status</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Year of the scores (empty: the last year of the layer)</source>
      <translation>Jaar van de scores (leeg: het laatste jaar van de laag)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Livability groups</source>
      <translation>Leefbaarheidsgroepen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Status breaks: ends of the low and middle group (empty: terciles)</source>
      <translation>Statusgrenzen: einde van de lage en de middelste groep (leeg: tertielen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Livability and status</source>
      <translation>Leefbaarheid en status</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Regions</source>
      <translation>Regio's</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Square legend</source>
      <translation>Vierkante legenda</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Laaglaag units</source>
      <translation>Laaglaag-eenheden</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Laaglaag units in a cluster</source>
      <translation>Laaglaag-eenheden in een cluster</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Units with a score but no status</source>
      <translation>Eenheden met een score maar zonder status</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Livability and {status} {year}</source>
      <translation>Leefbaarheid en {status} {year}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>{units} units with score and status. Status groups ({field}): 1 up to {s1:g}, 2 up to {s2:g}, 3 above ({how}); livability groups: {groups}</source>
      <translation>{units} eenheden met score en status. Statusgroepen ({field}): 1 tot en met {s1:g}, 2 tot en met {s2:g}, 3 daarboven ({how}); leefbaarheidsgroepen: {groups}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Bivariate classes (status-livability): {counts}</source>
      <translation>Bivariate klassen (status-leefbaarheid): {counts}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>Laaglaag (status up to {cut:g}, the lowest {share:.0%}, and class ≤ {laaglaag_max}): {n} units, {clusters} of them in a cluster</source>
      <translation>Laaglaag (status tot en met {cut:g}, de laagste {share:.0%}, en klasse ≤ {laaglaag_max}): {n} eenheden, waarvan {clusters} in een cluster</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>status breaks: give two numbers (the ends of the low and the middle group), or none for terciles; got {n_breaks}</source>
      <translation>statusgrenzen: geef twee getallen (het einde van de lage en van de middelste groep), of geen voor tertielen; gekregen: {n_breaks}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>the layer has no afw (or lbm) in {year}: the correlations need it</source>
      <translation>de laag heeft geen afw (of lbm) in {year}: de correlaties hebben die nodig</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>{count} of {units} units with a score in {year} have no {field} (NULL or −99997: CBS suppresses small numbers): they are left out of the groups, flags and correlations, never counted as 0</source>
      <translation>{count} van de {units} eenheden met een score in {year} hebben geen {field} (NULL of −99997: het CBS onderdrukt kleine aantallen): ze blijven buiten de groepen, vlaggen en correlaties en tellen nooit als 0</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>{count} units have no score in {year}</source>
      <translation>{count} eenheden hebben geen score in {year}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>your breaks</source>
      <translation>uw grenzen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>terciles</source>
      <translation>tertielen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>{count} units have no region: they count only in the row 'alle'</source>
      <translation>{count} eenheden hebben geen regio: ze tellen alleen mee in de rij 'alle'</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>1 class ≤ {low_max}, 2 classes {mid_lo}–{mid_hi}, 3 class ≥ {high_min}</source>
      <translation>1 klasse ≤ {low_max}, 2 klassen {mid_lo}–{mid_hi}, 3 klasse ≥ {high_min}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/inequality.py" />
      <source>terciles of afw: 1 up to {a:g}, 2 up to {b:g}, 3 above</source>
      <translation>tertielen van afw: 1 tot en met {a:g}, 2 tot en met {b:g}, 3 daarboven</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Structurally under pressure (structureel onder druk)</source>
      <translation>Structureel onder druk</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>&lt;p&gt;Areas where livability is &lt;i&gt;structureel onder druk&lt;/i&gt;, selected on three criteria:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;severity&lt;/b&gt;: total-score class at most {max_class} (onvoldoende or lower) by default;&lt;/li&gt;&lt;li&gt;&lt;b&gt;duration&lt;/b&gt;: in at least M of the last K measurements (default {min_years} of {last_years});&lt;/li&gt;&lt;li&gt;&lt;b&gt;size&lt;/b&gt;: a contiguous cluster of such units with at least N dwellings (default {min_weight:g}; the weight field). Without a dwellings field the size counts units instead, with its own minimum (&lt;b&gt;Size without dwellings&lt;/b&gt;, default {min_units}: any cluster, since a number of dwellings cannot be turned into a number of areas): the log says so, and so does the output's &lt;code&gt;criteria&lt;/code&gt; (&lt;code&gt;min_units&lt;/code&gt; instead of &lt;code&gt;min_dwellings&lt;/code&gt;).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Grid cells (a &lt;code&gt;grid_id&lt;/code&gt; field) are contiguous as 8- or 4-neighbours; other polygons (buurten) when they share a boundary. Each cluster becomes one dissolved area with its units, dwellings, households, the codes it touches (its own units' codes, e.g. PC4 or grid_id, and the buurt, wijk and gemeente code fields you give), its weighted afw and class in the last year, the number of the chosen measurements in which the cluster as a whole was under pressure, how many of them run without a break up to the last one, and its weakest dimension: the material of the reports' annex 2. The annexes per gemeente use the same criteria and defaults.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Gebieden waar de leefbaarheid &lt;i&gt;structureel onder druk&lt;/i&gt; staat, geselecteerd op drie criteria:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;ernst&lt;/b&gt;: klasse van de totaalscore hoogstens {max_class} (onvoldoende of lager), standaard;&lt;/li&gt;&lt;li&gt;&lt;b&gt;duur&lt;/b&gt;: in minstens M van de laatste K metingen (standaard {min_years} van {last_years});&lt;/li&gt;&lt;li&gt;&lt;b&gt;omvang&lt;/b&gt;: een aaneengesloten cluster van zulke eenheden met minstens N woningen (standaard {min_weight:g}; het gewichtsveld). Zonder woningenveld telt de omvang eenheden, met een eigen minimum (&lt;b&gt;Omvang zonder woningen&lt;/b&gt;, standaard {min_units}: elk cluster, want een aantal woningen is niet om te rekenen naar een aantal gebieden): het logboek meldt dat, en ook het veld &lt;code&gt;criteria&lt;/code&gt; van de uitvoer (&lt;code&gt;min_units&lt;/code&gt; in plaats van &lt;code&gt;min_dwellings&lt;/code&gt;).&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Rastercellen (een veld &lt;code&gt;grid_id&lt;/code&gt;) grenzen aan elkaar als 8- of 4-buren; andere polygonen (buurten) als ze een grens delen. Elk cluster wordt één samengevoegd gebied met zijn eenheden, woningen, huishoudens, de codes die het raakt (de codes van zijn eigen eenheden, bijv. PC4 of grid_id, en de velden met buurt-, wijk- en gemeentecode die u opgeeft), zijn gewogen afw en klasse in het laatste jaar, het aantal van de gekozen metingen waarin het cluster als geheel onder druk stond, hoeveel daarvan zonder onderbreking doorlopen tot de laatste, en zijn zwakste dimensie: het materiaal van bijlage 2 van de rapporten. De bijlagen per gemeente gebruiken dezelfde criteria en standaardwaarden.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Contiguity of grid cells (ignored for buurten and other polygons)</source>
      <translation>Samenhang van gridcellen (genegeerd voor buurten en andere vlakken)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Grid cells or areas with scores</source>
      <translation>Rastercellen of gebieden met scores</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Dwellings (size criterion)</source>
      <translation>Woningen (criterium voor de omvang)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Households (reported)</source>
      <translation>Huishoudens (gemeld)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Severity: class at most</source>
      <translation>Ernst: klasse hoogstens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Duration: in at least … measurements</source>
      <translation>Duur: in minstens … metingen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>… of the last … measurements</source>
      <translation>… van de laatste … metingen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Size: at least … dwellings in the cluster</source>
      <translation>Omvang: minstens … woningen in het cluster</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Size without dwellings: at least … units in the cluster</source>
      <translation>Omvang zonder woningen: minstens … eenheden in het cluster</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Code fields to list (buurt, wijk, gemeente)</source>
      <translation>Codevelden om op te sommen (buurt, wijk, gemeente)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Areas structurally under pressure</source>
      <translation>Gebieden structureel onder druk</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Clusters</source>
      <translation>Clusters</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>8 neighbours (corners too)</source>
      <translation>8 buren (ook de hoeken)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>4 neighbours (edges)</source>
      <translation>4 buren (de zijden)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>{n_table} clusters ({crit})</source>
      <translation>{n_table} clusters ({crit})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Structurally under pressure {years}</source>
      <translation>Structureel onder druk {years}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>No dwellings field (WEIGHT): the size criterion counts units instead, so a cluster needs at least {min_units} unit(s) (MIN_UNITS), not {min_weight:g} dwellings. Give the dwellings field to apply the dwellings criterion.</source>
      <translation>Geen woningenveld (WEIGHT): het omvangscriterium telt in plaats daarvan eenheden, dus een cluster heeft minstens {min_units} eenhe(i)d(en) nodig (MIN_UNITS), niet {min_weight:g} woningen. Geef het woningenveld om het woningencriterium toe te passen.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>Contiguity of grid cells is ignored: the input is not a grid. Neighbours: {rule}</source>
      <translation>De samenhang van gridcellen wordt genegeerd: de invoer is geen grid. Buren: {rule}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/pressure.py" />
      <source>{count} cluster(s) are left out because their units have no area (empty or zero-area geometry): {units}. Repair those geometries to have them judged.</source>
      <translation>{count} cluster(s) worden weggelaten omdat hun eenheden geen oppervlakte hebben (lege geometrie of oppervlakte nul): {units}. Herstel die geometrieën om ze mee te laten tellen.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Rank zones on several indicators</source>
      <translation>Zones rangschikken op meerdere indicatoren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>&lt;p&gt;Ranks zones (gemeenten, wijken, buurten, PC4 areas, a corporation's complexes: any layer) on several indicators at once, as the 2020 theme report ranks gemeenten in its bijlage 5. Each indicator is a row of &lt;b&gt;Indicators&lt;/b&gt;: a field, its &lt;b&gt;worse end&lt;/b&gt; (&lt;code&gt;low&lt;/code&gt;: a low value is unfavourable, as with every Leefbaarometer score; &lt;code&gt;high&lt;/code&gt;: a high value is, as with crime or the share of households in weak areas) and a &lt;b&gt;weight&lt;/b&gt; (≥ 0). On the command line the rows follow each other: &lt;code&gt;INDICATORS=onv,low,1,soc,low,1,fys,low,1&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones or units.&lt;/b&gt; Leave &lt;b&gt;Zone field&lt;/b&gt; empty when the input already holds the zones (the official WFS &lt;code&gt;gemeentescore24&lt;/code&gt;, the output of &lt;i&gt;Aggregate to zones&lt;/i&gt;): the indicators are its fields. With a zone field (gm_code, wk_code …) the input holds units (cells, buurten, PC4 areas) and they are aggregated first, by the plugin's own aggregation (&lt;i&gt;Aggregate to zones&lt;/i&gt;), weighted by &lt;b&gt;Weight&lt;/b&gt; (households, dwellings; empty: every unit once). An indicator is then a score of a year (&lt;code&gt;onv_2024&lt;/code&gt;; on an official WFS layer of one year just &lt;code&gt;onv&lt;/code&gt;), the weight in a class group (&lt;code&gt;w13_2024&lt;/code&gt;: classes 1–3), its share of the weight with a class (&lt;code&gt;aandeel_w13_2024&lt;/code&gt;), the change of the zone's mean between two years (&lt;code&gt;dafw_2022_2024&lt;/code&gt;), or any other numeric field of the units (its weighted mean per zone: CBS figures, the outputs of other tools). &lt;b&gt;Zones&lt;/b&gt; (a polygon layer, joined by code) gives the output its geometry; zones without units are listed as not ranked.&lt;/p&gt;&lt;p&gt;&lt;b&gt;The ranking.&lt;/b&gt; Only zones with a value on every indicator and, from units, at least &lt;b&gt;Minimum units per zone&lt;/b&gt; units (default {min_units}; for a layer of zones it applies when the layer has the field &lt;code&gt;n_units&lt;/code&gt; of &lt;i&gt;Aggregate to zones&lt;/i&gt;) are ranked; the others are listed with their &lt;code&gt;reason&lt;/code&gt; (&lt;i&gt;ontbrekend: onv&lt;/i&gt;, &lt;i&gt;te weinig eenheden (3 &amp;lt; 5)&lt;/i&gt;, &lt;i&gt;geen eenheden&lt;/i&gt;). Over the M ranked zones each indicator is turned so that higher is more unfavourable and standardised by the &lt;b&gt;Method&lt;/b&gt; (default &lt;code&gt;{method}&lt;/code&gt;): &lt;code&gt;z&lt;/code&gt;, z-scores (mean 0, population standard deviation 1; fields &lt;code&gt;z_{{field}}&lt;/code&gt;), or &lt;code&gt;percentile&lt;/code&gt;, percentile ranks 0–100 (100 × (rank from the favourable end − ½) / M, ties sharing one; fields &lt;code&gt;pct_{{field}}&lt;/code&gt;). &lt;code&gt;composite&lt;/code&gt; is their weighted mean; &lt;code&gt;rank&lt;/code&gt; 1 is the most unfavourable zone; &lt;code&gt;rank_{{field}}&lt;/code&gt; is the rank on one indicator; &lt;code&gt;n_worst_decile&lt;/code&gt; counts the indicators on which the zone is among the worst tenth (rank_{{field}} ≤ M / 10); equal values share the best rank (1, 2, 2, 4). Missing values are NULL, never 0: CBS's suppressed counts (−99997) are missing too.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Output&lt;/b&gt;: one row per zone in rank order (the ranked zones, then the others), with the zone's code and name, the indicators' values and the fields above; the &lt;b&gt;{top}&lt;/b&gt; most unfavourable zones in the log (&lt;b&gt;Zones named in the log&lt;/b&gt;); optionally a spreadsheet in the same order. The map shows the zones by rank: the most unfavourable 10 %, 10–25 %, the middle half, 75–90 % and the most favourable 10 %, and the zones not ranked in grey. The ranking compares the zones with each other, not with a norm: a low rank is no judgement of the zone's own livability.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Rangschikt zones (gemeenten, wijken, buurten, PC4-gebieden, de complexen van een corporatie: elke laag) op meerdere indicatoren tegelijk, zoals het themarapport van 2020 gemeenten rangschikt in zijn bijlage 5. Elke indicator is een rij van &lt;b&gt;Indicatoren&lt;/b&gt;: een veld, de &lt;b&gt;ongunstige kant&lt;/b&gt; (&lt;code&gt;low&lt;/code&gt;: een lage waarde is ongunstig, zoals bij elke Leefbaarometer-score; &lt;code&gt;high&lt;/code&gt;: een hoge waarde is dat, zoals bij criminaliteit of het aandeel huishoudens in zwakke gebieden) en een &lt;b&gt;gewicht&lt;/b&gt; (≥ 0). Op de opdrachtregel volgen de rijen elkaar op: &lt;code&gt;INDICATORS=onv,low,1,soc,low,1,fys,low,1&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zones of eenheden.&lt;/b&gt; Laat &lt;b&gt;Zoneveld&lt;/b&gt; leeg als de invoer al de zones bevat (de officiële WFS-laag &lt;code&gt;gemeentescore24&lt;/code&gt;, de uitvoer van &lt;i&gt;Aggregeren naar zones&lt;/i&gt;): de indicatoren zijn dan de velden daarvan. Met een zoneveld (gm_code, wk_code …) bevat de invoer eenheden (cellen, buurten, PC4-gebieden) en worden die eerst geaggregeerd, met de eigen aggregatie van de plugin (&lt;i&gt;Aggregeren naar zones&lt;/i&gt;), gewogen met &lt;b&gt;Gewicht&lt;/b&gt; (huishoudens, woningen; leeg: elke eenheid één keer). Een indicator is dan een score van een jaar (&lt;code&gt;onv_2024&lt;/code&gt;; op een officiële WFS-laag van één jaar gewoon &lt;code&gt;onv&lt;/code&gt;), het gewicht in een klassengroep (&lt;code&gt;w13_2024&lt;/code&gt;: klassen 1–3), het aandeel daarvan in het gewicht met een klasse (&lt;code&gt;aandeel_w13_2024&lt;/code&gt;), de verandering van het gemiddelde van de zone tussen twee jaren (&lt;code&gt;dafw_2022_2024&lt;/code&gt;), of elk ander numeriek veld van de eenheden (het gewogen gemiddelde per zone: CBS-cijfers, de uitvoer van andere tools). &lt;b&gt;Zones&lt;/b&gt; (een polygonenlaag, gekoppeld op code) geeft de uitvoer zijn geometrie; zones zonder eenheden staan als niet gerangschikt in de lijst.&lt;/p&gt;&lt;p&gt;&lt;b&gt;De rangorde.&lt;/b&gt; Alleen zones met een waarde op elke indicator en, vanuit eenheden, ten minste &lt;b&gt;Minimum aantal eenheden per zone&lt;/b&gt; eenheden (standaard {min_units}; voor een laag van zones geldt het als de laag het veld &lt;code&gt;n_units&lt;/code&gt; van &lt;i&gt;Aggregeren naar zones&lt;/i&gt; heeft) worden gerangschikt; de andere staan in de lijst met hun &lt;code&gt;reason&lt;/code&gt; (&lt;i&gt;ontbrekend: onv&lt;/i&gt;, &lt;i&gt;te weinig eenheden (3 &amp;lt; 5)&lt;/i&gt;, &lt;i&gt;geen eenheden&lt;/i&gt;). Over de M gerangschikte zones wordt elke indicator zo gedraaid dat hoger ongunstiger is en gestandaardiseerd volgens de &lt;b&gt;Methode&lt;/b&gt; (standaard &lt;code&gt;{method}&lt;/code&gt;): &lt;code&gt;z&lt;/code&gt;, z-scores (gemiddelde 0, standaardafwijking van de populatie 1; velden &lt;code&gt;z_{{field}}&lt;/code&gt;), of &lt;code&gt;percentile&lt;/code&gt;, percentielrangen 0–100 (100 × (rang vanaf de gunstige kant − ½) / M, gelijke waarden delen er één; velden &lt;code&gt;pct_{{field}}&lt;/code&gt;). &lt;code&gt;composite&lt;/code&gt; is hun gewogen gemiddelde; &lt;code&gt;rank&lt;/code&gt; 1 is de meest ongunstige zone; &lt;code&gt;rank_{{field}}&lt;/code&gt; is de rang op één indicator; &lt;code&gt;n_worst_decile&lt;/code&gt; telt de indicatoren waarop de zone bij het slechtste tiende hoort (rank_{{field}} ≤ M / 10); gelijke waarden delen de beste rang (1, 2, 2, 4). Ontbrekende waarden zijn NULL, nooit 0: ook de door CBS geheimgehouden aantallen (−99997) ontbreken.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Uitvoer&lt;/b&gt;: één rij per zone in volgorde van rang (de gerangschikte zones, dan de andere), met de code en naam van de zone, de waarden van de indicatoren en de velden hierboven; de &lt;b&gt;{top}&lt;/b&gt; meest ongunstige zones in het logboek (&lt;b&gt;Zones genoemd in het logboek&lt;/b&gt;); desgewenst een spreadsheet in dezelfde volgorde. De kaart toont de zones naar rang: de ongunstigste 10 %, 10–25 %, de middelste helft, 75–90 % en de gunstigste 10 %, en de niet gerangschikte zones in grijs. De rangorde vergelijkt de zones met elkaar, niet met een norm: een lage rang is geen oordeel over de leefbaarheid van de zone zelf.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Zones named in the log</source>
      <translation>Zones genoemd in het logboek</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Zones (gemeenten …), or units with a zone field</source>
      <translation>Zones (gemeenten …), of eenheden met een zoneveld</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Zone field of the units (empty: the input holds the zones)</source>
      <translation>Zoneveld van de eenheden (leeg: de invoer bevat de zones)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Indicators (field, worse end low or high, weight)</source>
      <translation>Indicatoren (veld, ongunstige kant low of high, gewicht)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Method (z: z-scores; percentile: percentile ranks)</source>
      <translation>Methode (z: z-scores; percentile: percentielrangen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Minimum units per zone</source>
      <translation>Minimum aantal eenheden per zone</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Weight of the units (households, dwellings; empty = unweighted)</source>
      <translation>Gewicht van de eenheden (huishoudens, woningen; leeg = ongewogen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Zones for the map (polygons, joined by code)</source>
      <translation>Zones voor de kaart (polygonen, gekoppeld op code)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Ranking</source>
      <translation>Rangorde</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Zones ranked</source>
      <translation>Gerangschikte zones</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Zones not ranked</source>
      <translation>Niet gerangschikte zones</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Ranking on {indicators} ({method})</source>
      <translation>Rangorde op {indicators} ({method})</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>The zones have no field n_units: the minimum of units per zone does not apply.</source>
      <translation>De zones hebben geen veld n_units: het minimum aantal eenheden per zone geldt niet.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>{n_zones} zones from {n_units} units; weight: {weight}; release profile {title}. {credit}.</source>
      <translation>{n_zones} zones uit {n_units} eenheden; gewicht: {weight}; releaseprofiel {title}. {credit}.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>{ranked} of {n} zones ranked on {indicators} ({method}); 1 = most unfavourable.</source>
      <translation>{ranked} van {n} zones gerangschikt op {indicators} ({method}); 1 = meest ongunstig.</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Field</source>
      <translation>Veld</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Worse end (low or high)</source>
      <translation>Ongunstige kant (low of high)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>Weight</source>
      <translation>Gewicht</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>the output would have field(s) {fields} twice: rename the indicator or the zones' field</source>
      <translation>de uitvoer zou veld(en) {fields} twee keer hebben: hernoem de indicator of het veld van de zones</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>the zones have no field(s) {fields} (their fields: {names}). If the input holds units, give their zone field (ZONE_FIELD) and the indicators are aggregated first</source>
      <translation>de zones hebben geen veld(en) {fields} (hun velden: {names}). Bevat de invoer eenheden, geef dan hun zoneveld (ZONE_FIELD); de indicatoren worden dan eerst geaggregeerd</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>{rank}. {zone}: composite {composite:.3f}; worst tenth on {k} of {n} indicators{which}</source>
      <translation>{rank}. {zone}: samengestelde score {composite:.3f}; slechtste tiende op {k} van {n} indicatoren{which}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>{count} zones are not ranked: {zones}</source>
      <translation>{count} zones zijn niet gerangschikt: {zones}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>{name} applies to units aggregated to zones: give the zone field of the units (ZONE_FIELD), or leave {name} empty</source>
      <translation>{name} geldt voor eenheden die naar zones worden geaggregeerd: geef het zoneveld van de eenheden (ZONE_FIELD), of laat {name} leeg</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/rank_zones.py" />
      <source>1 = most unfavourable; method: {method}</source>
      <translation>1 = meest ongunstig; methode: {method}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Risers and fallers (stijgers en dalers)</source>
      <translation>Stijgers en dalers</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>&lt;p&gt;Between a start and an end year, the units that started with an unfavourable class (zwak or lower, class ≤ 4 by default) and then &lt;b&gt;rose&lt;/b&gt; substantially (&lt;i&gt;stijger&lt;/i&gt;) or &lt;b&gt;fell&lt;/b&gt; further (&lt;i&gt;daler&lt;/i&gt;), and the units that started (ruim) voldoende (5–6) and fell (&lt;i&gt;afglijder&lt;/i&gt;). Substantial: at least N class steps (default 1, e.g. onvoldoende → zwak) or a change in afw of at least a given amount. Units below a minimum weight (e.g. dwellings) are left out.&lt;/p&gt;&lt;p&gt;Outputs: the flagged units (only those) with their classes, change, the dimension that contributed most (&lt;code&gt;driver&lt;/code&gt;) and its share, and a list per zone (gemeente, wijk, buurt code fields) with counts and weights per label: the material of the reports' annexes 3 and 4.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Years&lt;/b&gt; follow the data: the end year is the layer's last measurement, the start year the measurement before the end year, unless you give them.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Tussen een begin- en een eindjaar de eenheden die begonnen met een ongunstige klasse (zwak of lager, standaard klasse ≤ 4) en daarna substantieel &lt;b&gt;stegen&lt;/b&gt; (&lt;i&gt;stijger&lt;/i&gt;) of verder &lt;b&gt;daalden&lt;/b&gt; (&lt;i&gt;daler&lt;/i&gt;), en de eenheden die (ruim) voldoende (5–6) begonnen en daalden (&lt;i&gt;afglijder&lt;/i&gt;). Substantieel: minstens N klassenstappen (standaard 1, bijv. onvoldoende → zwak) of een verandering in afw van minstens een gegeven bedrag. Eenheden onder een minimumgewicht (bijv. woningen) blijven buiten beschouwing.&lt;/p&gt;&lt;p&gt;Uitvoer: de gemarkeerde eenheden (alleen die) met hun klassen, verandering, de dimensie die het meest bijdroeg (&lt;code&gt;driver&lt;/code&gt;) en haar aandeel, en een lijst per zone (velden met gemeente-, wijk- en buurtcode) met aantallen en gewichten per label: het materiaal van bijlagen 3 en 4 van de rapporten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Jaren&lt;/b&gt; volgen de gegevens: het eindjaar is de laatste meting van de laag, het beginjaar de meting vóór het eindjaar, tenzij u ze opgeeft.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Unfavourable: start class at most</source>
      <translation>Ongunstig: beginklasse hoogstens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Substantial change measured in</source>
      <translation>Substantiële verandering gemeten in</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Class steps</source>
      <translation>Klassenstappen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Change in afw</source>
      <translation>Verandering in afw</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Weight for the minimum (dwellings)</source>
      <translation>Gewicht voor het minimum (woningen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Minimum weight</source>
      <translation>Minimumgewicht</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Weights to report (dwellings, households)</source>
      <translation>Te melden gewichten (woningen, huishoudens)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Zone code fields for the lists (gemeente, wijk, buurt)</source>
      <translation>Zonecodevelden voor de lijsten (gemeente, wijk, buurt)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Risers and fallers per zone</source>
      <translation>Stijgers en dalers per zone</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>{crit}: {risers} stijgers, {fallers} dalers, {sliders} afglijders</source>
      <translation>{crit}: {risers} stijgers, {fallers} dalers, {sliders} afglijders</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Risers and fallers {year_from}–{year_to}</source>
      <translation>Stijgers en dalers {year_from}–{year_to}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>Risers and fallers per zone {years}</source>
      <translation>Stijgers en dalers per zone {years}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>class steps</source>
      <translation>klassenstappen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/risers_fallers.py" />
      <source>change in afw</source>
      <translation>verandering in afw</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Compute and check scores</source>
      <translation>Scores berekenen en controleren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>&lt;p&gt;Three ways to compute scores; each adds fields and never overwrites one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Totals from dimensions&lt;/b&gt; (always): for every year with the five dimension scores, &lt;code&gt;afw_{year}&lt;/code&gt; = fys + onv + soc + vrz + won where the layer lacks it, and &lt;code&gt;lbm_{year}&lt;/code&gt; = C + afw where it lacks that (the official WFS carries no lbm). &lt;b&gt;Check&lt;/b&gt;: where the layer has published totals, a field &lt;code&gt;chk_{year}&lt;/code&gt; is 1 where afw differs from the sum of the dimensions, or lbm from C + afw, by more than the tolerance; the log gives the count and the largest difference.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dimensions from indicators&lt;/b&gt; (optional): a weight table (CSV with columns &lt;code&gt;indicator&lt;/code&gt;, &lt;code&gt;dimension&lt;/code&gt;, &lt;code&gt;weight&lt;/code&gt; and optionally &lt;code&gt;transform&lt;/code&gt;: none, z, minmax or log) turns indicator fields of the layer into dimension scores &lt;code&gt;{dim}_{year}&lt;/code&gt; = Σ weight × transform(indicator), so a gemeente can score its own indicators transparently. The Leefbaarometer's own 94 indicator weights are in the methodology report, not in the open data: the table is yours. A unit missing an indicator gets a NULL dimension score.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regional view&lt;/b&gt; (optional): with a region field (gemeente, COROP, your own), &lt;code&gt;r{measure}_{year}&lt;/code&gt; = the score minus the weighted mean of its region (weight field optional), to see where an area stands within its own region rather than nationally.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Drie manieren om scores te berekenen; elk voegt velden toe en overschrijft er nooit een.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Totalen uit dimensies&lt;/b&gt; (altijd): voor elk jaar met de vijf dimensiescores &lt;code&gt;afw_{year}&lt;/code&gt; = fys + onv + soc + vrz + won waar de laag die mist, en &lt;code&gt;lbm_{year}&lt;/code&gt; = C + afw waar ze die mist (de officiële WFS heeft geen lbm). &lt;b&gt;Controle&lt;/b&gt;: waar de laag gepubliceerde totalen heeft, is een veld &lt;code&gt;chk_{year}&lt;/code&gt; 1 waar afw meer dan de tolerantie verschilt van de som van de dimensies, of lbm van C + afw; het logboek geeft het aantal en het grootste verschil.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Dimensies uit indicatoren&lt;/b&gt; (optioneel): een gewichtentabel (CSV met de kolommen &lt;code&gt;indicator&lt;/code&gt;, &lt;code&gt;dimension&lt;/code&gt;, &lt;code&gt;weight&lt;/code&gt; en desgewenst &lt;code&gt;transform&lt;/code&gt;: none, z, minmax of log) zet indicatorvelden van de laag om in dimensiescores &lt;code&gt;{dim}_{year}&lt;/code&gt; = Σ gewicht × transformatie(indicator), zodat een gemeente haar eigen indicatoren transparant kan scoren. De eigen gewichten van de 94 indicatoren van de Leefbaarometer staan in het methodologierapport, niet in de open data: de tabel is van u. Een eenheid die een indicator mist krijgt een NULL-dimensiescore.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Regionale blik&lt;/b&gt; (optioneel): met een regioveld (gemeente, COROP, eigen indeling) is &lt;code&gt;r{measure}_{year}&lt;/code&gt; = de score min het gewogen gemiddelde van zijn regio (gewichtsveld optioneel), om te zien waar een gebied staat binnen zijn eigen regio in plaats van landelijk.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <location filename="../ui/dock.py" />
      <source>Layer</source>
      <translation>Laag</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Check published totals</source>
      <translation>Gepubliceerde totalen controleren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Tolerance of the check</source>
      <translation>Tolerantie van de controle</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Indicator weight table (CSV)</source>
      <translation>Gewichtentabel van de indicatoren (CSV)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Year of the indicators</source>
      <translation>Jaar van de indicatoren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Region field (regional view)</source>
      <translation>Regioveld (regionale blik)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Weight for the regional mean</source>
      <translation>Gewicht voor het regionale gemiddelde</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Scores</source>
      <translation>Scores</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Units and years failing the check</source>
      <translation>Eenheden en jaren die de controle niet doorstaan</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>nothing to compute: the layer already has every total, and no weight table or region was given</source>
      <translation>niets te berekenen: de laag heeft al elk totaal, en er is geen gewichtentabel of regio gegeven</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Computed scores {years}</source>
      <translation>Berekende scores {years}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>the weight table names indicator field(s) the layer does not have: {missing}</source>
      <translation>de gewichtentabel noemt indicatorveld(en) die de laag niet heeft: {missing}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Dimension scores {dims} from {n_table} weighted indicators</source>
      <translation>Dimensiescores {dims} uit {n_table} gewogen indicatoren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>Regional view over {n_uniques} regions of '{region_field}'</source>
      <translation>Regionale blik over {n_uniques} regio's van '{region_field}'</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>check {year}: {flags} of {n_flags} units with scores disagree; largest difference {largest:.3g}</source>
      <translation>controle {year}: {flags} van {n_flags} eenheden met scores wijken af; grootste verschil {largest:.3g}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/score.py" />
      <source>{disagreements} unit-years disagree beyond the tolerance: see the chk_{{year}} fields</source>
      <translation>{disagreements} eenheid-jaren wijken meer af dan de tolerantie: zie de velden chk_{{year}}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>National picture (summary)</source>
      <translation>Landelijk beeld (samenvatting)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>&lt;p&gt;The picture the reports open with, for the whole layer (the country, a province, a gemeente) and per group of gemeenten: per year the weighted mean of the total score and each dimension (weighted by the first weight field), and per weight field (households, dwellings, residents: whichever you give) the total and the amount living in each class and class group: onvoldoende of lager (1–3), zwak (4), voldoende t/m ruim voldoende (5–6), goed t/m uitstekend (7–9), plus the change of those amounts since the previous year in the table ("963,000 households zwak or lower, 43,000 more than in 2022").&lt;/p&gt;&lt;p&gt;&lt;b&gt;Group field&lt;/b&gt;: any field of the units naming a group: G4/G40/rest, province, shrinking region. Units' classes are their own kscore where present, else computed with the release profile.&lt;/p&gt;&lt;p&gt;Output: a table (rows: group × year) and, optionally, a spreadsheet with the same table and the sources.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Het beeld waarmee de rapporten openen, voor de hele laag (het land, een provincie, een gemeente) en per groep gemeenten: per jaar het gewogen gemiddelde van de totaalscore en elke dimensie (gewogen met het eerste gewichtsveld), en per gewichtsveld (huishoudens, woningen, inwoners: welke u ook geeft) het totaal en het aantal dat in elke klasse en klassengroep woont: onvoldoende of lager (1–3), zwak (4), voldoende t/m ruim voldoende (5–6), goed t/m uitstekend (7–9), plus de verandering van die aantallen sinds het vorige jaar in de tabel ("963.000 huishoudens zwak of lager, 43.000 meer dan in 2022").&lt;/p&gt;&lt;p&gt;&lt;b&gt;Groepsveld&lt;/b&gt;: elk veld van de eenheden dat een groep noemt: G4/G40/rest, provincie, krimpregio. De klassen van de eenheden zijn hun eigen kscore waar aanwezig, anders berekend met het releaseprofiel.&lt;/p&gt;&lt;p&gt;Uitvoer: een tabel (rijen: groep × jaar) en, desgewenst, een spreadsheet met dezelfde tabel en de bronnen.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>Weight fields (households, dwellings, residents)</source>
      <translation>Gewichtsvelden (huishoudens, woningen, inwoners)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>Group field (G4/G40/rest, province …)</source>
      <translation>Groepsveld (G4/G40/rest, provincie …)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/summary.py" />
      <source>Summary</source>
      <translation>Samenvatting</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Trajectories and transitions</source>
      <translation>Trajecten en overgangen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>&lt;p&gt;Per unit its class in every chosen year (&lt;code&gt;traject&lt;/code&gt;, e.g. &lt;code&gt;4-4-3-3-5&lt;/code&gt;, ? where a year has no score) and a label over &lt;b&gt;all&lt;/b&gt; those measurements: &lt;i&gt;persistent laag&lt;/i&gt;: low (onvoldoende or lower, class ≤ 3 by default) in every measurement, or in at least M of the last K measurements when you set them (the reports' "onvoldoende in 2002 and still"); &lt;i&gt;wisselend laag&lt;/i&gt;: low at the first and the last measurement but not persistently (e.g. 3-4-3-4-4-4-5-3); &lt;i&gt;nieuw laag&lt;/i&gt;: low at the end, not at the start; &lt;i&gt;herstellend&lt;/i&gt;: low at the start, not at the end; &lt;i&gt;dalend&lt;/i&gt; / &lt;i&gt;stijgend&lt;/i&gt;: never low at the ends, at least N classes down or up from the first to the last; &lt;i&gt;stabiel&lt;/i&gt; otherwise.&lt;/p&gt;&lt;p&gt;The second output holds class-transition matrices (counts and shares of the weight): &lt;code&gt;matrix&lt;/code&gt; = &lt;i&gt;eerste-laatste&lt;/i&gt; (first to last year) and &lt;i&gt;opeenvolgend&lt;/i&gt; (all consecutive measurements pooled), overall and per group; optionally per neighbourhood (the neighbours' mean class at the start of each step: laag ≤ 3, midden, hoog ≥ 7), the spatial transitions, with the test whether the neighbourhood changes the transitions: the spatial Markov homogeneity statistic Q (Bickenbach &amp; Bode 2003, as in PySAL giddy) and its chi-square p-value, in the log and as outputs Q and Q_P.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Per eenheid haar klasse in elk gekozen jaar (&lt;code&gt;traject&lt;/code&gt;, bijv. &lt;code&gt;4-4-3-3-5&lt;/code&gt;, ? waar een jaar geen score heeft) en een label over &lt;b&gt;al&lt;/b&gt; die metingen: &lt;i&gt;persistent laag&lt;/i&gt;: laag (onvoldoende of lager, standaard klasse ≤ 3) in elke meting, of in minstens M van de laatste K metingen als u die instelt (het "onvoldoende in 2002 en nog steeds" van de rapporten); &lt;i&gt;wisselend laag&lt;/i&gt;: laag bij de eerste en de laatste meting maar niet steeds (bijv. 3-4-3-4-4-4-5-3); &lt;i&gt;nieuw laag&lt;/i&gt;: laag aan het eind, niet aan het begin; &lt;i&gt;herstellend&lt;/i&gt;: laag aan het begin, niet aan het eind; &lt;i&gt;dalend&lt;/i&gt; / &lt;i&gt;stijgend&lt;/i&gt;: aan de uiteinden nooit laag, van de eerste tot de laatste minstens N klassen omlaag of omhoog; &lt;i&gt;stabiel&lt;/i&gt; anders.&lt;/p&gt;&lt;p&gt;De tweede uitvoer bevat matrices van klassenovergangen (aantallen en aandelen van het gewicht): &lt;code&gt;matrix&lt;/code&gt; = &lt;i&gt;eerste-laatste&lt;/i&gt; (eerste tot laatste jaar) en &lt;i&gt;opeenvolgend&lt;/i&gt; (alle opeenvolgende metingen samen), in totaal en per groep; desgewenst per buurtomgeving (de gemiddelde klasse van de buren aan het begin van elke stap: laag ≤ 3, midden, hoog ≥ 7), de ruimtelijke overgangen, met de toets of de omgeving de overgangen verandert: de ruimtelijke Markov-homogeniteitsstatistiek Q (Bickenbach &amp; Bode 2003, zoals in PySAL giddy) en haar chi-kwadraat-p-waarde, in het logboek en als uitvoer Q en Q_P.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Low: class at most</source>
      <translation>Laag: klasse hoogstens</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Rising or falling: at least … classes</source>
      <translation>Stijgend of dalend: minstens … klassen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Persistent laag: low in at least … (0 = every measurement)</source>
      <translation>Persistent laag: laag in minstens … (0 = elke meting)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>… of the last … measurements (0 = all)</source>
      <translation>… van de laatste … metingen (0 = alle)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Weight (households, dwellings)</source>
      <translation>Gewicht (huishoudens, woningen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Also per neighbourhood (spatial transitions)</source>
      <translation>Ook per buurtomgeving (ruimtelijke overgangen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Trajectories</source>
      <translation>Trajecten</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Transition matrix</source>
      <translation>Overgangsmatrix</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Spatial Markov Q</source>
      <translation>Ruimtelijke Markov Q</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Spatial Markov Q: p-value</source>
      <translation>Ruimtelijke Markov Q: p-waarde</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>trajectories need at least two years</source>
      <translation>trajecten vragen minstens twee jaren</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>the neighbourhood changes the transitions</source>
      <translation>de omgeving verandert de overgangen</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>no evidence that the neighbourhood changes the transitions</source>
      <translation>geen aanwijzing dat de omgeving de overgangen verandert</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Trajectories {years}</source>
      <translation>Trajecten {years}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/trajectory.py" />
      <source>Spatial Markov test over {steps} steps (neighbourhood laag / midden / hoog): Q = {q:.1f}, {dof} degrees of freedom, p = {p:.3g} — {verdict}</source>
      <translation>Ruimtelijke Markov-toets over {steps} stappen (omgeving laag / midden / hoog): Q = {q:.1f}, {dof} vrijheidsgraden, p = {p:.3g} — {verdict}</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Zones against the rest (and the ring around them)</source>
      <translation>Zones tegen de rest (en de ring eromheen)</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>&lt;p&gt;Compares units inside given zones (new-build areas, programme areas such as NPLV, shrinking regions) with the rest, and the ring around the zones (within a distance, default 5 km) with the rest, to see whether problems moved next door (the reports' "waterbed effect"). A unit belongs to a zone or ring by its centroid. Per year and measure (afw and the dimensions): the weighted means in zone, ring and rest, the differences zone − rest and ring − rest, and their trend since the first year.&lt;/p&gt;</source>
      <translation>&lt;p&gt;Vergelijkt eenheden binnen gegeven zones (nieuwbouwgebieden, programmagebieden zoals NPLV, krimpregio's) met de rest, en de ring rond de zones (binnen een afstand, standaard 5 km) met de rest, om te zien of problemen naar de buren verhuisden (het "waterbedeffect" van de rapporten). Een eenheid hoort bij een zone of ring door haar zwaartepunt. Per jaar en maat (afw en de dimensies): de gewogen gemiddelden in zone, ring en rest, de verschillen zone − rest en ring − rest, en hun trend sinds het eerste jaar.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Zones</source>
      <translation>Zones</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Ring width</source>
      <translation>Breedte van de ring</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>Zones against the rest</source>
      <translation>Zones tegen de rest</translation>
    </message>
    <message>
      <location filename="../processing/algorithms/zone_compare.py" />
      <source>the zones layer has no polygons: give the areas to compare with the rest</source>
      <translation>de zonelaag heeft geen polygonen: geef de gebieden om met de rest te vergelijken</translation>
    </message>
    <message>
      <location filename="../processing/annex_layout.py" />
      <source>the layout template {path} is not well-formed XML (line {line}, column {column}: {error}); a file cut off part-way ends like this. Save the template again from QGIS's layout designer.</source>
      <translation>de layoutsjabloon {path} is geen goed gevormde XML (regel {line}, kolom {column}: {error}); zo eindigt een bestand dat halverwege is afgebroken. Sla de sjabloon opnieuw op vanuit de layoutontwerper van QGIS.</translation>
    </message>
    <message>
      <location filename="../processing/annex_layout.py" />
      <source>{path} is not a QGIS print-layout template (.qpt): its root element is &lt;{tag}&gt;, not &lt;Layout&gt;</source>
      <translation>{path} is geen afdruklay-outsjabloon van QGIS (.qpt): het hoofdelement is &lt;{tag}&gt;, niet &lt;Layout&gt;</translation>
    </message>
    <message>
      <location filename="../processing/annex_layout.py" />
      <source>the layout template {path} lacks the item(s) {missing} that the annex needs (a label with id 'titel' and a map with id 'kaart_klassen'); it has {ids}</source>
      <translation>de layoutsjabloon {path} mist het item of de items {missing} die de bijlage nodig heeft (een label met id 'titel' en een kaart met id 'kaart_klassen'); de sjabloon heeft {ids}</translation>
    </message>
    <message>
      <location filename="../processing/annex_layout.py" />
      <source>could not write {path} (layout export error {result})</source>
      <translation>{path} kon niet worden geschreven (fout bij de export van de lay-out: {result})</translation>
    </message>
    <message>
      <location filename="../processing/annex_layout.py" />
      <source>could not write {path}: the PDF ends part-way (the disk may be full)</source>
      <translation>kon {path} niet schrijven: de PDF houdt halverwege op (de schijf is mogelijk vol)</translation>
    </message>
    <message>
      <location filename="../processing/annex_layout.py" />
      <source>the layout template {path} is not a text file in UTF-8 ({exc})</source>
      <translation>de layoutsjabloon {path} is geen tekstbestand in UTF-8 ({exc})</translation>
    </message>
    <message>
      <location filename="../processing/annex_layout.py" />
      <source>no items with an id</source>
      <translation>geen items met een id</translation>
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>choose either 'selected features only' or a filter (gemeenten, years), not both</source>
      <translation>kies 'alleen geselecteerde objecten' of een filter (gemeenten, jaren), niet beide</translation>
    </message>
    <message>
      <location filename="../processing/base.py" />
      <location filename="../processing/io/read.py" />
      <source>no input layer</source>
      <translation>geen invoerlaag</translation>
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>Filter, run by the data source: {condition}</source>
      <translation>Filter, uitgevoerd door de gegevensbron: {condition}</translation>
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>the input layer ({layer}) cannot be filtered on {condition}</source>
      <translation>de invoerlaag ({layer}) kan niet worden gefilterd op {condition}</translation>
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>the input layer has no features where {condition}</source>
      <translation>de invoerlaag heeft geen objecten waar {condition}</translation>
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>the data source could not run the filter {condition}: {error}</source>
      <translation>de gegevensbron kon het filter {condition} niet uitvoeren: {error}</translation>
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>The table is written, but its style could not be stored in the database ({problem}); it is styled when QGIS loads it now.</source>
      <translation>De tabel is geschreven, maar de stijl kon niet in de database worden opgeslagen ({problem}); QGIS geeft haar nu bij het laden de stijl.</translation>
    </message>
    <message>
      <location filename="../processing/base.py" />
      <source>the style of the output could not be stored in {dest}: {problem}</source>
      <translation>de stijl van de uitvoer kon niet worden opgeslagen in {dest}: {problem}</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>units</source>
      <translation>eenheden</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>grid cells</source>
      <translation>rastercellen</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>no two areas of the layer share a boundary: contiguity cannot be determined</source>
      <translation>geen twee gebieden van de laag delen een grens: aaneengeslotenheid is niet te bepalen</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>this analysis needs neighbours: give grid cells (grid_id) or polygons</source>
      <translation>deze analyse heeft buren nodig: geef rastercellen (grid_id) of polygonen</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>the layer has no polygons: neighbours are not taken into account</source>
      <translation>de laag heeft geen polygonen: buren worden niet meegenomen</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>{repaired} of {n_geoms} geometries ({what}) were invalid and were repaired (makeValid) for this analysis; the input is not changed</source>
      <translation>{repaired} van {n_geoms} geometrieën ({what}) waren ongeldig en zijn voor deze analyse hersteld (makeValid); de invoer is niet gewijzigd</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>. No other area's boundary runs within {tolerance:g} m of theirs over {shared:g} m: islands, or areas whose neighbours are not in the layer (the official buurt layer leaves out buurten with few dwellings); NEIGHBOUR_TOLERANCE widens the search</source>
      <translation>. Geen enkele grens van een ander gebied loopt binnen {tolerance:g} m van de hunne over {shared:g} m: eilanden, of gebieden waarvan de buren niet in de laag staan (de officiële buurtlaag laat buurten met weinig woningen weg); NEIGHBOUR_TOLERANCE verruimt de zoektocht</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>the neighbour tolerance must be 0 or more metres, not {tolerance:g}</source>
      <translation>de burentolerantie moet 0 of meer meter zijn, niet {tolerance:g}</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>{n_alone} {what} have no neighbours: {codes}{hint}</source>
      <translation>{n_alone} {what} hebben geen buren: {codes}{hint}</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>{count} geometries ({what}) have curves (arcs); they are written as straight segments (the output is a MultiPolygon layer)</source>
      <translation>{count} geometrieën ({what}) hebben bogen; ze worden als rechte stukken geschreven (de uitvoer is een MultiPolygon-laag)</translation>
    </message>
    <message>
      <location filename="../processing/geometry.py" />
      <source>{bad} geometries are invalid; they are copied unchanged. The analyses repair them (makeValid) before relating areas to each other; repair them yourself (Fix geometries) for other overlays.</source>
      <translation>{bad} geometrieën zijn ongeldig; ze worden ongewijzigd gekopieerd. De analyses herstellen ze (makeValid) voordat ze gebieden met elkaar in verband brengen; herstel ze zelf (Fix geometries) voor andere overlays.</translation>
    </message>
    <message>
      <location filename="../processing/inputs.py" />
      <source>a memory layer</source>
      <translation>een tijdelijke laag</translation>
    </message>
    <message>
      <location filename="../processing/inputs.py" />
      <source> (srs_id 0 in the GeoPackage: 'undefined geographic')</source>
      <translation> (srs_id 0 in de GeoPackage: 'undefined geographic')</translation>
    </message>
    <message>
      <location filename="../processing/inputs.py" />
      <source> (srs_id -1 in the GeoPackage: 'undefined Cartesian')</source>
      <translation> (srs_id -1 in de GeoPackage: 'undefined Cartesian')</translation>
    </message>
    <message>
      <location filename="../processing/inputs.py" />
      <source>{name} ({description}) must be a whole number, not {value:g}</source>
      <translation>{name} ({description}) moet een geheel getal zijn, niet {value:g}</translation>
    </message>
    <message>
      <location filename="../processing/inputs.py" />
      <source>the layer {name} ({where}) holds geometry collections ({kind}); the tools need polygons. Convert it first with the Processing tool 'Convert geometry type' (new geometry type: Polygons).</source>
      <translation>de laag {name} ({where}) bevat geometrieverzamelingen ({kind}); de tools hebben polygonen nodig. Zet ze eerst om met de Processing-tool 'Convert geometry type' (nieuw geometrietype: Polygons).</translation>
    </message>
    <message>
      <location filename="../processing/inputs.py" />
      <source>the layer {name} ({where}) has no coordinate reference system{detail}, so its coordinates cannot be placed. Set it first: in QGIS Layer Properties ▸ Source ▸ Assigned coordinate reference system, or with 'Assign projection' (Dutch data is usually EPSG:28992, RD New).</source>
      <translation>de laag {name} ({where}) heeft geen coördinatenreferentiesysteem{detail}, dus de coördinaten zijn niet te plaatsen. Stel het eerst in: in QGIS bij Laageigenschappen ▸ Bron ▸ Toegekend coördinatenreferentiesysteem, of met 'Assign projection' (Nederlandse gegevens zijn meestal EPSG:28992, RD New).</translation>
    </message>
    <message>
      <location filename="../processing/inputs.py" />
      <source>the layer {name} ({where}) says its coordinates are degrees ({crs}), but they run from {x0:.0f}, {y0:.0f} to {x1:.0f}, {y1:.0f}: its coordinate reference system is wrong. Assign the right one first (Dutch data is usually EPSG:28992, RD New).</source>
      <translation>de laag {name} ({where}) zegt dat de coördinaten graden zijn ({crs}), maar ze lopen van {x0:.0f}, {y0:.0f} tot {x1:.0f}, {y1:.0f}: het coördinatenreferentiesysteem klopt niet. Ken eerst het juiste toe (Nederlandse gegevens zijn meestal EPSG:28992, RD New).</translation>
    </message>
    <message>
      <location filename="../processing/inputs.py" />
      <source>{name}: {path} holds {count} layers ({layers}); reading '{chosen}', the first. To read another, give it as {path}|layername=…</source>
      <translation>{name}: {path} bevat {count} lagen ({layers}); '{chosen}', de eerste, wordt gelezen. Geef voor een andere laag {path}|layername=…</translation>
    </message>
    <message>
      <location filename="../processing/inputs.py" />
      <source>the input {name} ({path}) is locked by another program that is writing to it (an edit session in QGIS, another tool); waited {seconds:.0f} s. Save or stop the edits there, or close that program, and run again.</source>
      <translation>de invoer {name} ({path}) is vergrendeld door een ander programma dat erin schrijft (een bewerkingssessie in QGIS, een andere tool); {seconds:.0f} s gewacht. Sla de bewerkingen daar op of stop ze, of sluit dat programma, en start opnieuw.</translation>
    </message>
    <message>
      <location filename="../processing/io/files.py" />
      <source>an unknown amount</source>
      <translation>een onbekende hoeveelheid</translation>
    </message>
    <message>
      <location filename="../processing/io/files.py" />
      <source>the disk is full: {target} could not be written ({facts}). Nothing of it was kept: free space on that disk or choose another place for the output.</source>
      <translation>de schijf is vol: {target} kon niet worden geschreven ({facts}). Er is niets van bewaard: maak ruimte vrij op die schijf of kies een andere plek voor de uitvoer.</translation>
    </message>
    <message>
      <location filename="../processing/io/files.py" />
      <source>the database server has no room left for {target} (disk or quota full). Nothing of it was kept: ask the database administrator for space, or write the output to a file.</source>
      <translation>de databaseserver heeft geen ruimte meer voor {target} (schijf of quotum vol). Er is niets van bewaard: vraag de databasebeheerder om ruimte, of schrijf de uitvoer naar een bestand.</translation>
    </message>
    <message>
      <location filename="../processing/io/files.py" />
      <source>it needs at least {needed} and the disk has {free} free</source>
      <translation>er is minstens {needed} nodig en de schijf heeft {free} vrij</translation>
    </message>
    <message>
      <location filename="../processing/io/files.py" />
      <source>it needs more than the {written} that fitted; the disk has {free} free without it</source>
      <translation>er is meer nodig dan de {written} die paste; zonder die heeft de schijf {free} vrij</translation>
    </message>
    <message>
      <location filename="../processing/io/files.py" />
      <source>the disk has {free} free</source>
      <translation>de schijf heeft {free} vrij</translation>
    </message>
    <message>
      <location filename="../processing/io/formats.py" />
      <source>Choose a GeoPackage (.gpkg) or a PostGIS table instead (GeoJSON, FlatGeobuf and CSV keep the names too).</source>
      <translation>Kies in plaats daarvan een GeoPackage (.gpkg) of een PostGIS-tabel (GeoJSON, FlatGeobuf en CSV houden de namen ook).</translation>
    </message>
    <message>
      <location filename="../processing/io/formats.py" />
      <source>the output {name} ({destination}) is in the format {driver}, which has a fixed set of fields of its own and cannot keep the fields this tool writes. {instead}</source>
      <translation>de uitvoer {name} ({destination}) heeft het formaat {driver}, dat een eigen vaste set velden heeft en de velden die dit hulpmiddel schrijft niet kan bevatten. {instead}</translation>
    </message>
    <message>
      <location filename="../processing/io/formats.py" />
      <source>the format {driver} keeps field names of at most {limit} characters, and this run writes {count} longer one(s): {field} would become {short}, and the plugin's tools and styles would no longer find it. Nothing was written to {destination}. {instead}</source>
      <translation>het formaat {driver} bewaart veldnamen van hoogstens {limit} tekens, en deze run schrijft er {count} die langer zijn: {field} zou {short} worden, en de hulpmiddelen en stijlen van de plugin zouden het veld niet meer vinden. Er is niets geschreven naar {destination}. {instead}</translation>
    </message>
    <message>
      <location filename="../processing/io/gpkg.py" />
      <source>GDAL could not open {path}: {gdal}</source>
      <translation>GDAL kon {path} niet openen: {gdal}</translation>
    </message>
    <message>
      <location filename="../processing/io/gpkg.py" />
      <source>GDAL could not copy the layer {layer}: {gdal}</source>
      <translation>GDAL kon de laag {layer} niet kopiëren: {gdal}</translation>
    </message>
    <message>
      <location filename="../processing/io/gpkg.py" />
      <source>could not read {path}: {exc}</source>
      <translation>kon {path} niet lezen: {exc}</translation>
    </message>
    <message>
      <location filename="../processing/io/gpkg.py" />
      <source>the input already has field {name}</source>
      <translation>de invoer heeft al een veld {name}</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>the connection was refused</source>
      <translation>de verbinding werd geweigerd</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>the server's name was not found (no network, or a wrong address)</source>
      <translation>de naam van de server is niet gevonden (geen netwerk, of een verkeerd adres)</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>no answer in time</source>
      <translation>geen antwoord op tijd</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>the server closed the connection</source>
      <translation>de server verbrak de verbinding</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>the network is down</source>
      <translation>het netwerk is niet beschikbaar</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>a network error</source>
      <translation>een netwerkfout</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>the proxy refused the connection</source>
      <translation>de proxy weigerde de verbinding</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>the proxy was not found</source>
      <translation>de proxy is niet gevonden</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>the proxy did not answer in time</source>
      <translation>de proxy antwoordde niet op tijd</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>the secure connection failed (SSL)</source>
      <translation>de beveiligde verbinding mislukte (SSL)</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>could not download {url}: {what}. Check the network connection (and the proxy in Settings ▸ Options ▸ Network) or the address.</source>
      <translation>kon {url} niet downloaden: {what}. Controleer de netwerkverbinding (en de proxy in Extra ▸ Opties ▸ Netwerk) of het adres.</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>the server answered HTTP {status} {reason} for {url}</source>
      <translation>de server antwoordde HTTP {status} {reason} op {url}</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>Cancelled while downloading {url}: nothing was written or cached.</source>
      <translation>Geannuleerd tijdens het downloaden van {url}: er is niets geschreven of in de cache gezet.</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>could not download: {text}; check the address (SOURCE) and the level and year.</source>
      <translation>downloaden mislukt: {text}; controleer het adres (SOURCE) en het niveau en jaar.</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>could not download {url}: {error}</source>
      <translation>kon {url} niet downloaden: {error}</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>the service answered {url} with an error (OGC ServiceException): {text}</source>
      <translation>de dienst antwoordde op {url} met een fout (OGC ServiceException): {text}</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>no answer within {seconds:g} s</source>
      <translation>geen antwoord binnen {seconds:g} s</translation>
    </message>
    <message>
      <location filename="../processing/io/network.py" />
      <source>could not download: {text}; the service has a problem, try again later.</source>
      <translation>downloaden mislukt: {text}; de dienst heeft een probleem, probeer het later opnieuw.</translation>
    </message>
    <message>
      <location filename="../processing/io/postgis.py" />
      <location filename="../processing/io/sink.py" />
      <source>the table {schema}.{table}</source>
      <translation>de tabel {schema}.{table}</translation>
    </message>
    <message>
      <location filename="../processing/io/postgis.py" />
      <source>the half-written table {schema}.{name} could not be removed ({exc}); drop it by hand</source>
      <translation>de half geschreven tabel {schema}.{name} kon niet worden verwijderd ({exc}); verwijder haar met de hand</translation>
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <source>the geometry layer has no coordinate reference system; set it in the layer properties (Dutch data is usually EPSG:28992, RD New)</source>
      <translation>de geometrielaag heeft geen coördinatenreferentiesysteem; stel het in bij de eigenschappen van de laag (Nederlandse gegevens zijn meestal EPSG:28992, RD New)</translation>
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <source>the input layer has no features</source>
      <translation>de invoerlaag heeft geen objecten</translation>
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <location filename="../processing/io/write.py" />
      <source>the input layer changed while the algorithm ran; run it again</source>
      <translation>de invoerlaag is veranderd terwijl het algoritme liep; voer het opnieuw uit</translation>
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <source>Reading features one by one (GDAL's columnar read was not possible here).</source>
      <translation>Objecten één voor één lezen (kolomsgewijs lezen met GDAL was hier niet mogelijk).</translation>
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <source>the geometry layer has no CRS; its coordinates are degrees, so WGS 84 (EPSG:4326) is assumed</source>
      <translation>de geometrielaag heeft geen CRS; haar coördinaten zijn graden, dus wordt WGS 84 (EPSG:4326) aangenomen</translation>
    </message>
    <message>
      <location filename="../processing/io/read.py" />
      <source>the layer has no field '{f}'</source>
      <translation>de laag heeft geen veld '{f}'</translation>
    </message>
    <message>
      <location filename="../processing/io/sink.py" />
      <source>the output {target} does not read back whole after writing ({found} of {count} features; {error}): it was not kept</source>
      <translation>de uitvoer {target} laat zich na het schrijven niet volledig teruglezen ({found} van {count} objecten; {error}): hij is niet bewaard</translation>
    </message>
    <message>
      <location filename="../processing/io/sink.py" />
      <source>could not name the layer {layer} in {path}: {error}</source>
      <translation>kon de laag {layer} in {path} geen naam geven: {error}</translation>
    </message>
    <message>
      <location filename="../processing/io/sink.py" />
      <source>could not open {path} to put the layer {layer} in place: {error}</source>
      <translation>kon {path} niet openen om de laag {layer} op zijn plaats te zetten: {error}</translation>
    </message>
    <message>
      <location filename="../processing/io/sink.py" />
      <source>no reason given</source>
      <translation>geen reden opgegeven</translation>
    </message>
    <message>
      <location filename="../processing/io/sink.py" />
      <source>could not write to {target}: {error}</source>
      <translation>kon niet schrijven naar {target}: {error}</translation>
    </message>
    <message>
      <location filename="../processing/io/sink.py" />
      <source>could not name the new layer {layer} in {path}: {error}</source>
      <translation>kon de nieuwe laag in {path} niet {layer} noemen: {error}</translation>
    </message>
    <message>
      <location filename="../processing/io/sink.py" />
      <source>the output</source>
      <translation>de uitvoer</translation>
    </message>
    <message>
      <location filename="../processing/io/sink.py" />
      <source>{exc}; and {problem}</source>
      <translation>{exc}; en {problem}</translation>
    </message>
    <message>
      <location filename="../processing/io/vsi.py" />
      <source>could not read the file (a damaged ZIP?)</source>
      <translation>kon het bestand niet lezen (een beschadigde ZIP?)</translation>
    </message>
    <message>
      <location filename="../processing/io/vsi.py" />
      <source>{name} is damaged: the file {member} inside it fails its checksum (a truncated or corrupt download?)</source>
      <translation>{name} is beschadigd: het bestand {member} erin klopt niet met zijn controlegetal (een afgebroken of beschadigde download?)</translation>
    </message>
    <message>
      <location filename="../processing/io/vsi.py" />
      <source>{name} is not a readable ZIP file: it is truncated or damaged ({error})</source>
      <translation>{name} is geen leesbaar ZIP-bestand: het is afgebroken of beschadigd ({error})</translation>
    </message>
    <message>
      <location filename="../processing/io/wfs.py" />
      <source>Cancelled while downloading from the WFS: nothing was written or cached.</source>
      <translation>Geannuleerd tijdens het downloaden van de WFS: er is niets geschreven of in de cache gezet.</translation>
    </message>
    <message>
      <location filename="../processing/io/wfs.py" />
      <source>the service {url} answered with an error (OGC ServiceException): {text}</source>
      <translation>de dienst {url} antwoordde met een fout (OGC ServiceException): {text}</translation>
    </message>
    <message>
      <location filename="../processing/io/wfs.py" />
      <source>{url} is not a WFS: it answered GetCapabilities with &lt;{tag}&gt;</source>
      <translation>{url} is geen WFS: het antwoordde op GetCapabilities met &lt;{tag}&gt;</translation>
    </message>
    <message>
      <location filename="../processing/io/wfs.py" />
      <source>QGIS could not open the layer {typename} of {url}{error}</source>
      <translation>QGIS kon de laag {typename} van {url} niet openen{error}</translation>
    </message>
    <message>
      <location filename="../processing/io/wfs.py" />
      <source>the service cannot filter on: {expression}</source>
      <translation>de dienst kan niet filteren op: {expression}</translation>
    </message>
    <message>
      <location filename="../processing/io/wfs.py" />
      <source>QGIS cannot turn this selection into a WFS filter: {expression}</source>
      <translation>QGIS kan deze selectie niet omzetten in een WFS-filter: {expression}</translation>
    </message>
    <message>
      <location filename="../processing/io/wfs.py" />
      <source>{url} is not a WFS: its answer to GetCapabilities is not XML ({error})</source>
      <translation>{url} is geen WFS: het antwoord op GetCapabilities is geen XML ({error})</translation>
    </message>
    <message>
      <location filename="../processing/io/wfs.py" />
      <source>the service answered with an error instead of features (OGC ServiceException): {text}</source>
      <translation>de dienst antwoordde met een fout in plaats van objecten (OGC ServiceException): {text}</translation>
    </message>
    <message>
      <location filename="../processing/io/wfs.py" />
      <source>the service sent {n} of the {total} features it counted: the download is incomplete. Try again.</source>
      <translation>de dienst stuurde {n} van de {total} getelde objecten: de download is onvolledig. Probeer het opnieuw.</translation>
    </message>
    <message>
      <location filename="../processing/io/wide.py" />
      <source>Wrote {n_keep} areas, {n_unscored} of them without scores.</source>
      <translation>{n_keep} gebieden geschreven, waarvan {n_unscored} zonder scores.</translation>
    </message>
    <message>
      <location filename="../processing/io/wide.py" />
      <source>Leefbaarometer {level} {years}</source>
      <translation>Leefbaarometer {level} {years}</translation>
    </message>
    <message>
      <location filename="../processing/io/wide.py" />
      <source>no code of the scores matches the geometry layer (scores e.g. {score_keys}; geometry e.g. {geom_keys}). Check the key fields and the level.</source>
      <translation>geen enkele code van de scores komt voor in de geometrielaag (scores bijv. {score_keys}; geometrie bijv. {geom_keys}). Controleer de sleutelvelden en het niveau.</translation>
    </message>
    <message>
      <location filename="../processing/io/wide.py" />
      <source>{count} code(s) have scores but no geometry: {match}</source>
      <translation>{count} code(s) hebben scores maar geen geometrie: {match}</translation>
    </message>
    <message>
      <location filename="../processing/io/wide.py" />
      <source>{count} features of the geometry layer have no code: left out.</source>
      <translation>{count} objecten van de geometrielaag hebben geen code: weggelaten.</translation>
    </message>
    <message>
      <location filename="../processing/io/wide.py" />
      <source>{count} areas of the geometry layer have no scores: {match}. They are kept with NULL scores (drawn grey, 'no score'); 'Only areas with scores' leaves them out.</source>
      <translation>{count} gebieden van de geometrielaag hebben geen scores: {match}. Ze blijven, met NULL-scores (grijs getekend, 'geen score'); 'Alleen gebieden met scores' laat ze weg.</translation>
    </message>
    <message>
      <location filename="../processing/io/wide.py" />
      <source>{count} areas of the geometry layer have no scores: {match}. Left out ('Only areas with scores').</source>
      <translation>{count} gebieden van de geometrielaag hebben geen scores: {match}. Weggelaten ('Alleen gebieden met scores').</translation>
    </message>
    <message>
      <location filename="../processing/io/write.py" />
      <source>spreadsheet output needs the Python package openpyxl or xlsxwriter (Debian: python3-openpyxl); install one, or leave the spreadsheet output empty</source>
      <translation>uitvoer naar een spreadsheet vraagt het Python-pakket openpyxl of xlsxwriter (Debian: python3-openpyxl); installeer er een, of laat de spreadsheet-uitvoer leeg</translation>
    </message>
    <message>
      <location filename="../processing/io/write.py" />
      <source>the input already has field(s) {existing}{more}; input fields are never overwritten. Remove them, or allow replacing them in the output (REPLACE).</source>
      <translation>de invoer heeft al veld(en) {existing}{more}; velden van de invoer worden nooit overschreven. Verwijder ze, of sta toe dat ze in de uitvoer worden vervangen (REPLACE).</translation>
    </message>
    <message>
      <location filename="../processing/io/write.py" />
      <source>a table without geometry needs a key to join on (grid_id, PC4, bu_code, wk_code, gm_code, code); the layer has {source}</source>
      <translation>een tabel zonder geometrie heeft een sleutel nodig om op te koppelen (grid_id, PC4, bu_code, wk_code, gm_code, code); de laag heeft {source}</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Years (e.g. 2022, 2024; empty = all)</source>
      <translation>Jaren (bijv. 2022, 2024; leeg = alle)</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Only these gemeenten&lt;/b&gt;: gemeente codes (GM0363, or 363), separated by commas. The filter runs in the data source itself (a PostGIS table sends back only those rows), on the field with the gemeente code (gm_code, gemeentecode) or else the buurt or wijk code (bu_code, wk_code, code). Grid cells need a gemeente code joined first (the CBS square statistics carry gemeentecode).&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Alleen deze gemeenten&lt;/b&gt;: gemeentecodes (GM0363, of 363), gescheiden door komma's. Het filter draait in de gegevensbron zelf (een PostGIS-tabel stuurt alleen die rijen terug), op het veld met de gemeentecode (gm_code, gemeentecode) of anders de buurt- of wijkcode (bu_code, wk_code, code). Rastercellen hebben eerst een gekoppelde gemeentecode nodig (de vierkantstatistieken van het CBS bevatten gemeentecode).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Release profile&lt;/b&gt;: the constant C, labels, cut-points and palettes of a data release (shipped: lbm3_2024). The total-score cut-points are calibrated on the official 2024 classes, not published ones; &lt;i&gt;Calibrate classes&lt;/i&gt; writes a profile from your own data, which you can give as &lt;b&gt;Release profile file&lt;/b&gt;. The output's map uses the same profile.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Releaseprofiel&lt;/b&gt;: de constante C, labels, klassengrenzen en paletten van een release van de gegevens (meegeleverd: lbm3_2024). De grenzen van de totaalscore zijn gekalibreerd op de officiële klassen van 2024, niet gepubliceerde grenzen; &lt;i&gt;Klassen kalibreren&lt;/i&gt; schrijft een profiel uit uw eigen gegevens, dat u kunt opgeven als &lt;b&gt;Releaseprofiel-bestand&lt;/b&gt;. De kaart van de uitvoer gebruikt hetzelfde profiel.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;The official criteria are not published.&lt;/b&gt; The defaults here are the plugin's own, chosen to follow the reports' wording; results can differ from the ministry's. Every output carries the criteria it used in its field &lt;code&gt;criteria&lt;/code&gt;.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;De officiële criteria zijn niet gepubliceerd.&lt;/b&gt; De standaardwaarden hier zijn die van de plugin zelf, gekozen om de formulering van de rapporten te volgen; uitkomsten kunnen afwijken van die van het ministerie. Elke uitvoer bevat de gebruikte criteria in zijn veld &lt;code&gt;criteria&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Sources.&lt;/b&gt; Leefbaarometer open data, Ministerie van BZK (CC0). Where CBS boundaries or statistics are used: Bron: CBS (CC BY 4.0).&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Bronnen.&lt;/b&gt; Leefbaarometer open data, Ministerie van BZK (CC0). Waar grenzen of statistieken van het CBS worden gebruikt: Bron: CBS (CC BY 4.0).&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Field with the gemeente, buurt or wijk code (detected if empty)</source>
      <translation>Veld met de gemeente-, buurt- of wijkcode (automatisch als leeg)</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>a temporary output unless you choose one</source>
      <translation>een tijdelijke uitvoer tenzij u er een kiest</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>empty</source>
      <translation>leeg</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>required</source>
      <translation>verplicht</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Neighbour tolerance for polygons (metres)</source>
      <translation>Burentolerantie voor polygonen (meter)</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Neighbour tolerance&lt;/b&gt; (metres, default {tolerance:g}): polygons are neighbours when their boundaries run within this distance of each other over at least {min_shared:g} m, or 3× the tolerance when that is more, so that a corner contact does not count (measured in RD New, whatever the layer's CRS; invalid polygons are repaired first). Grid cells are neighbours by their ids and ignore it. Units without neighbours are named in the log: on the official WFS buurten they are mostly village buurten whose surroundings are missing from the layer (buurten with few dwellings are left out), which no small tolerance changes.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Burentolerantie&lt;/b&gt; (meter, standaard {tolerance:g}): polygonen zijn buren als hun grenzen binnen deze afstand van elkaar lopen over minstens {min_shared:g} m, of 3× de tolerantie als dat meer is, zodat een hoekcontact niet telt (gemeten in RD New, wat het CRS van de laag ook is; ongeldige polygonen worden eerst hersteld). Rastercellen zijn buren op grond van hun id's en negeren haar. Eenheden zonder buren worden in het logboek genoemd: in de officiële WFS-buurten zijn dat vooral dorpsbuurten waarvan de omgeving in de laag ontbreekt (buurten met weinig woningen zijn weggelaten), wat geen kleine tolerantie verandert.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Release profile</source>
      <translation>Releaseprofiel</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Release profile file (overrides the above)</source>
      <translation>Releaseprofiel-bestand (gaat voor het bovenstaande)</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Only these gemeenten (codes, e.g. GM0363, GM0599; empty = all)</source>
      <translation>Alleen deze gemeenten (codes, bijv. GM0363, GM0599; leeg = alle)</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Suppressed weights (−99997, CBS)</source>
      <translation>Geheimgehouden gewichten (−99997, CBS)</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>no</source>
      <translation>nee</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Parameters and defaults&lt;/b&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Parameters en standaardwaarden&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>Release profile (*.json)</source>
      <translation>Releaseprofiel (*.json)</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>all</source>
      <translation>alle</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>the first</source>
      <translation>de eerste</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;p&gt;&lt;b&gt;Example&lt;/b&gt;: &lt;code&gt;qgis_process run {algorithm} -- {example}&lt;/code&gt;&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Voorbeeld&lt;/b&gt;: &lt;code&gt;qgis_process run {algorithm} -- {example}&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../processing/params.py" />
      <source>&lt;li&gt;{description} (&lt;code&gt;{name}&lt;/code&gt;): default {default}&lt;/li&gt;</source>
      <translation>&lt;li&gt;{description} (&lt;code&gt;{name}&lt;/code&gt;): standaard {default}&lt;/li&gt;</translation>
    </message>
    <message>
      <location filename="../processing/provider.py" />
      <source>Leefbaarometer (Dutch livability monitor)</source>
      <translation>Leefbaarometer (Nederlandse leefbaarheidsmonitor)</translation>
    </message>
    <message>
      <location filename="../processing/styling.py" />
      <source>Bron: CBS (CC BY 4.0), where CBS boundaries or statistics are used</source>
      <translation>Bron: CBS (CC BY 4.0), waar grenzen of statistieken van het CBS worden gebruikt</translation>
    </message>
    <message>
      <location filename="../processing/styling.py" />
      <source>Leefbaarometer layer in the plugin's field schema ({{measure}}_{{year}}). Map: {map}; release profile '{release}'. {note}</source>
      <translation>Leefbaarometer-laag in het veldschema van de plugin ({{measure}}_{{year}}). Kaart: {map}; releaseprofiel '{release}'. {note}</translation>
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>a file</source>
      <translation>een bestand</translation>
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>could not write or read {path}: {error}. Check that the folder exists, that you may write there, that the name is not too long and that the disk is not full; no output was kept.</source>
      <translation>kon {path} niet schrijven of lezen: {error}. Controleer of de map bestaat, of u daar mag schrijven, of de naam niet te lang is en of de schijf niet vol is; er is geen uitvoer bewaard.</translation>
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>the outputs {other_name} and {out_name} both write {place}: one would replace the other. Choose another {what} for {out_name}.</source>
      <translation>de uitvoer {other_name} en {out_name} schrijven allebei {place}: de een zou de ander vervangen. Kies een ander(e) {what} voor {out_name}.</translation>
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>the output {out_name} ({place}) is the input {in_name} ({source}): writing it would destroy the input. Choose another {other} for {out_name}.</source>
      <translation>de uitvoer {out_name} ({place}) is de invoer {in_name} ({source}): schrijven zou de invoer vernietigen. Kies een ander {other} voor {out_name}.</translation>
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>the folder {folder} of the output {out_name} does not exist: create it, or choose another place</source>
      <translation>de map {folder} van de uitvoer {out_name} bestaat niet: maak haar aan, of kies een andere plek</translation>
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>you may not write in the folder {folder} (output {out_name}): choose a folder you can write to</source>
      <translation>u mag niet schrijven in de map {folder} (uitvoer {out_name}): kies een map waarin u kunt schrijven</translation>
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>file or layer</source>
      <translation>bestand of andere laag</translation>
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>table</source>
      <translation>tabel</translation>
    </message>
    <message>
      <location filename="../processing/targets.py" />
      <source>file or table</source>
      <translation>bestand of andere tabel</translation>
    </message>
    <message>
      <location filename="../processing/zones.py" />
      <source>the zones layer has codes on more than one feature: {keys}</source>
      <translation>de zonelaag heeft codes op meer dan één object: {keys}</translation>
    </message>
    <message>
      <location filename="../processing/zones.py" />
      <source>{n_unknown} zone code(s) of the units are not in the zones layer: {unknown}</source>
      <translation>{n_unknown} zonecode(s) van de eenheden staan niet in de zonelaag: {unknown}</translation>
    </message>
    <message>
      <location filename="../processing/zones.py" />
      <source>{without_zone} units have no zone and are left out: {units}</source>
      <translation>{without_zone} eenheden hebben geen zone en worden weggelaten: {units}</translation>
    </message>
    <message>
      <location filename="../processing/zones.py" />
      <source>cannot tell the key field of the zones layer (fields: {names}); choose ZONE_KEY</source>
      <translation>het sleutelveld van de zonelaag is niet te bepalen (velden: {names}); kies ZONE_KEY</translation>
    </message>
    <message>
      <location filename="../ui/area_profile.py" />
      <source>Select an area on the map to see its profile.</source>
      <translation>Selecteer een gebied op de kaart voor zijn profiel.</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>This layer holds the clusters of 'Structurally under pressure': choose that view.</source>
      <translation>Deze laag bevat de clusters van 'Structureel onder druk': kies die weergave.</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>This layer holds no ranking: make one with 'Rank zones on several indicators' (rankzones).</source>
      <translation>Deze laag bevat geen rangorde: maak er een met 'Zones rangschikken op meerdere indicatoren' (rankzones).</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>This layer holds a ranking of zones: choose the view 'Ranking of zones'.</source>
      <translation>Deze laag bevat een rangorde van zones: kies de weergave 'Rangorde van zones'.</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>This layer holds the zones of 'Differences within zones': choose that view.</source>
      <translation>Deze laag bevat de zones van 'Verschillen binnen zones': kies die weergave.</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>This layer has no bivariate classes of livability and status (field biv): run 'Livability and social inequality' on it first.</source>
      <translation>Deze laag heeft geen bivariate klassen van leefbaarheid en status (veld biv): voer eerst 'Leefbaarheid en sociale ongelijkheid' erop uit.</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>Save style</source>
      <translation>Stijl opslaan</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>QGIS style (*.qml)</source>
      <translation>QGIS-stijl (*.qml)</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>Choose a layer with Leefbaarometer scores (schema afw_2024 … or the official WFS).</source>
      <translation>Kies een laag met Leefbaarometer-scores (schema afw_2024 … of de officiële WFS).</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>The layer keeps its own style until you choose a view, measure or year here.</source>
      <translation>De laag houdt haar eigen stijl tot u hier een weergave, maat of jaar kiest.</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>This layer has no scores for {measure} in {year}; it has them for {years}.</source>
      <translation>Deze laag heeft geen scores voor {measure} in {year}; wel voor {years}.</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>'Structurally under pressure' needs total scores in at least {n} years; this layer has {k}.</source>
      <translation>'Structureel onder druk' heeft totaalscores in ten minste {n} jaren nodig; deze laag heeft er {k}.</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>Choose a 'from' year before {year}.</source>
      <translation>Kies een 'vanaf'-jaar vóór {year}.</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>This layer has no scores for {measure}.</source>
      <translation>Deze laag heeft geen scores voor {measure}.</translation>
    </message>
    <message>
      <location filename="../ui/controller.py" />
      <source>{choice}: no scores</source>
      <translation>{choice}: geen scores</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Import</source>
      <translation>Importeren</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Assign gemeenten</source>
      <translation>Gemeenten toekennen</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Classes</source>
      <translation>Klassen</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>National picture</source>
      <translation>Landelijk beeld</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Under pressure</source>
      <translation>Onder druk</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Risers/fallers</source>
      <translation>Stijgers/dalers</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Annexes per gemeente</source>
      <translation>Bijlagen per gemeente</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>View</source>
      <translation>Weergave</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>From year</source>
      <translation>Vanaf jaar</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Play through the years</source>
      <translation>Speel de jaren af</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Year</source>
      <translation>Jaar</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Save as map theme</source>
      <translation>Opslaan als kaartthema</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Save style (QML)…</source>
      <translation>Stijl opslaan (QML)…</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Area profile</source>
      <translation>Gebiedsprofiel</translation>
    </message>
    <message>
      <location filename="../ui/dock.py" />
      <source>Analyses (Processing)</source>
      <translation>Analyses (Processing)</translation>
    </message>
  </context>
</TS>
