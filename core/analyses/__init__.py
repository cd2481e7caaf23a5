"""The analyses of the reports to parliament, on numpy arrays, one module each (QGIS-free):

1. summary.py          the national (or regional) picture per group and year (`summary`)
2. risers_fallers.py   stijgers en dalers, and the lists per zone (`risers_fallers`, `counts_per_zone`; `RiserRules`)
3. pressure.py         leefbaarheid structureel onder druk: weak contiguous clusters (`pressure`; `PressureRules`)
4. trajectories.py     class paths, their labels and transition matrices, the spatial Markov test (`trajectories`)
5. class_profile.py    livability against another indicator (`class_profile`)
6. zones.py            zones and the ring around them against the rest (`compare_zones`)
7. hotspots.py         local hot and cold spots, Getis–Ord Gi* (`getis_ord`, `hotspot_labels`, `hotspot_change`)
8. early_warning.py    vroegsignalering and its back-test (`early_warning`, `back_test`; `WarningRules`)
9. rank_zones.py       zones ranked on several indicators: composite, rank, worst tenth (`rank_zones`; `RankRules`)
10. inequality.py      livability and social status: bivariate classes, laaglaag and its clusters, per region
                       (`inequality`; `InequalityRules`)
11. dimension_profile.py dimension profiles: correlations of the dimensions and afw (per group), and the units lowest
                       on one dimension with their type and compensation (`correlations`, `lowest_units`; `ProfileRules`)
12. differences.py     the gap between a zone's weak and strong units and how it changed (`differences`; `DifferenceRules`)

`common.py` holds what they share. An analysis module imports shared modules of core/ (common, stats, classify,
aggregate, neighbours …), never another analysis. Every threshold is a parameter: the ministry's own criteria are
not published. Defaults are documented in the algorithms' help and written on every output.
"""
