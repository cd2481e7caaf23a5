"""The annex's figures per gemeente and year, its text and the overview, without QGIS, on numbers worked out by hand."""
import numpy as np
import pandas as pd
import pytest

MINUS = "\u2212"


def small_layer():
    """Six areas in two gemeenten over three years; dimensions in the last two years only."""
    from leefbaarometer.core.scoredata import ScoreData

    data = ScoreData(n=6)
    afw = {2014: [-0.30, -0.20, 0.00, 0.10, 0.20, np.nan], 2016: [-0.32, -0.10, 0.02, 0.12, 0.18, 0.05],
           2018: [-0.40, -0.05, 0.03, 0.12, 0.20, 0.06]}
    for y, v in afw.items():
        data.values[("afw", y)] = np.array(v)
    for y in (2016, 2018):
        for d in ("fys", "onv", "soc", "vrz", "won"):
            # dimensions summing to afw: onv carries all of it, the others 0
            data.values[(d, y)] = np.array(afw[y]) if d == "onv" else np.zeros(6)
    return data


def test_means_and_group_weights_per_gemeente_and_year():
    from leefbaarometer.core.release import load_release
    from leefbaarometer.core.series import GROUPS3
    from leefbaarometer.core.series import group_weights
    from leefbaarometer.core.series import means
    from leefbaarometer.core.series import zone_index

    data, release = small_layer(), load_release()
    names, zone = zone_index(["GM2", "GM1", "GM1", None, "GM2", "GM2"])
    assert names == ["GM1", "GM2"] and zone.tolist() == [1, 0, 0, -1, 1, 1]
    w = np.array([10.0, 20.0, 30.0, 40.0, 50.0, 60.0])
    m = means(data, release, zone, 2, w, [2014, 2016])
    # GM1: (20·−0.20 + 30·0.00) / 50; GM2 2014: (10·−0.30 + 50·0.20) / 60 (the sixth area has no score)
    assert m[0, 0] == pytest.approx(-0.08) and m[1, 0] == pytest.approx(7.0 / 60)
    assert m[1, 1] == pytest.approx((10 * -0.32 + 50 * 0.18 + 60 * 0.05) / 120)
    classes = [release.total_class(data.afw(y, 0)).astype(int) for y in (2014, 2018)]
    g = group_weights(classes, zone, 2, w, GROUPS3)
    # 2018: −0.40 is class 2 (−0.4318 … −0.3541), −0.05 class 6, 0.03 class 7, 0.20 and 0.06 classes 9 and 7
    assert g["w13"][:, 1].tolist() == [0.0, 10.0] and g["w4"][:, 1].tolist() == [0.0, 0.0]
    assert g["w59"][:, 1].tolist() == [50.0, 110.0]
    # 2014: −0.20 is zwak (class 4), −0.30 class 3; the sixth area has no score and counts in no group
    assert g["w4"][:, 0].tolist() == [20.0, 0.0] and g["w13"][:, 0].tolist() == [0.0, 10.0]
    assert g["w59"][:, 0].tolist() == [30.0, 50.0]


def tables_of(gemeente="GM1", **settings_kw):
    from leefbaarometer.core.annex import AnnexSettings
    from leefbaarometer.core.annex import annex_tables
    from leefbaarometer.core.levels import LEVELS
    from leefbaarometer.core.neighbours import symmetric
    from leefbaarometer.core.release import load_release

    data = small_layer()
    settings = AnnexSettings(2018, 2016, years=(2014, 2016, 2018), level=LEVELS["wijk"], **settings_kw)
    codes = np.array([f"WK00010{i}" for i in range(6)], dtype=object)
    gm = np.array(["GM2", "GM1", "GM1", "GM1", "GM2", "GM2"], dtype=object)
    tables, index = annex_tables(data, load_release(), codes, None, gm, np.array([10.0, 20.0, 30.0, 40.0, 50.0, 60.0]),
                                 symmetric(np.array([(0, 1), (1, 2), (2, 3), (3, 4), (4, 5)])), settings,
                                 {"GM1": "Eenstad", "GM2": "Tweedorp"}, {"GM1": "G4", "GM2": "overig"})
    return tables[gemeente], index


