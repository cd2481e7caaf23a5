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


def years_text(years):
    """'2014–2022' for a span of measurements, '2022' for one: the years in an output's name."""
    years = sorted(int(y) for y in years)
    if not years:
        return ""
    return str(years[0]) if years[0] == years[-1] else f"{years[0]}–{years[-1]}"


def _not_in_layer(year, have):
    return LbmInputError(tr("year {y} is not in the layer; it has {years}").format(y=year, years=", ".join(map(str, have)) or "-"))


def last_year(available, year=None):
    """The year a one-year tool works on: `year` if given (checked), else the layer's last measurement."""
    have = sorted(available)
    if year is None:
        if not have:
            raise LbmInputError(tr("the layer has no total scores (afw or lbm) of any year"))
        return have[-1]
    if year not in have:
        raise _not_in_layer(year, have)
    return year


def year_pair(available, year_from=None, year_to=None, first=START_YEAR, second=END_YEAR):
    """(from, to) of a two-year tool. Defaults follow the data: `to` the layer's last measurement, `from` the
    measurement before `to`. Given years are checked against the layer and their order."""
    have = sorted(available)
    to = last_year(have, year_to)
    if year_from is None:
        earlier = [y for y in have if y < to]
        if not earlier:
            raise LbmInputError(tr("the {first} must come before {year}, and the layer has no measurement before it; it has "
                                   "{years}").format(first=tr(first), year=to, years=", ".join(map(str, have))))
        return earlier[-1], to
    if year_from not in have:
        raise _not_in_layer(year_from, have)
    check_year_order(year_from, to, first, second)
    return year_from, to
