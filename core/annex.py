"""The tables of a per-gemeente annex, as the reports' bijlagen list them, and safe file names.

One function computes every table for every gemeente from buurt scores; the PDF, the spreadsheet and the
CSV files all print these same DataFrames, so they cannot disagree.
"""
import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .aggregate import CLASS_GROUPS, GROUP_NAMES, weighted_mean
from .analyses import PressureRules, RiserRules, pressure, risers_fallers, unit_classes
from .errors import LbmInputError
from .schema import DIMENSION_NAMES

TABLES = ("samenvatting", "onder_druk", "stijgers", "dalers", "laagste_onv")
TABLE_TITLES = {
    "samenvatting": "Samenvatting",
    "onder_druk": "Bijlage 2 — buurten waar de leefbaarheid structureel onder druk staat",
    "stijgers": "Bijlage 3 — stijgers",
    "dalers": "Bijlage 4 — dalers",
    "laagste_onv": "Bijlage 5 — laagste scores op overlast en onveiligheid",
}


@dataclass
class AnnexSettings:
    year: int
    base_year: int
    lowest_onv: int = 10
    pressure: PressureRules = field(default_factory=lambda: PressureRules(min_weight=0))
    risers: RiserRules = field(default_factory=RiserRules)

    def text(self):
        p, r = self.pressure, self.risers
        return (f"jaar {self.year}, basisjaar {self.base_year}; onder druk: klasse ≤ {p.max_class} in ≥ {p.min_years} van de "
                f"laatste {p.last_years} metingen, aaneengesloten buurten met ≥ {p.min_weight:g} huishoudens; stijgers/dalers: "
                f"start klasse ≤ {r.start_max_class}, ≥ {r.class_steps} klasse; laagste onv: {self.lowest_onv} buurten. "
                "Criteria van de plugin, niet de officiële (die zijn niet gepubliceerd).")


def safe_file_name(code, name):
    """'GM0599_Rotterdam'; quotes, slashes and accents made safe: "'s-Hertogenbosch" -> 's-Hertogenbosch'."""
    ascii_name = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    ascii_name = re.sub(r"['\"`´‘’]", "", ascii_name)
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "_", ascii_name).strip("._-") or "gemeente"
    return f"{re.sub(r'[^A-Za-z0-9]', '', str(code))}_{ascii_name}"


def annex_tables(data, release, buurt_codes, buurt_names, gm_codes, weights, pairs, settings):
    """{gm_code: {table: DataFrame}} for every gemeente, and the index table of all gemeenten."""
    y, b = settings.year, settings.base_year
    have = data.score_years()
    for yr in (y, b):
        if yr not in have:
            raise LbmInputError(f"year {yr} is not in the buurt layer; it has {', '.join(map(str, have))}")
    w = np.nan_to_num(np.asarray(weights, dtype=float)) if weights is not None else np.ones(data.n)
    gm = np.asarray(gm_codes, dtype=object)
    afw_y, afw_b = data.afw(y, release.constant_c), data.afw(b, release.constant_c)
    k_y, k_b = unit_classes(data, release, y), unit_classes(data, release, b)
    years = [yr for yr in have if yr <= y]
    labels, clusters = pressure(data, release, years, pairs, w, settings.pressure)
    rf = risers_fallers(data, release, b, y, w, settings.risers)
    onv = data.get("onv", y)
    national = _summary(np.ones(data.n, dtype=bool), w, afw_y, afw_b, k_y, k_b, release)
    labels_of = np.array([""] + list(release.class_labels), dtype=object)  # class 0 (no score) -> ""
    # Every table is built once for all buurten and then split by gemeente: one pass, not one per gemeente.
    base = pd.DataFrame({"gm": gm, "buurtcode": buurt_codes, "buurt": buurt_names, "huishoudens": w})
    under = labels >= 0
    t = base[under].copy()
    t["klasse"] = labels_of[k_y[under]]
    t["cluster"] = labels[under] + 1
    t["metingen_onder_druk"] = clusters.metingen_onder_druk.to_numpy()[labels[under]] if len(clusters) else []
    t["zwakste_dimensie"] = [DIMENSION_NAMES.get(d, "") for d in clusters.zwakste_dimensie.to_numpy()[labels[under]]] if len(clusters) else []
    all_tables = {"onder_druk": t.sort_values("buurtcode")}
    for name, lab in (("stijgers", "stijger"), ("dalers", "daler")):
        m = rf["label"] == lab
        t = base[m].copy()
        t[f"klasse_{b}"] = labels_of[rf["k_start"][m].astype(int)]
        t[f"klasse_{y}"] = labels_of[rf["k_end"][m].astype(int)]
        t["verandering_afw"] = np.round(rf["dafw"][m], 4)
        t["vooral_door"] = [DIMENSION_NAMES.get(d, "") if d else "" for d in rf["driver"][m]]
        all_tables[name] = t.sort_values("verandering_afw", ascending=(name == "dalers"))
    if onv is not None and np.isfinite(onv).any():
        m = np.isfinite(onv)
        t = base[m].copy()
        t["onv"] = np.round(onv[m], 4)
        t["klasse_onv"] = labels_of[release.dimension_class(onv[m]).astype(int)]
        all_tables["laagste_onv"] = t.sort_values("onv").groupby("gm", sort=False).head(settings.lowest_onv)
    else:
        all_tables["laagste_onv"] = base[:0].assign(onv=[], klasse_onv=[])
    split = {name: dict(tuple(df.groupby("gm", sort=False))) for name, df in all_tables.items()}
    empty = {name: df.iloc[:0] for name, df in all_tables.items()}
    out, index_rows = {}, []
    for code in sorted({c for c in gm if c is not None}):
        sel = gm == code
        s = _summary(sel, w, afw_y, afw_b, k_y, k_b, release)
        tables = {"samenvatting": pd.DataFrame({"kenmerk": list(s), "gemeente": list(s.values()),
                                                "alle buurten": list(national.values())})}
        for name in all_tables:
            tables[name] = split[name].get(code, empty[name]).drop(columns="gm").reset_index(drop=True)
        out[code] = tables
        index_rows.append({"gemeentecode": code, "buurten": int(sel.sum()), "afw": s["gemiddelde afw"],
                           "klasse": s["klasse"], "onder_druk": len(tables["onder_druk"]),
                           "stijgers": len(tables["stijgers"]), "dalers": len(tables["dalers"])})
    return out, pd.DataFrame(index_rows)


def _summary(sel, w, afw_y, afw_b, k_y, k_b, release):
    z = np.zeros(int(sel.sum()), dtype=np.int64)
    mean_y = float(weighted_mean(z, 1, w[sel], afw_y[sel])[0])
    mean_b = float(weighted_mean(z, 1, w[sel], afw_b[sel])[0])
    out = {"gemiddelde afw": round(mean_y, 4),
           "klasse": release.class_labels[int(release.total_class(np.array([mean_y]))[0]) - 1] if np.isfinite(mean_y) else "",
           "verandering afw sinds basisjaar": round(mean_y - mean_b, 4) if np.isfinite(mean_y - mean_b) else None,
           "huishoudens": float(w[sel].sum())}
    for grp, (lo, hi) in CLASS_GROUPS.items():
        now = float(w[sel & (k_y >= lo) & (k_y <= hi)].sum())
        before = float(w[sel & (k_b >= lo) & (k_b <= hi)].sum())
        out[f"huishoudens {GROUP_NAMES[grp]}"] = now
        out[f"verandering {GROUP_NAMES[grp]}"] = now - before
    return out