def test_development_tables_hold_full_values_and_their_change():
    t, index = tables_of()
    dev = t["ontwikkeling"]
    assert dev.columns.tolist() == ["Jaar", "Gemeente", "Klasse", "Alle wijken", "G4", "fys", "onv", "soc", "vrz", "won"]
    # GM1 2018: (20·−0.05 + 30·0.03 + 40·0.12) / 90, not rounded
    assert dev.Gemeente.iloc[2] == (20 * -0.05 + 30 * 0.03 + 40 * 0.12) / 90
    assert np.isnan(dev.fys.iloc[0]) and dev.onv.iloc[2] == pytest.approx(dev.Gemeente.iloc[2])
    everyone_2014 = (10 * -0.30 + 20 * -0.20 + 30 * 0.0 + 40 * 0.10 + 50 * 0.20) / 150
    assert dev["Alle wijken"].iloc[0] == pytest.approx(everyone_2014)
    assert dev.G4.tolist() == pytest.approx(dev.Gemeente.tolist())  # GM1 is the only G4 gemeente here
    change = t["verandering_gemiddelde"]
    assert change.Verandering.tolist() == ["sinds 2014 (eerste meting)", "sinds 2016 (vorige meting)"]
    assert change.Gemeente.iloc[1] == pytest.approx(dev.Gemeente.iloc[2] - dev.Gemeente.iloc[1])
    assert np.isnan(change.fys.iloc[0]) and change.onv.iloc[1] == pytest.approx(change.Gemeente.iloc[1])
    groups = t["klassengroepen"]
    assert groups.columns.tolist() == ["Jaar", "Onvoldoende of lager", "Zwak", "Voldoende of hoger", "Totaal",
                                       "Verschil 1–3", "Verschil 4", "Verschil 5–9"]
    assert np.isnan(groups["Verschil 1–3"].iloc[0])
    assert index.columns.tolist()[:5] == ["gemeentecode", "wijken", "huishoudens", "afw", "klasse"]


def numbers_in(text):
    import re

    return re.findall(r"[+\u2212]?\d[\d.]*(?:,\d+)?", text)


def test_text_numbers_are_cells_of_the_tables():
    """Every number of the text, as written, is a cell of one of the annex's tables as printed."""
    from leefbaarometer.core.annex import column_kinds
    from leefbaarometer.core.numformat import format_value

    t, _ = tables_of()
    text = " ".join(t["tekst"].tekst)
    printed = set()
    for name, df in t.items():
        if df is None or name == "tekst":
            continue
        rows = df.attrs.get("row_kinds")
        kinds = column_kinds(df)
        for i, row in enumerate(df.itertuples(index=False)):
            for c, v in zip(df.columns, row):
                kind = rows[i] if rows is not None and c != df.columns[0] else kinds[c]
                printed.add(format_value(v, kind))
    found = numbers_in(text)
    assert len(found) >= 6, text
    assert [n for n in found if n not in printed] == [], text
    assert text.startswith("In 2018 scoort Eenstad gemiddeld ")
    assert "sinds 2016 (de vorige meting)" in text and "vooral door overlast en onveiligheid" in text


def test_text_without_weights_and_with_one_year():
    from leefbaarometer.core.annex import AnnexSettings
    from leefbaarometer.core.annex import annex_tables
    from leefbaarometer.core.levels import LEVELS
    from leefbaarometer.core.release import load_release

    data = small_layer()
    settings = AnnexSettings(2018, None, weighted=False, years=(2018,), level=LEVELS["pc4"])
    tables, _ = annex_tables(data, load_release(), np.array([f"{1000 + i}" for i in range(6)], dtype=object), None,
                             np.array(["GM1"] * 6, dtype=object), np.ones(6), None, settings, {"GM1": "Eenstad"})
    text = " ".join(tables["GM1"]["tekst"].tekst)
    assert "Er is één meting (2018): een verandering is niet te bepalen." in text
    assert "scoort 1 postcodegebied onvoldoende of lager" in text  # −0.40: class 2
    assert "Stijgers en dalers zijn niet te bepalen (één meting)." in text
    assert "huishoudens" not in text and tables["GM1"]["verandering_gemiddelde"] is None


