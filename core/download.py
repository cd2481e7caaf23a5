"""What `leefbaarometer:download` asks a service or a file for: levels, type names, the gemeente selection as a
filter the server runs, the member of a published ZIP, and the key a download is cached under. QGIS-free.

The addresses and type names are defaults a user can change (settings and parameters): the official service
publishes its layers as `lbm3:{level}score{yy}` (WFS 2.0); a mirror or a local QGIS Server may publish them without
the `lbm3:` prefix, so names are matched with or without it.
"""
import hashlib
import json
import re
from dataclasses import dataclass
from dataclasses import field

from .area_filter import quote_identifier
from .area_filter import quote_literal
from .errors import LbmInputError
from .i18n import tr
from .i18n import tr_noop
from .schema import KEY_COLUMNS
from .schema import YEAR_COLUMNS
from .schema import find_field

DEFAULT_LBM_WFS = "https://geo.leefbaarometer.nl/lbm3/ows"
# The CBS key figures per buurt, wijk and gemeente (PDOK); {year} is the year of the area division.
DEFAULT_CBS_WFS = "https://service.pdok.nl/cbs/wijkenbuurten/{year}/wfs/v1_0"

# The levels (core/levels.py) the official services publish, in the order of the LEVEL parameter (a saved model
# keeps the index).
SERVICE_LEVELS = ("grid", "buurt", "wijk", "gemeente", "pc4")
LEVEL_NAMES = {"grid": tr_noop("100 m grid"), "buurt": tr_noop("buurt"), "wijk": tr_noop("wijk"),
               "gemeente": tr_noop("gemeente"), "pc4": tr_noop("postcode (PC4)")}
DATASETS = ("lbm", "cbs")
DATASET_NAMES = {"lbm": tr_noop("Leefbaarometer scores"), "cbs": tr_noop("CBS key figures (wijken en buurten)")}
# Type names per level; {yy} is the release year in two digits.
LBM_TYPENAMES = {"grid": "lbm3:clippedgridscore{yy}", "buurt": "lbm3:buurtscore{yy}", "wijk": "lbm3:wijkscore{yy}",
                 "gemeente": "lbm3:gemeentescore{yy}", "pc4": "lbm3:pc4score{yy}"}
CBS_TYPENAMES = {"buurt": "wijkenbuurten:buurten", "wijk": "wijkenbuurten:wijken", "gemeente": "wijkenbuurten:gemeenten"}
# How the published score files name their level: `Leefbaarometer-scores buurten 2002-2024.csv`.
FILE_LEVEL_WORDS = {"grid": "grids", "buurt": "buurten", "wijk": "wijken", "gemeente": "gemeenten", "pc4": "pc4"}

_CODE = re.compile(r"^(?:GM)?(\d{1,4})$", re.IGNORECASE)
_FILE_SUFFIXES = (".zip", ".csv", ".txt")


def typename(dataset, level, year):
    """The type name a level and year are published under ('lbm3:buurtscore24'); an error for a level the
    dataset does not have."""
    names = LBM_TYPENAMES if dataset == "lbm" else CBS_TYPENAMES
    if level not in names:
        raise LbmInputError(tr("{dataset} are not published per {level}; choose one of: {levels}").format(
            dataset=tr(DATASET_NAMES[dataset]), level=tr(LEVEL_NAMES.get(level, level)),
            levels=", ".join(tr(LEVEL_NAMES[lv]) for lv in names)))
    return names[level].format(yy=f"{int(year) % 100:02d}")


def match_typename(wanted, offered):
    """The name among `offered` that is `wanted`, with or without a namespace prefix ('lbm3:buurtscore24' matches
    'buurtscore24' and the other way round), case-insensitive; None if there is none."""
    if wanted in offered:
        return wanted
    local = wanted.split(":")[-1].lower()
    hits = [o for o in offered if o.split(":")[-1].lower() == local]
    return hits[0] if len(hits) == 1 else None


@dataclass
class Selection:
    """Gemeenten asked for: codes ('GM0599') and names ('Rotterdam'), as typed."""

    codes: list = field(default_factory=list)
    names: list = field(default_factory=list)

    def __bool__(self):
        return bool(self.codes or self.names)

    def text(self):
        return ", ".join(self.codes + self.names)


def parse_gemeenten(text):
    """GM0599, 599 or 0599 are codes; anything else separated by commas or semicolons is a name
    ('Rotterdam; 's-Hertogenbosch'). Spaces inside a name stay ('Súdwest-Fryslân', 'Den Haag')."""
    codes, names = [], []
    for part in re.split(r"[,;\n]+", text or ""):
        part = part.strip()
        if not part:
            continue
        m = _CODE.match(part)
        if m:
            codes.append("GM" + m.group(1).zfill(4))
        else:
            names.append(part)
    return Selection(list(dict.fromkeys(codes)), list(dict.fromkeys(names)))


def _any_of(conditions):
    return conditions[0] if len(conditions) == 1 else "(" + " OR ".join(conditions) + ")"


def _names_condition(name_field, names):
    return [f"{quote_identifier(name_field)} ILIKE {quote_literal(n)}" for n in names]


def needs_gemeente_names(level, field_names, selection):
    """True when codes must first be turned into names: a layer whose only gemeente field holds names (the
    official grid and PC4 layers carry `gemeente`, the name)."""
    return bool(selection.codes) and _code_condition(level, field_names, selection.codes) is None


