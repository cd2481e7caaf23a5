"""The annex's short Dutch text: a template filled per gemeente from the annex's own tables, not free prose.

Every number in the text is a cell of one of the annex's tables, written as that table prints it (the same kind,
core/numformat.py): the class and mean afw of the last year and the years (table 'ontwikkeling'), the change since
the first, the base and the previous measurement and the dimension that drove the last change
('verandering_gemiddelde'), the households in areas onvoldoende of lager and their change ('klassengroepen'), and
the areas and households of the risers, fallers and areas under pressure, the gap between the weak and the strong
areas of the base year with its pattern (the `differences` analysis; 'samenvatting'), and, when the areas are
the output of the inequality analysis, its laaglaag areas ('samenvatting' too).
"""
import numpy as np

from .annex import CLASS_COLUMN
from .annex import DIFF_HEADERS
from .annex import GM_COLUMN
from .annex import GROUP_HEADERS
from .annex import LAAGLAAG_ROWS
from .annex import LIST_NAMES
from .annex import SINCE
from .annex import YEAR_COLUMN
from .annex import column_kinds
from .annex import gap_labels
from .change import driving_dimension
from .names import DGAP
from .names import GAP_SMALLER
from .names import N_STRONG
from .names import N_WEAK
from .names import NO_STRONG
from .names import NO_WEAK
from .names import PATTERN
from .names import WEAK_FALLS
from .names import WEAK_RISES_LESS
from .numformat import CHANGE
from .numformat import COUNT
from .numformat import COUNT_CHANGE
from .numformat import SCORE
from .numformat import format_value
from .numformat import is_missing
from .schema import DIMENSION_NAMES
from .schema import DIMENSIONS

# How a count of the weight lives in its areas: 'wonen 12.345 huishoudens in buurten die …'.
_VERB = {"huishoudens": "wonen", "woningen": "staan", "inwoners": "wonen"}


def _areas(n, level):
    """'geen buurten', '1 buurt', '3 buurten' (n as the summary prints it)."""
    if n == 0:
        return f"geen {level.plural}"
    return f"{format_value(n, COUNT)} {level.singular if n == 1 else level.plural}"


def _direction(text):
    """'gestegen', 'gedaald' or 'gelijk gebleven' for a change as printed (+0,012, −0,004, 0,000)."""
    return "gestegen" if text.startswith("+") else "gedaald" if text.startswith("\u2212") else "gelijk gebleven"


def _row(df, column, value):
    hit = df.index[df[column] == value]
    return df.loc[hit[0]] if len(hit) else None


def annex_text(name, tables, settings, position=None):
    """The text of one gemeente's annex as a list of sentences (Dutch), from its tables (core/annex.annex_tables).
    `position`: the sentence on the gemeente's place in a ranking (core/annex_ranking.position_sentence), if any."""
    y, level = settings.year, settings.level
    out = []
    dev = tables.get("ontwikkeling")
    now = _row(dev, YEAR_COLUMN, y) if dev is not None else None
    if now is None or is_missing(now[GM_COLUMN]):
        out.append(f"In {y} heeft {name} geen gemiddelde score: geen van de {level.plural} heeft een score.")
    else:
        out.append(f"In {y} scoort {name} gemiddeld {now[CLASS_COLUMN]} (afw {format_value(now[GM_COLUMN], SCORE)}).")
    change = tables.get("verandering_gemiddelde")
    if change is None:
        out.append(f"Er is één meting ({y}): een verandering is niet te bepalen.")
    else:
        out.append(_change_sentence(change))
    groups = tables.get("klassengroepen")
    if groups is not None:
        out.append(_groups_sentence(groups, settings))
    out.append(_lists_sentence(tables, settings))
    out.append(differences_sentence(tables["samenvatting"], settings))
    out.append(laaglaag_sentence(tables, settings))
    if position:
        out.append(position)
    return [s for s in out if s]


