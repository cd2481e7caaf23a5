"""Which years an algorithm works on: the YEARS text parsed and checked, and the order of two years."""
from .errors import LbmInputError
from .i18n import tr
from .i18n import tr_noop
from .schema import layout_of
from .schema import wide_fields


def parse_year_list(text):
    """[2022, 2024] from '2022, 2024', '2022;2024' or '2022 2024'; None when empty (all years)."""
    text = (text or "").replace(";", ",").replace(" ", ",")
    if not text.strip(","):
        return None
    try:
        return [int(t) for t in text.split(",") if t]
    except ValueError as exc:
        raise LbmInputError(tr("years must be numbers like 2022, 2024: {text}").format(text=text)) from exc


def choose_years(text, available):
    """The years of a YEARS text (empty: all available); years that are not available are an error naming
    what exists."""
    years = parse_year_list(text)
    if years is None:
        return sorted(available)
    missing = [y for y in years if y not in available]
    if missing:
        raise LbmInputError(
            tr("year(s) {missing} are not in the layer; it has {available}").format(missing=', '.join(map(str, missing)),
               available=', '.join(map(str, sorted(available))) or '-')
        )
    return years


START_YEAR, END_YEAR = tr_noop("start year"), tr_noop("end year")


def check_year_order(year_from, year_to, first=START_YEAR, second=END_YEAR):
    """Two years of a comparison must be distinct and in time order."""
    if year_from >= year_to:
        raise LbmInputError(tr("the {first} ({year_from}) must come before the {second} ({year_to})").format(first=tr(first),
                               year_from=year_from, second=tr(second), year_to=year_to))


def years_to_read(field_names, text):
    """The years of a YEARS text checked against a wide layer's total-score fields, before anything is read
    (so that only those years' fields are read); None for all years, or for a flat (WFS) layer."""
    if parse_year_list(text) is None or layout_of(field_names) != "wide":
        return None
    return choose_years(text, {y for (m, y) in wide_fields(field_names) if m in ("afw", "lbm")})