def test_gap_between_weak_and_strong_areas_in_the_key_figures_and_the_text():
    """The `differences` analysis in the annex: the weak (class ≤ 3) and strong (class ≥ 6) wijken of 2016, weighted by
    households, in the key figures of the gemeente and of all wijken, and a sentence whose numbers are those cells."""
    from leefbaarometer.core.release import load_release

    cuts = np.asarray(load_release().total_cutpoints_afw, dtype=float)
    k2016 = np.searchsorted(cuts, [-0.32, -0.10, 0.02, 0.12, 0.18, 0.05], side="right") + 1
    assert k2016.tolist()[0] <= 3 and (k2016[[4, 5]] >= 6).all() and (k2016[1:4] > 3).all()
    t, _ = tables_of("GM2")  # wijken 0 (weak: −0.32 → −0.40, 10 households), 4 and 5 (strong, 50 and 60)
    rows = t["samenvatting"].set_index("kenmerk")
    strong_2016, strong_2018 = (50 * 0.18 + 60 * 0.05) / 110, (50 * 0.20 + 60 * 0.06) / 110
    gap_2016, gap_2018 = strong_2016 + 0.32, strong_2018 + 0.40
    g = rows["gemeente"]
    assert (g["zwakke wijken (klasse ≤ 3 in 2016)"], g["sterke wijken (klasse ≥ 6 in 2016)"]) == (1, 2)
    assert g["verschil sterk − zwak 2016"] == pytest.approx(gap_2016)
    assert g["verschil sterk − zwak 2018 (dezelfde wijken)"] == pytest.approx(gap_2018)
    assert g["verandering verschil sinds 2016"] == pytest.approx(gap_2018 - gap_2016)
    assert g["patroon van het verschil"] == "zwak daalt"
    assert rows["alle wijken"]["zwakke wijken (klasse ≤ 3 in 2016)"] == 1
    strong_all = [(4, 0.18, 0.20, 50), (5, 0.05, 0.06, 60)] + [(i, a, b, w) for i, a, b, w in
                                                              ((1, -0.10, -0.05, 20), (2, 0.02, 0.03, 30), (3, 0.12, 0.12, 40))
                                                              if k2016[i] >= 6]
    weights = sum(w for *_, w in strong_all)
    gap_all = (sum(b * w for _, _, b, w in strong_all) / weights + 0.40, sum(a * w for _, a, _, w in strong_all) / weights + 0.32)
    assert rows["alle wijken"]["verschil sterk − zwak 2018 (dezelfde wijken)"] == pytest.approx(gap_all[0])
    assert rows["alle wijken"]["verschil sterk − zwak 2016"] == pytest.approx(gap_all[1])
    text = " ".join(t["tekst"].tekst)
    assert (f"Het verschil tussen de zwakke wijken (in 2016 onvoldoende of lager: 1) en de sterke (ruim voldoende of beter: "
            f"2) was in 2018 {gap_2018:.3f} (afw), +{gap_2018 - gap_2016:.3f} sinds 2016: het werd groter doordat de zwakke "
            "wijken daalden.").replace("0.", "0,") in text
    other = " ".join(tables_of("GM1")[0]["tekst"].tekst)
    assert "In 2016 scoorde geen van de wijken onvoldoende of lager: er is geen verschil tussen zwakke en sterke wijken" in other


def test_overview_counts_gemeenten_per_class_and_ranks_risers_and_fallers():
    from leefbaarometer.core.overview import overview_tables
    from leefbaarometer.core.release import load_release

    index = pd.DataFrame({"gemeentecode": [f"GM000{i}" for i in range(7)],
                          "afw": [-0.40, -0.20, 0.0, 0.05, 0.10, 0.20, 0.02],
                          "afw basisjaar": [-0.30, -0.25, 0.01, 0.05, 0.02, 0.10, np.nan],
                          "huishoudens": [100.0, 200.0, 300.0, 400.0, 500.0, 600.0, 700.0]})
    out = overview_tables(index, {"GM0001": "Een"}, load_release(), 2022, 2020, "huishoudens")
    classes = out["klassenverdeling"]
    # −0.40 class 2, −0.20 class 4, 0.0 class 6 (below 0.0102), 0.02 and 0.05 class 7, 0.10 class 8, 0.20 class 9
    assert classes["Gemeenten 2022"].tolist() == [0, 1, 0, 1, 0, 1, 2, 1, 1]
    assert classes["Huishoudens 2022"].tolist() == [0, 100, 0, 200, 0, 300, 1100, 500, 600]
    up, down = out["grootste_stijgers"], out["grootste_dalers"]
    assert up.Code.tolist() == ["GM0005", "GM0004", "GM0001"] and up.Gemeente.tolist()[2] == "Een"
    assert down.Code.tolist() == ["GM0000", "GM0002"]  # GM0003 did not change, GM0006 has no base year
    assert up["Verandering afw"].iloc[0] == pytest.approx(0.10)


def test_release_note_says_which_table_and_why():
    from leefbaarometer.core.annex import release_note
    from leefbaarometer.core.release import load_release

    release = load_release()
    assert release_note(release, [2024]).startswith("Klassen volgens de tabel van Leefbaarometer 3.0, release 2024; die "
                                                    "past bij de gegevens")
    note = release_note(release, [2002, 2022])
    assert "niet van de release van de gegevens: die lopen tot en met 2022, dus release 2022" in note
    assert "heeft de plugin geen klassentabel" in note


def test_years_print_as_years():
    from leefbaarometer.core.numformat import YEAR
    from leefbaarometer.core.numformat import dutch_number
    from leefbaarometer.core.numformat import format_value

    assert format_value(2022, YEAR) == "2022" and format_value(2022.0, YEAR) == "2022"
    assert dutch_number(-1234.5, 0) == f"{MINUS}1.235" and dutch_number(0.0916, 3, sign=True) == "+0,092"


def test_weight_kinds_from_the_field_name():
    from leefbaarometer.core.annex import weight_kind

    assert [weight_kind(f) for f in ("aantal_huishoudens", "aantal_woningen", "aantal_inwoners", "inw", "hh", None)] == [
        "huishoudens", "woningen", "inwoners", "inwoners", "huishoudens", "huishoudens"]
