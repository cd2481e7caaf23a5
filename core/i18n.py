"""Translation of user-facing text, QGIS-free.

Source strings are English. Code that shows text calls tr("…") (with str.format for values, never an f-string, so
that the whole sentence is one translatable string); constants that are shown later are marked with tr_noop("…")
and passed through tr() where they are shown. scripts/i18n.py finds both and keeps i18n/leefbaarometer_nl.ts up to
date. The plugin installs Qt's translator (processing/__init__.py); without it, for instance in the unit tests,
tr() returns the English text.
"""
CONTEXT = "Leefbaarometer"  # one stable context for every string of the plugin (see scripts/i18n.py)
_translate = None


def install(translate):
    """Route tr() through `translate(context, text)` (QCoreApplication.translate); None restores English."""
    global _translate
    _translate = translate


def tr(text):
    """`text` in the user's language, or as it is when there is no translation."""
    return _translate(CONTEXT, text) if _translate is not None and text else text


def tr_noop(text):
    """Marks a constant for translation (Qt's QT_TRANSLATE_NOOP): returned unchanged, translated where shown."""
    return text
