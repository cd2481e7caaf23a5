"""Regenerate the translations: find every tr()/tr_noop()/translate() string in the plugin's code, update
i18n/leefbaarometer_<lang>.ts (new strings are added unfinished, translations kept, strings no longer in the code
dropped) and compile the .qm with Qt's lrelease (Debian: qttools5-dev-tools).

    .venv/bin/python scripts/i18n.py            update the .ts files and compile them
    .venv/bin/python scripts/i18n.py --check    only report: strings without a finished translation, exit 1 if any

Strings are found with Python's ast: a call of tr, tr_noop or x.tr with one string literal (adjacent literals are
one), or translate/QCoreApplication.translate with a literal context and text. tr(f"…") is refused: the
translation could never match; use tr("… {name} …").format(name=…).
"""
import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("nl",)
SOURCES = ("plugin.py", "core", "processing", "ui")  # the plugin as shipped; tests, scripts, sample are not shown
CONTEXT = "Leefbaarometer"


def ts_path(lang):
    return ROOT / "i18n" / f"leefbaarometer_{lang}.ts"


def qm_path(lang):
    return ROOT / "i18n" / f"leefbaarometer_{lang}.qm"


def _files():
    for entry in SOURCES:
        path = ROOT / entry
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


def _call_name(func):
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else None


def strings_in(path):
    """[(context, text, line)] of the translatable strings in one file; ValueError on tr(f"…")."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        name, args = _call_name(node.func), node.args
        if name in ("tr", "tr_noop"):
            context, text = CONTEXT, args[0]
        elif name == "translate" and len(args) >= 2 and isinstance(args[0], ast.Constant):
            context, text = args[0].value, args[1]
        else:
            continue
        if isinstance(text, ast.JoinedStr):
            where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            raise ValueError(f"{where}:{node.lineno}: {name}() of an f-string cannot be translated")
        if isinstance(text, ast.Constant) and isinstance(text.value, str) and text.value:
            found.append((context, text.value, node.lineno))
    return found


def source_strings():
    """{(context, text): [relative file, …]} of the whole plugin, in the order first met."""
    strings = {}
    for path in _files():
        for context, text, _line in strings_in(path):
            files = strings.setdefault((context, text), [])
            rel = str(path.relative_to(ROOT))
            if rel not in files:
                files.append(rel)
    return strings


def read_ts(path):
    """{(context, source): (translation, finished)} of a .ts file."""
    if not path.exists():
        return {}
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr_el = msg.find("translation")
            text = tr_el.text or "" if tr_el is not None else ""
            finished = tr_el is not None and tr_el.get("type") not in ("unfinished", "vanished", "obsolete")
            out[(name, msg.findtext("source"))] = (text, finished)
    return out


def write_ts(path, lang, strings, translations):
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    contexts = {}
    for (context, text), files in strings.items():
        if context not in contexts:
            contexts[context] = ET.SubElement(root, "context")
            ET.SubElement(contexts[context], "name").text = context
        msg = ET.SubElement(contexts[context], "message")
        for f in files:
            ET.SubElement(msg, "location", filename=f"../{f}")  # no line numbers: the .ts changes only with the texts
        ET.SubElement(msg, "source").text = text
        translation, finished = translations.get((context, text), ("", False))
        el = ET.SubElement(msg, "translation")
        el.text = translation
        if not finished or not translation:
            el.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def compile_qm(ts, qm):
    subprocess.run(["lrelease", "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)


def missing(strings, translations):
    return [key for key in strings if not translations.get(key, ("", False))[1] or not translations[key][0].strip()]


def main(argv):
    strings = source_strings()
    status = 0
    for lang in LANGUAGES:
        translations = read_ts(ts_path(lang))
        todo = missing(strings, translations)
        if "--check" not in argv:
            ts_path(lang).parent.mkdir(exist_ok=True)
            write_ts(ts_path(lang), lang, strings, translations)
            compile_qm(ts_path(lang), qm_path(lang))
        print(f"{lang}: {len(strings)} strings, {len(strings) - len(todo)} translated, {len(todo)} unfinished")
        for _context, text in todo[:20]:
            print(f"  unfinished: {text[:100]!r}")
        status = status or (1 if todo and "--check" in argv else 0)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
