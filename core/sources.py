"""Whose boundaries a layer holds, for the credits of outputs: CBS's, or the layer's title as the user gave it.

Told honestly from what the layer itself shows: field names only CBS's files use in pairs (gemeentecode with
gemeentenaam, statcode with statnaam …), its metadata (title, rights, attribution …) or its file name naming CBS.
Nothing else is guessed: a layer that shows none of these is credited by its title.
"""
import os
import re

# Pairs of fields CBS's boundary files carry (wijk- en buurtkaart, gebiedsindelingen); one of a pair is not enough.
CBS_FIELD_PAIRS = (("gemeentecode", "gemeentenaam"), ("wijkcode", "wijknaam"), ("buurtcode", "buurtnaam"),
                   ("statcode", "statnaam"), ("jrstatcode", "statcode"))
_CBS_TEXT = re.compile(r"(?<![A-Za-z])CBS(?![A-Za-z])|Centraal Bureau voor de Statistiek", re.IGNORECASE)


def is_cbs(field_names=(), metadata_texts=(), path=""):
    """True when the layer shows that its data are CBS's: a pair of CBS field names, metadata naming CBS, or a
    file name with 'cbs' as a word in it."""
    lower = {str(n).lower() for n in field_names}
    if any(a in lower and b in lower for a, b in CBS_FIELD_PAIRS):
        return True
    if any(_CBS_TEXT.search(str(t or "")) for t in metadata_texts):
        return True
    stem = os.path.splitext(os.path.basename(str(path or "").split("|")[0]))[0]
    return bool(re.search(r"(?:^|[^a-z])cbs(?:[^a-z]|$)", stem.lower()))


def boundary_credit(title, cbs):
    """How an output names the source of a boundary layer: 'CBS (gemeenten_2023)' or "'pc4_gm'"."""
    return f"CBS ({title})" if cbs else f"'{title}'"
