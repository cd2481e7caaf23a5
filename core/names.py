"""The names of the fields the analyses write, in one place: the analyses, the algorithms, the annexes, the panel's
views and the tests all take them from here. Stored names are language-neutral codes (Dutch, as in the reports) and
never translated: scripts, models and joins depend on them.

Fields of one unit carry the years they compare (`rf_2022_2024`); the functions below make those names.
"""

CRITERIA = "criteria"  # every analysis output: the criteria it used, as one line (analyses/common.criteria_text)
GROUP = "groep"  # the group column of the tables (summary, matrices, class profile, back-test) …
ALL = "alle"  # … and its value for all units together
NEIGHBOURS = "buren"  # hot spots: the number of neighbours; early warning: 'ja' or NO_NEIGHBOURS
NO_NEIGHBOURS = "geen buren"  # the label of a unit without neighbours in every neighbour measure

# --- change (core/change.py) --------------------------------------------------------------------------------


def change_field(measure, year_from, year_to):
    """The change of a measure between two years: `dafw_2014_2022`."""
    return f"d{measure}_{year_from}_{year_to}"


def change_class_field(measure, year_from, year_to):
    """The class of that change: `kdafw_2014_2022`."""
    return f"kd{measure}_{year_from}_{year_to}"


def transition_field(year_from, year_to):
    """The class transition of the total score: `tr_2014_2022` ('5→4')."""
    return f"tr_{year_from}_{year_to}"


def driver_fields(year_from, year_to):
    """(the dimension that drove the change of afw, its share): `drv_2014_2022`, `drvsh_2014_2022`."""
    return f"drv_{year_from}_{year_to}", f"drvsh_{year_from}_{year_to}"


# --- 2. risers and fallers ----------------------------------------------------------------------------------
RISER, FALLER, SLIDER = "stijger", "daler", "afglijder"  # the labels; NOT_FLAGGED in the panel's view only
NOT_FLAGGED = "geen"


def risers_fields(year_from, year_to):
    """{key of analyses.risers_fallers' result: the output field of the pair of years}."""
    tag = f"{year_from}_{year_to}"
    driver, share = driver_fields(year_from, year_to)
    return {"label": f"rf_{tag}", "k_start": f"kstart_{tag}", "k_end": f"keind_{tag}",
            "dafw": change_field("afw", year_from, year_to), "driver": driver, "driver_share": share}


# --- 3. structurally under pressure: one row (feature) per cluster -----------------------------------------------
CLUSTER = "cluster"
UNITS = "eenheden"  # also the count column of the summary, matrices, class profile and back-test
WEIGHT = "gewicht"  # the cluster's weight (dwellings, or units) in the table of analyses.pressure
DWELLINGS, HOUSEHOLDS = "woningen", "huishoudens"  # the cluster layer's weight fields
AFW_LAST = "afw_laatst"
CLASS_LAST = "k_laatst"  # the cluster's class in the last year: the field the panel's pressure view draws
YEARS_UNDER_PRESSURE = "metingen_onder_druk"
RUN_TO_LAST = "aaneengesloten_tot_laatst"
WEAKEST_DIMENSION = "zwakste_dimensie"
UNDER_PRESSURE, NOT_UNDER_PRESSURE = "onder druk", "niet"  # the panel's pressure view of a layer with scores

# --- 4. trajectories ------------------------------------------------------------------------------------
TRAJECTORY = "traject"
TRAJECTORY_LABEL = "traject_label"

# --- 7. hot spots ------------------------------------------------------------------------------------------
SPOT_CHANGE = "spot_change"


def hotspot_fields(year):
    """(z-score, pseudo p-value, label) fields of a year: `gi_2024`, `gip_2024`, `spot_2024`."""
    return f"gi_{year}", f"gip_{year}", f"spot_{year}"


# --- 8. early warning ---------------------------------------------------------------------------------------
RISK = "risico"
RISK_LABEL = "risico_label"
REASONS = "redenen"
MARGIN = "marge"
TREND = "dafw_trend"

# --- rankings of zones on several indicators (analyses/rank_zones.py) ------------------------------------------
COMPOSITE = "composite"  # the weighted mean of the indicators' z-scores or percentile ranks (higher: more unfavourable)
RANK = "rank"  # 1 = the most unfavourable zone; NULL: not ranked
N_WORST_DECILE = "n_worst_decile"  # on how many indicators the zone is among the worst tenth of the ranked zones
REASON = "reason"  # why a zone is not ranked (Dutch codes: 'ontbrekend: onv', 'te weinig eenheden (3 < 5)')
N_UNITS, ZONE_WEIGHT = "n_units", "weight"  # the aggregation's units and total weight per zone (core/aggregate.py)