def _change_sentence(change):
    """'Sinds 2002 (de eerste meting) is het gemiddelde gestegen (+0,040); sinds 2020 (de vorige meting) gedaald
    (−0,005), vooral door overlast en onveiligheid (−0,012).'"""
    kinds = column_kinds(change)
    years = change.attrs.get("years", [None] * len(change))
    parts = []
    for i, (label, year) in enumerate(zip(change[SINCE], years)):
        text = format_value(change[GM_COLUMN].iloc[i], kinds[GM_COLUMN])
        why = label.split("(", 1)[1].rstrip(")") if "(" in label else ""
        article = "het" if why.startswith("basisjaar") else "de"  # het basisjaar, de eerste/vorige meting
        since = f"sinds {year} ({article} {why})" if why else f"sinds {year}"
        what = "is het gemiddelde " if not parts else ""
        parts.append(f"{since} {what}{_direction(text)} ({text})" if text else f"{since} geen score om mee te vergelijken")
    sentence = "; ".join(parts)
    sentence = sentence[:1].upper() + sentence[1:]
    last = change.iloc[-1]
    dims = [d for d in DIMENSIONS if d in change.columns]
    if len(dims) == len(DIMENSIONS) and all(not is_missing(last[d]) for d in dims) and not is_missing(last[GM_COLUMN]):
        driver, _ = driving_dimension(np.array([[float(last[d]) for d in dims]]), np.array([float(last[GM_COLUMN])]))
        if driver[0] is not None:
            d = driver[0]
            sentence += f", vooral door {DIMENSION_NAMES[d].lower()} ({format_value(last[d], CHANGE)})"
    elif dims:
        sentence += f" (de dimensies zijn niet in {years[-1]} en in het laatste jaar gemeten)"
    return sentence + "."


def _groups_sentence(groups, settings):
    y, level, unit = settings.year, settings.level, settings.unit
    row = _row(groups, YEAR_COLUMN, y)
    if row is None:
        return ""
    kinds = column_kinds(groups)
    low = GROUP_HEADERS["w13"]
    n = row[low]
    count = format_value(n, kinds[low]) if n else "geen"
    if settings.weighted:
        sentence = f"In {y} {_VERB.get(unit, 'wonen')} {count} {unit} in {level.plural} die onvoldoende of lager scoren"
    else:
        sentence = (f"In {y} {'scoort' if n == 1 else 'scoren'} {_areas(n, level)} onvoldoende of lager")
    diff = row[DIFF_HEADERS["w13"]]
    years = list(groups[YEAR_COLUMN])
    if not is_missing(diff) and years.index(y) > 0:
        before = years[years.index(y) - 1]
        shown = format_value(diff, COUNT_CHANGE)
        sentence += f" ({shown} sinds {before})" if shown != "0" else f" (evenveel als in {before})"
    return sentence + "."


def _lists_sentence(tables, settings):
    level, unit = settings.level, settings.unit
    summary = tables["samenvatting"]
    values = dict(zip(summary["kenmerk"], summary["gemeente"]))

    def counted(name):
        n = values.get(f"{LIST_NAMES[name]}: {level.plural}")
        if n is None:
            return None
        text = _areas(n, level)
        if settings.weighted and n:
            text += f" met {format_value(values[f'{LIST_NAMES[name]}: {unit}'], COUNT)} {unit}"
        return text

    parts = []
    risers, fallers = counted("stijgers"), counted("dalers")
    if risers is not None:
        parts.append(f"Stijgers sinds {settings.base_year}: {risers}; dalers: {fallers}.")
    else:
        parts.append("Stijgers en dalers zijn niet te bepalen (één meting).")
    pressure = counted("onder_druk")
    if pressure is not None:
        parts.append(f"Structureel onder druk: {pressure}.")
    else:
        parts.append(f"Welke {level.plural} structureel onder druk staan is niet te bepalen (te weinig metingen).")
    return " ".join(parts)


