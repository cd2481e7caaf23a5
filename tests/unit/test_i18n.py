"""The translation: every string the code marks for translation has a finished Dutch translation in the .ts, with
the same placeholders, markup and outer spaces, and the shipped .qm is the .ts compiled (scripts/i18n.py)."""
import importlib.util
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("lbm_i18n_tool", ROOT / "scripts" / "i18n.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()
STRINGS = TOOL.source_strings()
DUTCH = TOOL.read_ts(TOOL.ts_path("nl"))


def _placeholders(text):
    return sorted(re.findall(r"\{\{|\}\}|\{[^{}]*\}", text))


def _tags(text):
    return sorted(re.findall(r"</?\w+>", text))


def test_the_code_marks_the_strings_the_user_reads():
    sources = {text for _, text in STRINGS}
    # A few of each kind, from their own modules: algorithm name, parameter, help, error, legend, panel, layer name.
    for text in ("Hot and cold spots", "Significance level", "Hot and cold spots {measure} {year}", "Early warning {year} (indicative)",
                 "hot spot: high scores clustered", "not significant", "no score", "Area profile", "Save as map theme",
                 "the input layer has no features", "give 1 to 8 user breaks (for at most 9 classes); got {n_breaks}",
                 "<p><b>Parameters and defaults</b></p>", "Leefbaarometer panel"):
        assert text in sources
    assert len(sources) > 450


def test_every_string_has_a_finished_dutch_translation():
    missing = [text for key, text in ((k, k[1]) for k in STRINGS) if not DUTCH.get(key, ("", False))[1]
               or not DUTCH[key][0].strip()]
    assert missing == []
    # Not the English copied over: apart from codes, names and numbers, the Dutch differs.
    same = [text for key, text in ((k, k[1]) for k in STRINGS) if DUTCH[key][0] == text and re.search(r"[a-z]{4}", text)]
    assert set(same) <= {"Leefbaarometer {level} {years}", "Clusters", "Scores", "Zones", "Spreadsheet", "{what}: {message}",
                         "{code} {name}: {exc}", "{n}/{total}: {code} {name}", "{measure} {year}", "{year}: {hot} hot, {cold} cold",
                         "Analyses (Processing)", "zones", "{n_table} clusters ({crit})", "Gemeenten",
                         "{crit}: {risers} stijgers, {fallers} dalers, {sliders} afglijders",
                         "buurt", "wijk", "gemeente", "postcode (PC4)", ", gemeenten {selection}"}


def test_translations_keep_placeholders_markup_and_outer_spaces():
    wrong = []
    for key in STRINGS:
        source, dutch = key[1], DUTCH[key][0]
        if (_placeholders(source) != _placeholders(dutch) or _tags(source) != _tags(dutch)
                or source[:1].isspace() != dutch[:1].isspace() or source[-1:].isspace() != dutch[-1:].isspace()):
            wrong.append(source)
    assert wrong == []


def test_the_leefbaarometer_terms():
    def nl(text):
        return DUTCH[(TOOL.CONTEXT, text)][0]

    assert [nl(t) for t in ("Physical environment", "Nuisance and insecurity", "Social cohesion", "Amenities",
                            "Housing stock")] == ["Fysieke omgeving", "Overlast en onveiligheid", "Sociale samenhang",
                                                  "Voorzieningen", "Woningvoorraad"]
    assert nl("Risers and fallers") == "Stijgers en dalers" and nl("Early warning") == "Vroegsignalering"
    assert nl("Structurally under pressure") == "Structureel onder druk"
    assert nl("Deviation from the national average") == "Afwijking van het landelijk gemiddelde"


def test_a_translated_call_of_an_f_string_is_refused(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text('x = 1\nmessage = tr(f"{x} units")\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad.py:2"):
        TOOL.strings_in(bad)


@pytest.mark.skipif(shutil.which("lrelease") is None, reason="lrelease (Debian: qttools5-dev-tools) is not installed")
def test_the_shipped_qm_is_the_ts_compiled(tmp_path):
    qm = tmp_path / "nl.qm"
    TOOL.compile_qm(TOOL.ts_path("nl"), qm)
    assert qm.read_bytes() == TOOL.qm_path("nl").read_bytes(), "run: .venv/bin/python scripts/i18n.py"


def test_the_qm_goes_into_the_plugin_zip():
    # scripts/package.sh zips the committed files (git archive) minus what .gitattributes marks export-ignore.
    tracked = subprocess.run(["git", "ls-files", "i18n"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    assert "i18n/leefbaarometer_nl.qm" in tracked
    attrs = subprocess.run(["git", "check-attr", "export-ignore", "i18n/leefbaarometer_nl.qm", "i18n/leefbaarometer_nl.ts"],
                           cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert "leefbaarometer_nl.qm: export-ignore: unspecified" in attrs and "leefbaarometer_nl.ts: export-ignore: set" in attrs
