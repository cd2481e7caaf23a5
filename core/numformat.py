"""Numbers in Dutch notation, as a gemeente publishes them: 45.063 huishoudens, −0,035 (a real minus sign).

Whole numbers (counts) carry no decimals, scores three. The same column kinds tell the spreadsheet which number
format to use, so the PDF and the XLSX show one number the same way.
"""
import math

MINUS = "\u2212"  # the typographic minus sign; a hyphen is not a minus in print

COUNT, COUNT_CHANGE, SCORE, CHANGE, TEXT, YEAR = "count", "count_change", "score", "change", "text", "year"
# Excel number formats per kind (Excel shows them in the reader's own locale, so "#,##0" is 45.063 in Dutch Excel).
# Cells hold the full value (0.0916…); the format only rounds what is shown (0,092), so a user's own sums do not drift.
EXCEL_FORMATS = {COUNT: "#,##0", COUNT_CHANGE: "+#,##0;-#,##0;0", SCORE: "0.000", CHANGE: "+0.000;-0.000;0.000", YEAR: "0"}


def is_missing(value):
    return value is None or (isinstance(value, float) and math.isnan(value))


def _group(digits):
    """'45063' -> '45.063'."""
    out = []
    while len(digits) > 3:
        out.insert(0, digits[-3:])
        digits = digits[:-3]
    out.insert(0, digits)
    return ".".join(out)


def dutch_int(value, sign=False):
    """45063 -> '45.063', −1200 -> '−1.200'; rounded half away from zero; `sign` adds '+' to positive numbers
    (changes); '' for a missing value."""
    if is_missing(value):
        return ""
    n = int(math.floor(abs(float(value)) + 0.5))
    return (MINUS if float(value) < 0 and n else ("+" if sign and n else "")) + _group(str(n))


def dutch_decimal(value, decimals=3, sign=False):
    """−0.0350 -> '−0,035'; 1234.5 -> '1.234,500'; `sign` adds '+' to positive numbers (changes)."""
    if is_missing(value):
        return ""
    text = f"{abs(float(value)):.{decimals}f}"
    whole, _, frac = text.partition(".")
    body = _group(whole) + ("," + frac if frac else "")
    zero = float(text) == 0
    prefix = MINUS if float(value) < 0 and not zero else ("+" if sign and not zero else "")
    return prefix + body


def format_value(value, kind):
    """A table cell as printed in the annex, by the column's kind (COUNT, COUNT_CHANGE, SCORE, CHANGE, YEAR or TEXT)."""
    if is_missing(value):
        return ""
    if kind == COUNT:
        return dutch_int(value)
    if kind == COUNT_CHANGE:
        return dutch_int(value, sign=True)
    if kind == SCORE:
        return dutch_decimal(value, 3)
    if kind == CHANGE:
        return dutch_decimal(value, 3, sign=True)
    if kind == YEAR:
        return str(int(value))
    return str(value)


def dutch_number(value, decimals, sign=False):
    """A number with `decimals` decimals in Dutch notation (whole numbers grouped: 45.063); the charts' ticks and
    values in annexes."""
    return dutch_decimal(value, decimals, sign) if decimals else dutch_int(value, sign)


def format_bytes(n):
    """A size for messages: 512 bytes, 3.4 MB, 1.2 GB (decimal units, one decimal)."""
    n = float(n)
    for unit, size in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{int(n)} bytes"