def _code_condition(level, field_names, codes):
    # One equality per code, not IN: QGIS 3.22 turns `IN` with one value into an empty OGC filter.
    gm_field = find_field(field_names, ("gm_code", "gemeentecode", "gemeente_code"))
    if gm_field is not None:
        return [f"{quote_identifier(gm_field)} = {quote_literal(c)}" for c in codes]
    code_field = find_field(field_names, ("code", "statcode"))
    if code_field is None:
        return None
    if level == "gemeente":
        return [f"{quote_identifier(code_field)} = {quote_literal(c)}" for c in codes]
    if level in ("buurt", "wijk"):
        prefix = "BU" if level == "buurt" else "WK"
        return [f"{quote_identifier(code_field)} LIKE {quote_literal(prefix + c[2:] + '%')}" for c in codes]
    return None


def selection_filter(level, field_names, selection, names_of_codes=None):
    """A QGIS expression selecting the gemeenten of `selection` on a layer with `field_names`; QGIS's WFS provider
    sends it to the server as an OGC filter. Codes use the gemeente code field, or else the buurt or wijk code
    (`"code" LIKE 'BU0599%'`); names use the gemeente name field, ignoring case. `names_of_codes` ({code: name})
    stands in for codes on layers that only carry the name (see needs_gemeente_names)."""
    if not selection:
        return ""
    parts = []
    codes = list(selection.codes)
    names = list(selection.names)
    if codes:
        by_code = _code_condition(level, field_names, codes)
        if by_code is None:
            missing = [c for c in codes if c not in (names_of_codes or {})]
            if missing:
                raise LbmInputError(tr("unknown gemeente code(s): {codes}").format(codes=", ".join(missing)))
            names += [names_of_codes[c] for c in codes]
        else:
            parts += by_code
    if names:
        name_field = find_field(field_names, ("gemeente", "gemeentenaam", "gm_naam")) or (
            find_field(field_names, ("naam", "statnaam")) if level == "gemeente" else None)
        if name_field is None:
            raise LbmInputError(tr("the layer has no field with the gemeente name (gemeente, gemeentenaam); its fields are "
                                   "{names}. Give gemeente codes (GM0599) instead.").format(names=", ".join(field_names)))
        parts += _names_condition(name_field, list(dict.fromkeys(names)))
    return _any_of(parts)


def bbox_filter(xmin, ymin, xmax, ymax):
    """A QGIS expression selecting features whose bounding box meets the rectangle (an OGC BBOX filter)."""
    wkt = (f"POLYGON(({xmin!r} {ymin!r}, {xmax!r} {ymin!r}, {xmax!r} {ymax!r}, {xmin!r} {ymax!r}, "
           f"{xmin!r} {ymin!r}))")
    return f"intersects_bbox($geometry, geom_from_wkt('{wkt}'))"


def combine_filters(*conditions):
    parts = [c for c in conditions if c]
    return " AND ".join(f"({c})" for c in parts) if len(parts) > 1 else (parts[0] if parts else "")


def is_file_source(source):
    """True for a published file (a URL or path ending in .zip, .csv or .txt), False for a service address."""
    path = re.split(r"[?#]", source.strip(), maxsplit=1)[0].lower()
    return path.endswith(_FILE_SUFFIXES)


def is_url(source):
    return re.match(r"^[a-z][a-z0-9+.-]*://", source.strip(), re.IGNORECASE) is not None and not \
        source.strip().lower().startswith("file://")


def file_name_of(source):
    """The file name at the end of a URL or path ('Leefbaarometer-scores buurten 2002-2024.zip')."""
    from urllib.parse import unquote  # parsing only: every request goes through QGIS (processing/io/network.py)

    path = re.split(r"[?#]", source.strip(), maxsplit=1)[0]
    name = unquote(path.rstrip("/").rsplit("/", 1)[-1])
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name) or "download"


def choose_member(members, level):
    """The score CSV to read from a ZIP's `members`: the only CSV, or the one whose name carries the level's word
    ('buurten'); an error naming the members otherwise."""
    csvs = [m for m in members if m.lower().endswith((".csv", ".txt")) and not m.endswith("/")]
    if len(csvs) == 1:
        return csvs[0]
    word = FILE_LEVEL_WORDS.get(level, level).lower()
    hits = [m for m in csvs if re.search(rf"(^|[^a-z]){re.escape(word)}([^a-z]|$)", m.rsplit("/", 1)[-1].lower())]
    if len(hits) == 1:
        return hits[0]
    if not csvs:
        raise LbmInputError(tr("the ZIP holds no CSV file (it holds {members})").format(
            members=", ".join(members[:10]) or tr("nothing")))
    raise LbmInputError(tr("the ZIP holds {n} CSV files and none (or more than one) is of level {level}: {members}. Choose "
                           "the level (LEVEL).").format(n=len(csvs), level=tr(LEVEL_NAMES.get(level, level)),
                                                        members=", ".join(csvs[:10])))


def check_scores_header(header, source):
    """An error unless `header` (the first line of a CSV) has a Leefbaarometer key column and a year column: a file
    that is no Leefbaarometer score file is refused before it enters the cache."""
    sep = max((",", ";", "\t"), key=header.count)
    columns = [c.strip().strip('"') for c in header.strip("\r\n").split(sep)]
    if find_field(columns, KEY_COLUMNS) is None or find_field(columns, YEAR_COLUMNS) is None:
        raise LbmInputError(tr("{source} is not a Leefbaarometer score file: it needs a key column ({keys}) and a year column "
                               "(jaar); its first line is: {header}").format(
                                   source=source, keys=", ".join(KEY_COLUMNS), header=header.strip()[:200]))


def request_key(request):
    """The cache key of a request (a dict of what was asked): the same request, the same key."""
    text = json.dumps(request, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("ascii")).hexdigest()[:32]