def indicator_rank_field(indicator):
    """The zone's own rank on one indicator: `rank_onv` (1 = most unfavourable)."""
    return f"rank_{indicator}"


def z_field(indicator):
    """The zone's z-score on one indicator, turned so that positive is more unfavourable: `z_onv`."""
    return f"z_{indicator}"


def percentile_field(indicator):
    """The zone's percentile rank on one indicator, 0–100, 100 the most unfavourable: `pct_onv`."""
    return f"pct_{indicator}"


def share_field(group, year):
    """The share of the weight (households …) with a class in a year that lives in a class group: `aandeel_w13_2024`."""
    return f"aandeel_{group}_{year}"
# --- livability and social inequality (analyses/inequality.py) ---------------------------------------------------
BIV = "biv"  # the bivariate class "s-l": status tercile × livability group, "1-1" = low status, low livability
LAAGLAAG = "laaglaag"  # 'ja' / 'nee': status in the lowest quintile and class ≤ 4
LL_CLUSTER = CLUSTER  # 'cluster', 'los', 'geen', NO_NEIGHBOURS: a laaglaag unit among laaglaag neighbours (its own output)
LL_NEIGHBOURS = "ll_buren"  # the number of laaglaag neighbours
CLUSTER_P = "cluster_p"  # the pseudo p-value of that number
# The table per region, in this order (`region` is ALL for the row of every unit).
REGION_COLUMNS = ("region", "n", "n_no_status", "n_no_score", "spearman", "pearson", "n_laaglaag", "share_laaglaag",
                  "weight_laaglaag", "wshare_laaglaag", "n_cluster", "rank", "too_few")

# --- dimension profiles (analyses/dimension_profile.py) --------------------------------------------------------
# The correlation table, one row per group and pair of measures (a before b in dimension_profile.CORRELATED) …
CORR_GROUP = "group"
CORR_A, CORR_B = "a", "b"
SPEARMAN, PEARSON = "spearman", "pearson"
CORR_N = "n"  # the units with both values (and a positive weight)
# … and the lowest units on a dimension.
# RANK (rankings above): 1 = the lowest score on the dimension
PROFILE_DIMENSION = "dimensie"  # the dimension's code (onv)
PROFILE_SCORE = "dimensie_score"
PROFILE_CLASS = "dimensie_klasse"
PROFILE_TOTAL_CLASS = "totaal_klasse"
PROFILE_TYPE = "type"
COMPENSATION = "compensatie"
CLASSIC, COMPENSATED, BETWEEN = "klassiek", "gecompenseerd", "tussen"  # the values of PROFILE_TYPE
NO_COMPENSATION = "geen"  # compensatie of a unit no other dimension offsets
NOT_LOW = "niet laag"  # the panel's view of a layer with scores: units not low on the dimension
# --- differences within zones: one row per zone, and the row of all units ----------------------------------------
ZONE = "zone"  # the zone's code; NATIONAL on the row of all units
ZONE_NAME = "naam"
NATIONAL, NATIONAL_NAME = "NL", "alle eenheden"
N_MISSING, N_WEAK, N_STRONG = "n_missing", "n_weak", "n_strong"  # N_UNITS: above
DGAP = "dgap"
PATTERN = "pattern"
WEAK_FALLS = "zwak daalt"  # the gap widened and the weak units fell (2016 report, bijlage 2)
WEAK_RISES_LESS = "zwak stijgt minder"  # the gap widened, the weak units rose (or stayed), less than the strong (bijlage 3)
GAP_SMALLER = "verschil kleiner"  # the gap did not widen
NO_WEAK = "geen zwakke eenheden"
NO_STRONG = "geen sterke eenheden"
PATTERNS = (WEAK_FALLS, WEAK_RISES_LESS, GAP_SMALLER, NO_WEAK, NO_STRONG)
# The panel's differences view of a layer with scores: each unit's group in the first year and its direction.
WEAK_FELL, WEAK_ROSE, MIDDLE, STRONG_FELL, STRONG_ROSE = "zwak gedaald", "zwak gestegen", "midden", "sterk gedaald", "sterk gestegen"


def difference_fields(year_from, year_to):
    """{key of analyses.differences' result: the output field}: the means of the weak and strong units and their gap
    in each year (`weak_2014`, `strong_2022`, `gap_2014` …), and the spread of all units (`sd_2014`, `p90p10_2022`)."""
    out = {}
    for tag, year in (("a", year_from), ("b", year_to)):
        for key in ("weak", "strong", "gap", "sd", "p90p10"):
            out[f"{key}_{tag}"] = f"{key}_{year}"
    return out
