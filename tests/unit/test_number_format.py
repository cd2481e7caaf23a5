"""Dutch number notation of the annexes (core/numformat.py, QGIS-free)."""
import math

from leefbaarometer.core.numformat import CHANGE
from leefbaarometer.core.numformat import COUNT
from leefbaarometer.core.numformat import COUNT_CHANGE
from leefbaarometer.core.numformat import MINUS
from leefbaarometer.core.numformat import SCORE
from leefbaarometer.core.numformat import TEXT
from leefbaarometer.core.numformat import dutch_decimal
from leefbaarometer.core.numformat import dutch_int
from leefbaarometer.core.numformat import format_value


def test_whole_numbers_group_thousands_with_a_dot():
    assert dutch_int(45063) == "45.063"
    assert dutch_int(45063.0) == "45.063"
    assert dutch_int(1234567) == "1.234.567"
    assert dutch_int(999) == "999"
    assert dutch_int(0) == "0"
    assert dutch_int(-1200) == MINUS + "1.200"
    assert dutch_int(2.5) == "3" and dutch_int(-2.5) == MINUS + "3"  # half away from zero, not banker's
    assert dutch_int(-0.2) == "0"  # no "−0"
    assert dutch_int(1200, sign=True) == "+1.200" and dutch_int(0, sign=True) == "0"


def test_decimals_use_a_comma_and_a_real_minus_sign():
    assert dutch_decimal(-0.035) == "\u22120,035"
    assert dutch_decimal(0.1890534) == "0,189"
    assert dutch_decimal(1234.5) == "1.234,500"
    assert dutch_decimal(-0.0004) == "0,000"  # rounds to zero: no sign
    assert dutch_decimal(0.012, sign=True) == "+0,012"
    assert dutch_decimal(-0.012, sign=True) == MINUS + "0,012"
    assert dutch_decimal(0.5, decimals=1) == "0,5"


def test_cells_by_kind_and_missing_values():
    assert format_value(45063.0, COUNT) == "45.063"
    assert format_value(-43000.0, COUNT_CHANGE) == MINUS + "43.000"
    assert format_value(-0.0350, SCORE) == MINUS + "0,035"
    assert format_value(0.0350, CHANGE) == "+0,035"
    assert format_value("=HYPERLINK(1)", TEXT) == "=HYPERLINK(1)"
    for kind in (COUNT, COUNT_CHANGE, SCORE, CHANGE, TEXT):
        assert format_value(None, kind) == "" and format_value(math.nan, kind) == ""
