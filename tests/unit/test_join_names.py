"""core.join.name_mismatches without QGIS: names of matched codes compared, by hand-built cases."""
import numpy as np


def test_normal_names_ignore_case_accents_spaces_and_punctuation():
    from leefbaarometer.core.join import normal_names

    got = normal_names(["Ermelo - Noord", "ermelo-noord", "'s Heerenloo", "s Heerenloo", "Súdwaard ", None, "  ",
                        float("nan"), "Ermelo-Oost"])
    assert got.tolist() == ["ermelo noord", "ermelo noord", "s heerenloo", "s heerenloo", "sudwaard", None, None,
                            None, "ermelo oost"]


def test_name_mismatches_counts_and_examples_in_code_order():
    from leefbaarometer.core.join import name_mismatches

    score_keys = np.array(["BU1", "BU2", "BU3", "BU4", "BU5", "BU6"], dtype=object)
    score_names = ["Noord", "Oost", "Zuid", None, "Súdwaard", "Centrum"]
    # geometry in another order; BU9 has no scores, BU6 no geometry; BU4 (no name in the scores) and BU5 (accents
    # only) do not count
    geom_keys = np.array(["BU3", "BU9", "BU5", "BU1", "BU4", "BU2"], dtype=object)
    geom_names = ["West", "Haven", "SUDWAARD", "Oost", "Markt", "oost"]
    check = name_mismatches(score_keys, score_names, geom_keys, geom_names)
    assert (check.compared, check.differ) == (4, 2)
    assert check.examples == [("BU1", "Noord", "Oost"), ("BU3", "Zuid", "West")]
    assert check.message().startswith("2 of 4 matched codes have another name in the geometry layer than in the "
                                      "scores: BU1: scores 'Noord', geometry 'Oost'; BU3: scores 'Zuid', geometry 'West'.")


def test_at_most_five_examples():
    from leefbaarometer.core.join import name_mismatches

    keys = np.array([f"BU{n:02d}" for n in range(12)], dtype=object)
    check = name_mismatches(keys, [f"a{n}" for n in range(12)], keys[::-1], [f"b{n}" for n in range(12)])
    assert (check.compared, check.differ) == (12, 12)
    assert [c for c, _, _ in check.examples] == ["BU00", "BU01", "BU02", "BU03", "BU04"]
    assert check.examples[0] == ("BU00", "a0", "b11")
    assert "(first 5 shown)" in check.message()
