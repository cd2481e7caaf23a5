"""Release profiles: the constant C, class labels, cut-points and palettes of one data release.

A profile is a JSON file (`resources/releases/*.json`); users can load their own. Values that are
not published officially carry their provenance next to them in the file.
"""
import json
import os
import re
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
    plausible_afw: tuple  # (low, high) of an afw the release allows; the import warns (or stops) outside it
    plausible_dimension: tuple  # the same for a dimension score

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
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise LbmInputError(tr("release profile {path} is not valid JSON: {exc}").format(path=path, exc=exc)) from exc
    return release_from_dict(raw, path)


N_CLASSES = 9
_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
# Scores a release allows (plausible ranges), for profiles that do not give them: the published data (national grid,
# PC4, buurten, wijken, gemeenten 2002–2024) lie within afw −2.3 … 0.9 and dimensions −0.6 … 0.7; these leave a margin.
DEFAULT_PLAUSIBLE = {"plausible_afw": (-3.0, 1.5), "plausible_dimension": (-1.0, 1.0)}


def _is_number(value):
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _shown(value):
    """A profile's value as JSON, with its length when it is a list ("[…] (8 values)")."""
    text = json.dumps(value, ensure_ascii=False)
    return tr("{text} ({n} values)").format(text=text, n=len(value)) if isinstance(value, list) else text


def _number(raw, name, where):
    value = raw[name]
    if not _is_number(value) or not np.isfinite(value):
        raise LbmInputError(tr("release profile {where}: {name} must be a number, not {value}").format(
            where=where, name=name, value=json.dumps(value, ensure_ascii=False)))
    return float(value)


def _numbers(raw, name, where, count):
    """`count` finite numbers, strictly increasing (cut-points, ranges)."""
    values = raw[name]
    if (not isinstance(values, list) or len(values) != count or not all(_is_number(v) for v in values)
            or not np.all(np.isfinite(values)) or np.any(np.diff(values) <= 0)):
        raise LbmInputError(tr("release profile {where}: {name} must be {count} increasing numbers, not {value}").format(
            where=where, name=name, count=count, value=_shown(values)))
    return np.asarray(values, dtype=float)


def _texts(raw, name, where, count, colour=False):
    """`count` non-empty texts (labels), or colours written #rrggbb."""
    values = raw[name]
    ok = isinstance(values, list) and len(values) == count and all(isinstance(v, str) and v.strip() for v in values)
    if ok and colour:
        bad = [v for v in values if not _COLOUR.match(v.strip())]
        if bad:
            raise LbmInputError(tr("release profile {where}: {name} holds {bad}, which is not a colour (write #rrggbb)").format(
                where=where, name=name, bad=json.dumps(bad[0], ensure_ascii=False)))
    if not ok:
        raise LbmInputError(tr("release profile {where}: {name} must be {count} {what}, one per class, not {value}").format(
            where=where, name=name, count=count, what=tr("colours") if colour else tr("texts"), value=_shown(values)))
    return [v.strip() for v in values]


def _text(raw, name, where):
    value = raw[name]
    if not isinstance(value, str) or not value.strip():
        raise LbmInputError(tr("release profile {where}: {name} must be a text, not {value}").format(
            where=where, name=name, value=json.dumps(value, ensure_ascii=False)))
    return value


def release_from_dict(raw, where="the profile"):
    """A Release from the parsed JSON of a profile, every entry checked: the constant a finite number, each set of
    cut-points 8 finite increasing numbers, 9 labels and 9 colours (#rrggbb) per set of classes, texts where texts
    belong. `where` names the profile in error messages, which name the entry at fault."""
    if not isinstance(raw, dict):
        raise LbmInputError(tr("release profile {where} must be a JSON object with the entries id, title, constant_c, …").format(
            where=where))
    raw = dict(raw)
    for name, (low, high) in DEFAULT_PLAUSIBLE.items():
        raw.setdefault(name, [low, high])
    try:
        rel = Release(
            id=_text(raw, "id", where),
            title=_text(raw, "title", where),
            constant_c=_number(raw, "constant_c", where),
            class_labels=_texts(raw, "class_labels", where, N_CLASSES),
            total_cutpoints_afw=_numbers(raw, "total_cutpoints_afw", where, N_CLASSES - 1),
            dimension_cutpoints=_numbers(raw, "dimension_cutpoints", where, N_CLASSES - 1),
            change_cutpoints=_numbers(raw, "change_cutpoints", where, N_CLASSES - 1),
            change_labels=_texts(raw, "change_labels", where, N_CLASSES),
            palette_scores=_texts(raw, "palette_scores", where, N_CLASSES, colour=True),
            palette_change=_texts(raw, "palette_change", where, N_CLASSES, colour=True),
            credit=_text(raw, "credit", where),
            raw=raw,
            plausible_afw=tuple(_numbers(raw, "plausible_afw", where, 2)),
            plausible_dimension=tuple(_numbers(raw, "plausible_dimension", where, 2)),
        )
    except KeyError as exc:
        raise LbmInputError(tr("release profile {where} lacks the entry {exc}").format(where=where, exc=exc)) from exc
    years = raw.get("years")
    if years is not None and not (isinstance(years, list) and all(isinstance(y, int) and not isinstance(y, bool) for y in years)):
        raise LbmInputError(tr("release profile {where}: years must be a list of whole years, not {value}").format(
            where=where, value=json.dumps(years, ensure_ascii=False)))
    return rel


def release_from_json(text):
    """A Release from profile JSON text (as stored in a styled layer, see processing/styling.py)."""
    try:
        raw = json.loads(text)
    except (TypeError, json.JSONDecodeError) as exc:
        raise LbmInputError(tr("the stored release profile is not valid JSON: {exc}").format(exc=exc)) from exc
    return release_from_dict(raw, "the stored profile")
