"""Release profiles: the constant C, class labels, cut-points and palettes of one data release.

A profile is a JSON file (`resources/releases/*.json`); users can load their own. Values that are
not published officially carry their provenance next to them in the file.
"""
import json
import os
from dataclasses import dataclass

import numpy as np

from .errors import LbmInputError
from .i18n import tr

RELEASES_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources", "releases")
DEFAULT_RELEASE = "lbm3_2024"


@dataclass
class Release:
    id: str
    title: str
    constant_c: float
    class_labels: list
    total_cutpoints_afw: np.ndarray
    dimension_cutpoints: np.ndarray
    change_cutpoints: np.ndarray
    change_labels: list
    palette_scores: list
    palette_change: list
    credit: str
    raw: dict

    def total_class(self, afw):
        """Classes 1-9 of the total score, from `afw` (NaN -> 0 = no class)."""
        return classify(afw, self.total_cutpoints_afw)

    def dimension_class(self, score):
        """Classes 1-9 of a dimension score or of `afw` as deviation (kafw)."""
        return classify(score, self.dimension_cutpoints)

    def change_class(self, delta):
        """Classes 1 (strong decline) … 5 (stable) … 9 (strong improvement) of a change in score."""
        return classify(delta, self.change_cutpoints)

    def to_json(self, **changes):
        """The profile as JSON text, with `changes` applied (used by calibrate to write a new profile)."""
        raw = dict(self.raw)
        raw.update(changes)
        return json.dumps(raw, indent=2, ensure_ascii=False) + "\n"


def classify(values, cutpoints):
    """Classes 1..len(cutpoints)+1; a value on a cut-point goes to the upper class; NaN -> 0."""
    values = np.asarray(values, dtype=float)
    out = np.searchsorted(np.asarray(cutpoints, dtype=float), values, side="right").astype(np.int8) + 1
    out[np.isnan(values)] = 0
    return out


def release_names():
    return sorted(f[:-5] for f in os.listdir(RELEASES_DIR) if f.endswith(".json"))


def load_release(name_or_path=DEFAULT_RELEASE):
    """A shipped release by id (`lbm3_2024`) or a profile file by path."""
    path = name_or_path if os.path.isfile(str(name_or_path)) else os.path.join(RELEASES_DIR, f"{name_or_path}.json")
    if not os.path.isfile(path):
        raise LbmInputError(
            tr("unknown release profile '{name_or_path}': give a profile file or one of {release_names}").format(
               name_or_path=name_or_path, release_names=', '.join(release_names()))
        )
    with open(path, encoding="utf-8") as fh:
        try:
            raw = json.load(fh)
        except json.JSONDecodeError as exc:
            raise LbmInputError(tr("release profile {path} is not valid JSON: {exc}").format(path=path, exc=exc)) from exc
    return release_from_dict(raw, path)


def release_from_dict(raw, where="the profile"):
    """A Release from the parsed JSON of a profile; `where` names it in error messages."""
    try:
        rel = Release(
            id=raw["id"],
            title=raw["title"],
            constant_c=float(raw["constant_c"]),
            class_labels=list(raw["class_labels"]),
            total_cutpoints_afw=np.asarray(raw["total_cutpoints_afw"], dtype=float),
            dimension_cutpoints=np.asarray(raw["dimension_cutpoints"], dtype=float),
            change_cutpoints=np.asarray(raw["change_cutpoints"], dtype=float),
            change_labels=list(raw["change_labels"]),
            palette_scores=list(raw["palette_scores"]),
            palette_change=list(raw["palette_change"]),
            credit=raw["credit"],
            raw=raw,
        )
    except KeyError as exc:
        raise LbmInputError(tr("release profile {where} lacks the entry {exc}").format(where=where, exc=exc)) from exc
    for name in ("total_cutpoints_afw", "dimension_cutpoints", "change_cutpoints"):
        cuts = getattr(rel, name)
        if len(cuts) != 8 or np.any(np.diff(cuts) <= 0):
            raise LbmInputError(tr("release profile {where}: {name} must be 8 increasing numbers").format(where=where, name=name))
    return rel


def release_from_json(text):
    """A Release from profile JSON text (as stored in a styled layer, see processing/styling.py)."""
    try:
        raw = json.loads(text)
    except (TypeError, json.JSONDecodeError) as exc:
        raise LbmInputError(tr("the stored release profile is not valid JSON: {exc}").format(exc=exc)) from exc
    return release_from_dict(raw, "the stored profile")
