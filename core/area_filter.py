"""Filters on gemeente and year, written as one SQL condition that the data source runs itself.

The same text is valid SQL for PostgreSQL, GeoPackage/SQLite and OGR, and a valid QGIS expression, so a
PostGIS table sends back only the rows asked for. Names are quoted here and nowhere else: an identifier in
double quotes with `"` doubled, a text in single quotes with `'` doubled, so no name or value can end the
quoted part and change the SQL around it.
"""
import re

from .errors import LbmInputError
from .i18n import tr
from .schema import AREA_CODE_FIELDS
from .schema import GEMEENTE_CODE_FIELDS

_CODE = re.compile(r"^(?:GM)?(\d{1,4})$", re.IGNORECASE)
# Up to this many gemeenten a buurt or wijk code is filtered with LIKE 'BU0363%' (a database index can serve it),
# beyond it with substr(code, 1, 6) IN (…): one expression for any number of gemeenten.
LIKE_CODES = 20


def quote_identifier(name):
    return '"' + str(name).replace('"', '""') + '"'


def quote_literal(text):
    return "'" + str(text).replace("'", "''") + "'"


def parse_gemeente_codes(text):
    """['GM0363', 'GM0599'] from 'GM0363, 599; gm0599'; an error names anything that is not a gemeente code."""
    parts = [p for p in re.split(r"[\s,;]+", text or "") if p]
    codes, bad = [], []
    for p in parts:
        m = _CODE.match(p)
        if m:
            codes.append("GM" + m.group(1).zfill(4))
        else:
            bad.append(p)
    if bad:
        raise LbmInputError(tr("not a gemeente code: {bad} (write GM0363, or 363)").format(bad=', '.join(bad[:5])))
    return list(dict.fromkeys(codes))


def _find(field_names, wanted):
    lower = {n.lower(): n for n in field_names}
    return next((lower[w] for w in wanted if w in lower), None)


def gemeente_condition(field_names, codes, field=None):
    """An SQL condition selecting the rows of gemeenten `codes` in a layer with `field_names`.

    Uses a gemeente code field when there is one (`"gm_code" IN ('GM0363')`), else a buurt or wijk code
    (`"bu_code" LIKE 'BU0363%'`). A `field` chosen by the user may hold either kind of code.
    """
    if not codes:
        return ""
    if field is not None and field not in field_names:
        raise LbmInputError(tr("the layer has no field '{field}'").format(field=field))
    gm_field = None if field else _find(field_names, GEMEENTE_CODE_FIELDS)  # tried in this order, case-insensitively
    if gm_field is not None:
        return f"{quote_identifier(gm_field)} IN ({', '.join(quote_literal(c) for c in codes)})"
    area_field = field or _find(field_names, AREA_CODE_FIELDS)
    if area_field is None:
        raise LbmInputError(
            tr("a gemeente filter needs a field with the gemeente code (gm_code, gemeentecode) or with buurt or wijk codes "
               "(bu_code, wk_code, code); the layer has {field_names}. Add gemeente codes to the layer first (for grid cells: join "
               "the CBS square statistics, which carry gemeentecode).").format(field_names=', '.join(list(field_names)[:12]))
        )
    digits = [c[2:] for c in codes]
    column = quote_identifier(area_field)
    # Buurt and wijk codes start with BU/WK and the gemeente's four digits; a gemeente code equals GMdddd.
    same = f"{column} IN ({', '.join(quote_literal(c) for c in codes)})"
    if len(codes) > LIKE_CODES:
        # One LIKE per code nests one level deeper per code: SQLite refuses a few hundred ("Expression tree is too
        # large") and checks each row against every one. The first six characters against one list instead.
        prefixes = ", ".join(quote_literal(prefix + d) for d in digits for prefix in ("BU", "WK"))
        return f"(substr({column}, 1, 6) IN ({prefixes}) OR {same})"
    terms = [f"{column} LIKE {quote_literal(prefix + d + '%')}" for d in digits for prefix in ("BU", "WK")]
    return "(" + " OR ".join(terms + [same]) + ")"


def year_condition(year_field, first=None, last=None, as_text=False):
    """`"jaar" >= 2016 AND "jaar" <= 2024` (either end may be open).

    A year column of text (a CSV loaded as it is) compares as text: four-digit years sort the same way.
    """
    value = quote_literal if as_text else (lambda y: str(int(y)))
    terms = []
    if first is not None:
        terms.append(f"{quote_identifier(year_field)} >= {value(int(first))}")
    if last is not None:
        terms.append(f"{quote_identifier(year_field)} <= {value(int(last))}")
    return " AND ".join(terms)


def parse_year_range(text):
    """(first, last) from '2016-2024', '2016-', '-2020' or '2020'; (None, None) when empty."""
    text = (text or "").strip()
    if not text:
        return None, None
    m = re.match(r"^(\d{4})?\s*(-)?\s*(\d{4})?$", text)
    if not m or not (m.group(1) or m.group(3)):
        raise LbmInputError(tr("a year range is written 2016-2024, 2016- or -2020, not '{text}'").format(text=text))
    first = int(m.group(1)) if m.group(1) else None
    last = int(m.group(3)) if m.group(3) else (first if not m.group(2) else None)
    if first is not None and last is not None and first > last:
        raise LbmInputError(tr("the year range {text} ends before it starts").format(text=text))
    return first, last


def combine(*conditions):
    """`(a) AND (b)` of the non-empty conditions."""
    parts = [c for c in conditions if c]
    return parts[0] if len(parts) == 1 else " AND ".join(f"({c})" for c in parts)
