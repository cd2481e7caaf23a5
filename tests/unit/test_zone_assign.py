"""core.zone_assign without QGIS: the choice among overlaps, eligible zones, field names, on hand-built arrays."""
import numpy as np


def test_largest_overlap_sums_parts_breaks_ties_by_code_and_leaves_units_without_overlap():
    from leefbaarometer.core.zone_assign import largest_overlap

    # unit 0: zone 1 (30) against zone 0 (20 + 15 in two features = 35): zone 0 wins on the sum
    # unit 1: zones 2 and 1 tie at 50: the lower number (the lower code) wins
    # unit 2: only a zero-area touch of zone 2: no zone; unit 3: no overlap at all
    unit = [0, 0, 0, 1, 1, 2]
    zone = [1, 0, 0, 2, 1, 2]
    area = [30.0, 20.0, 15.0, 50.0, 50.0, 0.0]
    chosen, best, count = largest_overlap(unit, zone, area, 4)
    assert chosen.tolist() == [0, 1, -1, -1]
    assert best.tolist() == [35.0, 50.0, 0.0, 0.0]
    assert count.tolist() == [2, 2, 0, 0]
    chosen, best, count = largest_overlap([], [], [], 2)
    assert chosen.tolist() == [-1, -1] and count.tolist() == [0, 0]


def test_pseudo_gemeente_and_zones_without_a_code_are_never_eligible():
    from leefbaarometer.core.zone_assign import eligible

    codes = ["GM0744", "GM0998", None, "", " ", "GM0796", "X1"]
    names = ["Baarle-Nassau", "Buitenland", "Zee", "Leeg", None, "'s-Hertogenbosch", "BUITENLAND"]
    assert eligible(codes, names).tolist() == [True, False, False, False, False, True, False]
    assert eligible(["gm0998", "GM0001"]).tolist() == [False, True]


def test_output_fields_follow_the_level_of_the_codes():
    from leefbaarometer.core.zone_assign import output_fields
    from leefbaarometer.core.zone_assign import zone_level

    assert output_fields(["GM0796", "GM0744"]) == ("gm_code", "gm_naam")
    assert output_fields(["WK079601", "WK079602"]) == ("wk_code", "wk_naam")
    assert output_fields(["GM0796", "WK079601"]) == ("zone_code", "zone_name")
    assert output_fields(["noord", "zuid"]) == ("zone_code", "zone_name")
    assert zone_level([None, "GM0001"]) == "gemeente" and zone_level([]) is None


def test_code_and_name_fields_are_detected_in_pairs():
    from leefbaarometer.core.zone_assign import zone_fields

    cbs = ["id", "gemeentecode", "gemeentenaam", "water", "aantalInwoners"]
    assert zone_fields(cbs) == ("gemeentecode", "gemeentenaam")
    assert zone_fields(["statcode", "statnaam"]) == ("statcode", "statnaam")
    assert zone_fields(["GM_CODE", "GM_NAAM"]) == ("GM_CODE", "GM_NAAM")
    # a CBS wijk layer carries its gemeente too: the wijk (finest level) is meant
    assert zone_fields(["wijkcode", "wijknaam", "gemeentecode", "gemeentenaam"]) == ("wijkcode", "wijknaam")
    # chosen fields win; a code without a name of its own takes any name field
    assert zone_fields(cbs, "id", "water") == ("id", "water")
    assert zone_fields(["code", "omschrijving", "name"]) == ("code", "name")
    assert zone_fields(["fid", "oppervlak"]) == (None, None)


def test_bounding_boxes_that_meet_a_box():
    from leefbaarometer.core.zone_assign import box_overlaps

    boxes = np.array([[0, 0, 1, 1], [2, 2, 3, 3], [1, 1, 2, 2], [np.nan] * 4])
    assert box_overlaps(boxes, (0.5, 0.5, 1.5, 1.5)).tolist() == [0, 2]
    assert box_overlaps(boxes, (3, 3, 4, 4)).tolist() == [1]  # touching counts: GEOS decides
    assert box_overlaps(boxes, (5, 5, 6, 6)).tolist() == []


def test_split_units_are_listed_by_smallest_share():
    from leefbaarometer.core.zone_assign import split_units

    chosen = np.array([0, 1, 1, -1])
    best = np.array([60.0, 80.0, 100.0, 0.0])
    count = np.array([2, 3, 1, 0])
    n, below, smallest = split_units(chosen, best, count, np.array([100.0, 100.0, 100.0, 50.0]), ["a", "b", "c", "d"],
                                     limit=1)
    assert (n, below) == (2, 2) and smallest == [("a", 0.6, 0)]
    assert split_units(chosen, best, count, np.array([100.0, 80.0, 100.0, 50.0]), list("abcd"))[1] == 1  # b: 100 %