def differences_sentence(summary, settings):
    """The sentence on the gap between the weak and the strong areas of the base year (the `differences` analysis,
    the rows of core/annex.gap_labels in the key figures): 'Het verschil tussen de zwakke buurten (in 2022 onvoldoende
    of lager: 6) en de sterke (ruim voldoende of beter: 37) was in 2024 0,512 (afw), +0,148 sinds 2022: het werd
    groter doordat de zwakke buurten daalden.' '' without a base year or without areas scored in both years."""
    if settings.base_year is None:
        return ""
    labels = gap_labels(settings)
    values = dict(zip(summary["kenmerk"], summary["gemeente"]))
    if labels[PATTERN] not in values or not values[labels[PATTERN]]:
        return ""
    b, y, p, d = settings.base_year, settings.year, settings.level.plural, settings.differences
    words = summary.attrs["class_labels"]
    weak = f"{words[d.weak_max_class - 1]} of lager" if d.weak_max_class > 1 else words[0]
    strong = f"{words[d.strong_min_class - 1]} of beter" if d.strong_min_class < len(words) else words[-1]
    pattern = values[labels[PATTERN]]
    if pattern == NO_WEAK:
        return f"In {b} scoorde geen van de {p} {weak}: er is geen verschil tussen zwakke en sterke {p} te volgen."
    if pattern == NO_STRONG:
        return f"In {b} scoorde geen van de {p} {strong}: er is geen verschil tussen zwakke en sterke {p} te volgen."
    how = {WEAK_FALLS: f"het werd groter doordat de zwakke {p} daalden",
           WEAK_RISES_LESS: f"het werd groter: de zwakke {p} stegen, maar minder dan de sterke",
           GAP_SMALLER: "het werd niet groter"}[pattern]
    n_weak, n_strong = (format_value(values[labels[k]], COUNT) for k in (N_WEAK, N_STRONG))
    return (f"Het verschil tussen de zwakke {p} (in {b} {weak}: {n_weak}) en de sterke ({strong}: {n_strong}) was in "
            f"{y} {format_value(values[labels['gap_b']], SCORE)} (afw), {format_value(values[labels[DGAP]], CHANGE)} "
            f"sinds {b}: {how}.")


def laaglaag_sentence(tables, settings):
    """The sentence on low status and low livability together, from the key figures the inequality analysis's
    fields give (core/annex._laaglaag_rows); '' when the areas are not its output. 'Lage status en lage leefbaarheid
    vallen samen (laaglaag) in 6 van de 100 buurten met een status, met 13.710 huishoudens; 3 ervan liggen in een
    cluster van zulke buurten.'"""
    level, unit = settings.level, settings.unit
    values = dict(zip(tables["samenvatting"]["kenmerk"], tables["samenvatting"]["gemeente"]))
    known = values.get(LAAGLAAG_ROWS["known"].format(plural=level.plural))
    if known is None:
        return ""
    if not known:
        return f"Van geen van de {level.plural} is de sociale status bekend: laaglaag is niet te bepalen."
    n = values[LAAGLAAG_ROWS["n"].format(plural=level.plural)]
    of = f"{format_value(known, COUNT)} {level.singular if known == 1 else level.plural} met een status"
    if not n:
        return f"Lage status en lage leefbaarheid vallen in geen van de {of} samen (laaglaag)."
    sentence = f"Lage status en lage leefbaarheid vallen samen (laaglaag) in {format_value(n, COUNT)} van de {of}"
    if settings.weighted:
        sentence += f", met {format_value(values[LAAGLAAG_ROWS['w'].format(unit=unit)], COUNT)} {unit}"
    cl = values[LAAGLAAG_ROWS["cluster"].format(plural=level.plural)]
    sentence += (f"; {format_value(cl, COUNT)} ervan {'ligt' if cl == 1 else 'liggen'} in een cluster van zulke "
                 f"{level.plural}" if cl else f"; geen ervan ligt in een cluster van zulke {level.plural}")
    return sentence + "."
