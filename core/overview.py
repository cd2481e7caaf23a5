"""The overview of a set of gemeenten (the national or provincial picture the letters to parliament open with): how
many gemeenten fall in each class, and the five largest risers and fallers among them.

From the index of the annexes (core/annex.annex_tables): each gemeente's mean afw (weighted as the annexes weigh)
in the year and the base year. A gemeente's class is the class of that mean, as its annex prints it.
"""
import numpy as np
import pandas as pd

from .numformat import CHANGE
from .numformat import COUNT
from .numformat import SCORE

TOP = 5
OVERVIEW_TABLES = ("klassenverdeling", "grootste_stijgers", "grootste_dalers")


def overview_titles(year, base_year, unit):
    return {
        "klassenverdeling": f"Gemeenten per klasse ({year})",
        "grootste_stijgers": f"De {TOP} grootste stijgers ({base_year}–{year})",
        "grootste_dalers": f"De {TOP} grootste dalers ({base_year}–{year})",
    }


def overview_tables(index, names, release, year, base_year, unit):
    """{table: DataFrame or None}: gemeenten (and their `unit`) per class of their mean afw in `year` (and the base
    year), and the TOP gemeenten whose mean rose and fell most since the base year (None without a base year).
    `index`: the annexes' index (gemeentecode, afw, 'afw basisjaar', `unit` …); `names`: {code: name}."""
    afw = index["afw"].astype(float).to_numpy()
    k = release.total_class(afw).astype(int)
    weight = index[unit].astype(float).to_numpy() if unit in index.columns else np.ones(len(index))
    classes = pd.DataFrame({"Klasse": [f"{i} {label}" for i, label in enumerate(release.class_labels, 1)],
                            f"Gemeenten {year}": np.bincount(k, minlength=10)[1:].astype(float),
                            f"{unit[:1].upper()}{unit[1:]} {year}": np.bincount(k, weights=weight, minlength=10)[1:]})
    kinds = {f"Gemeenten {year}": COUNT, f"{unit[:1].upper()}{unit[1:]} {year}": COUNT}
    out = {"klassenverdeling": classes, "grootste_stijgers": None, "grootste_dalers": None}
    if base_year is not None and "afw basisjaar" in index.columns:
        before = index["afw basisjaar"].astype(float).to_numpy()
        kb = release.total_class(before).astype(int)
        classes[f"Gemeenten {base_year}"] = np.bincount(kb, minlength=10)[1:].astype(float)
        kinds[f"Gemeenten {base_year}"] = COUNT
        labels = np.array([""] + list(release.class_labels), dtype=object)
        change = afw - before
        table = pd.DataFrame({"Gemeente": [names.get(c, c) for c in index.gemeentecode], "Code": index.gemeentecode,
                              f"afw {base_year}": before, f"afw {year}": afw, "Verandering afw": change,
                              f"Klasse {base_year}": labels[kb], f"Klasse {year}": labels[k]})
        ok = np.isfinite(change)
        up = table[ok & (change > 0)].sort_values(["Verandering afw", "Code"], ascending=[False, True], kind="stable")
        down = table[ok & (change < 0)].sort_values(["Verandering afw", "Code"], ascending=[True, True], kind="stable")
        for name, df in (("grootste_stijgers", up), ("grootste_dalers", down)):
            df = df.head(TOP).reset_index(drop=True)
            df.attrs["kinds"] = {f"afw {base_year}": SCORE, f"afw {year}": SCORE, "Verandering afw": CHANGE}
            df.attrs["widths"] = {"Gemeente": 40}  # mm in a printed table: the longest names ('Súdwest-Fryslân')
            out[name] = df
    classes.attrs["kinds"] = kinds
    return out
