"""Published Leefbaarometer scores in long format (one row per area and year), read and checked.

Two ways in, one result (`ScoreTable`):
- `read_scores_csv`: the ministry's open-data CSV files (`Leefbaarometer-scores PC4 2002-2022.csv` …),
  and Dutch exports of them (`;` separator, decimal comma);
- `score_table_from_frame`: records of an official WFS layer (`code`, `year`, `afw`, …, `kscore`, …).

`to_wide` then turns the table into one row per area with `{measure}_{year}` columns.
"""
import csv
import io
from dataclasses import dataclass
from dataclasses import field

import numpy as np
import pandas as pd

from .errors import LbmInputError
from .i18n import tr
from .levels import level_name
from .plausible import check_plausible
from .plausible import release_problems
from .schema import CLASS_MEASURES
from .schema import KEY_COLUMNS
from .schema import LABEL_COLUMNS
from .schema import MEASURES
from .schema import YEAR_COLUMNS
from .schema import YEARS
from .schema import find_field
from .textfile import detect_encoding
from .textfile import field_count_problems

NA_TOKENS = ["NA", "", "NaN", "nan", "NULL", "null", "#N/A", "n/a"]
_SHOW = 5  # how many examples an error message names


@dataclass
class ScoreTable:
    """Scores in long format. `values[measure]` and `years` are aligned with `keys` (one per row)."""

    key: str  # key column as named in the source: 'PC4', 'bu_code', 'code', …
    keys: np.ndarray  # object array of str
    years: np.ndarray  # int64
    values: dict  # measure -> float64 array (NaN = missing); measures in MEASURES + CLASS_MEASURES order
    labels: dict = field(default_factory=dict)  # label column -> object array (name, gemeente)
    ignored_columns: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # for the log: how the file was read (its encoding)

    @property
    def level(self):
        return level_name(self.key, self.keys[:1000])

    @property
    def measures(self):
        return list(self.values)


@dataclass
class WideScores:
    """One row per area: `values[i, j]` is measure/year `fields[j]` of area `keys[i]`."""

    key: str
    keys: np.ndarray  # object array of unique str keys, in order of first appearance
    fields: list  # [(measure, year)], year-major
    values: np.ndarray  # float64, shape (len(keys), len(fields))
    labels: dict  # label column -> object array aligned with keys

    def field_names(self):
        return [f"{m}_{y}" for (m, y) in self.fields]


def _sniff_separator(header):
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    return max(counts, key=counts.get)


def _read_header(path, encoding, opener=None):
    with (io.TextIOWrapper(opener(path), newline="", encoding=encoding) if opener else
          open(path, newline="", encoding=encoding)) as fh:
        return fh.readline()


def read_scores_csv(path, key=None, opener=None):
    """Read a published score CSV (long format) into a checked ScoreTable.

    Accepts `,` `;` or tab separators, a decimal comma, `NA`/empty as missing, and extra columns
    (such as a leading row-number column), which are ignored and listed in `ignored_columns`. The encoding is
    judged on the whole file (core/textfile.py; the guess is in `notes`). Rows with more or fewer fields than the
    header, and columns that appear twice, are refused.
    Raises LbmInputError naming the problem (and the line, where there is one).
    `opener(path)`: a binary file object for `path` (default: the file on disk; processing/io/vsi.py reads a CSV
    inside a ZIP through GDAL).
    """
    encoding, note = detect_encoding(path, opener)
    header = _read_header(path, encoding, opener)
    if not header.strip():
        raise LbmInputError(tr("{path}: the file is empty").format(path=path))
    sep = _sniff_separator(header)
    columns = next(csv.reader([header.strip("\r\n")], delimiter=sep))
    key_col, year_col, measure_cols, label_cols, ignored = _choose_columns(columns, key, path)
    wrong, count = field_count_problems(path, encoding, sep, len(columns), opener)
    if wrong:
        raise LbmInputError(
            tr("{path}: {count} row(s) do not have the {n} fields of the header: {rows}. A file cut off part-way (an "
               "interrupted download or copy) ends like this; get the file again, or correct those rows.").format(
               path=path, count=count, n=len(columns), rows="; ".join(
                   tr("line {line} has {fields}").format(line=line, fields=fields) for line, fields in wrong)))

    text_cols = [key_col] + list(label_cols.values())
    try:
        df = pd.read_csv(
            opener(path) if opener else path,  # an opened file is closed when pandas lets go of it
            sep=sep,
            decimal="," if sep == ";" else ".",
            usecols=text_cols + [year_col] + list(measure_cols.values()),
            dtype={c: str for c in text_cols},
            na_values=NA_TOKENS,
            keep_default_na=False,
            encoding=encoding,
            skipinitialspace=True,
            float_precision="round_trip",  # keep every published digit: the default parser can be 1 ulp off
        )
    except pd.errors.ParserError as exc:
        raise LbmInputError(tr("{path}: not a well-formed CSV file ({exc})").format(path=path, exc=exc)) from exc
    if df.empty:
        raise LbmInputError(tr("{path}: the file has a header but no rows").format(path=path))
    df = df.rename(columns={v: k for k, v in measure_cols.items()})
    # Rows of the file start at line 2 (line 1 is the header).
    table = _table_from_columns(df, key_col, year_col, list(measure_cols), label_cols, path, first_line=2)
    table.ignored_columns = ignored
    table.notes.append(note)
    return table


def _choose_columns(columns, key, source):
    if key:
        key_col = find_field(columns, [key])
        if key_col is None:
            raise LbmInputError(tr("{source}: the key column '{key}' is not in the file (columns: {columns})").format(source=source,
                                   key=key, columns=', '.join(columns)))
    else:
        key_col = find_field(columns, KEY_COLUMNS)
        if key_col is None:
            raise LbmInputError(
                tr("{source}: no key column found. Expected one of {key_columns}; the file has: {columns}. Name the key column "
                   "with the KEY parameter.").format(source=source, key_columns=', '.join(KEY_COLUMNS), columns=', '.join(columns))
            )
    year_col = find_field(columns, YEAR_COLUMNS)
    if year_col is None:
        raise LbmInputError(
            tr("{source}: no year column ('jaar' or 'year'); the file has: {columns}").format(source=source, columns=', '.join(columns))
        )
    measure_cols = {}
    for m in MEASURES + CLASS_MEASURES:
        c = find_field(columns, [m])
        if c is not None:
            measure_cols[m] = c
    if not any(m in measure_cols for m in MEASURES):
        raise LbmInputError(
            tr("{source}: no score columns found. Expected some of {measures}; the file has: {columns}").format(source=source,
               measures=', '.join(MEASURES), columns=', '.join(columns))
        )
    label_cols = {}
    for lab in LABEL_COLUMNS:
        c = find_field(columns, [lab])
        if c is not None and c != key_col:
            label_cols[lab] = c
    used = {key_col, year_col, *measure_cols.values(), *label_cols.values()}
    _refuse_repeated(columns, used, source)
    ignored = [c for c in columns if c not in used]
    return key_col, year_col, measure_cols, label_cols, ignored


def _refuse_repeated(columns, used, source):
    """A column the import reads must appear once: with two columns 'afw' (or 'afw' and 'AFW') it is not clear which
    holds the scores."""
    wanted = {c.strip().lower() for c in used}
    positions = {}
    for i, c in enumerate(columns, start=1):
        if c.strip().lower() in wanted:
            positions.setdefault(c.strip().lower(), []).append(i)
    repeated = {name: where for name, where in positions.items() if len(where) > 1}
    if repeated:
        raise LbmInputError(tr("{source}: the column(s) {names} appear more than once ({where}); it is not clear which "
                               "one holds the values. Remove or rename the extra column(s).").format(
                               source=source, names=", ".join(f"'{n}'" for n in repeated),
                               where="; ".join(tr("'{name}': columns {positions}").format(
                                   name=n, positions=", ".join(map(str, w))) for n, w in repeated.items())))


def score_table_from_frame(df, key=None, source="layer"):
    """A ScoreTable from records already in memory (an official WFS layer read by QGIS, say).

    `df` has a key column, a year column (`year` or `jaar`) and score/class columns, one row per area and year.
    """
    if len(df) == 0:
        raise LbmInputError(tr("{source}: the layer has no features").format(source=source))
    columns = list(df.columns)
    key_col, year_col, measure_cols, label_cols, ignored = _choose_columns(columns, key, source)
    df = df.rename(columns={v: k for k, v in measure_cols.items()})
    frame = pd.DataFrame({key_col: df[key_col], year_col: df[year_col]})
    for col in label_cols.values():
        frame[col] = df[col]
    for m in measure_cols:
        frame[m] = df[m]
    # Features are numbered from 1 in messages.
    table = _table_from_columns(frame, key_col, year_col, list(measure_cols), label_cols, source, first_line=1)
    table.ignored_columns = ignored
    return table


def _line_numbers(mask, first_line):
    return ", ".join(str(i + first_line) for i in np.flatnonzero(mask)[:_SHOW])


def _keys_as_text(series):
    """Keys as stripped text; integer-valued numbers (PC4 read as 1011.0) lose their '.0'."""
    if pd.api.types.is_numeric_dtype(series):
        num = series.to_numpy(dtype=float)
        out = np.full(len(num), None, dtype=object)
        ok = ~np.isnan(num)
        out[ok] = pd.Series(num[ok].astype(np.int64)).astype(str).to_numpy()
        return out
    text = series.astype(str).str.strip()
    out = text.to_numpy(dtype=object)
    out[(series.isna() | (text == "")).to_numpy()] = None
    return out


def exact_float(text):
    """float(text), exact (correctly rounded); NaN for None or text that is no number."""
    try:
        return float(text) if text is not None else np.nan
    except ValueError:
        return np.nan


def _to_numbers(series, what, source, first_line):
    """Floats from a column that may hold text with a decimal comma; names the first bad lines."""
    if pd.api.types.is_numeric_dtype(series):
        return series.to_numpy(dtype=float)
    text = series.astype(object).where(series.notna(), None)
    cleaned = text.map(lambda v: None if v is None else str(v).strip().replace(",", "."))
    cleaned = cleaned.where(~cleaned.isin(NA_TOKENS), None)
    # Python's float() parses exactly (correctly rounded); pandas' to_numeric can be one unit in the last place off.
    num = cleaned.map(exact_float)
    bad = (num.isna() & cleaned.notna()).to_numpy()
    if bad.any():
        values = ", ".join(repr(v) for v in text.to_numpy()[bad][:_SHOW])
        raise LbmInputError(
            tr("{source}: column '{what}' has {bad} value(s) that are not numbers: {values} (line {line_numbers})").format(source=source,
               what=what, bad=int(bad.sum()), values=values, line_numbers=_line_numbers(bad, first_line))
        )
    return num.to_numpy(dtype=float)


def _table_from_columns(df, key_col, year_col, measures, label_cols, source, first_line):
    keys = _keys_as_text(df[key_col])
    missing_key = np.array([k is None for k in keys], dtype=bool)
    if missing_key.any():
        raise LbmInputError(
            tr("{source}: {missing_key} row(s) have no value in key column '{key_col}' (line {line_numbers})").format(source=source,
               missing_key=int(missing_key.sum()), key_col=key_col, line_numbers=_line_numbers(missing_key, first_line))
        )
    year_f = _to_numbers(df[year_col], year_col, source, first_line)
    bad_year = np.isnan(year_f) | (year_f != np.round(year_f)) | (year_f < 1900) | (year_f > 2100)
    if bad_year.any():
        raise LbmInputError(
            tr("{source}: column '{year_col}' must hold a measurement year such as 2024; {bad_year} row(s) do not (line "
               "{line_numbers})").format(source=source, year_col=year_col, bad_year=int(bad_year.sum()),
               line_numbers=_line_numbers(bad_year, first_line))
        )
    years = year_f.astype(np.int64)

    codes, _ = pd.factorize(pd.Series(keys, dtype=object), sort=False)
    year_values, year_idx = np.unique(years, return_inverse=True)
    pair = codes.astype(np.int64) * len(year_values) + year_idx
    dup = np.bincount(pair)[pair] > 1
    if dup.any():
        first = np.flatnonzero(dup)[0]
        same = np.flatnonzero(dup & (keys == keys[first]) & (years == years[first]))
        raise LbmInputError(
            tr("{source}: {dup} rows repeat an area and year, e.g. {key_col} {keys} in {years} (lines {lines}). Each area may appear "
               "once per year.").format(source=source, dup=int(dup.sum()), key_col=key_col, keys=keys[first], years=years[first],
               lines=', '.join(str(i + first_line) for i in same[:_SHOW]))
        )
    values = {m: _to_numbers(df[m], m, source, first_line) for m in measures}
    for m, v in values.items():
        check_plausible(m, v, f"{source}: column '{m}'", first_line)
    _check_not_empty(values, years, source)
    labels = {lab: df[col].astype(object).where(df[col].notna(), None).to_numpy() for lab, col in label_cols.items()}
    warnings = []
    unknown_years = sorted(set(np.unique(years).tolist()) - set(YEARS))
    if unknown_years:
        warnings.append(
            tr("years {unknown} are not LBM 3.0 measurement years ({years}); they are kept as they are").format(
                unknown=", ".join(map(str, unknown_years)), years=", ".join(map(str, YEARS)))
        )
    return ScoreTable(key=key_col, keys=keys, years=years, values=values, labels=labels, warnings=warnings)


def _check_not_empty(values, years, source):
    """A measure column without any value, or a year without any total score, is an error naming it: it would
    otherwise become a layer of NULL fields that every later tool reads as "no units"."""
    empty = [m for m, v in values.items() if np.isnan(v).all()]
    if empty:
        raise LbmInputError(tr("{source}: column(s) {empty} have no value in any row; remove them or fill them").format(source=source,
                               empty=', '.join(empty)))
    totals = [values[m] for m in ("lbm", "afw") if m in values] or list(values.values())
    scored = np.zeros(len(years), dtype=bool)
    for v in totals:
        scored |= ~np.isnan(v)
    without = sorted(set(years.tolist()) - set(years[scored].tolist()))
    if without:
        raise LbmInputError(tr("{source}: year(s) {without} have rows but no total score ({m}) in any of them").format(source=source,
                               without=', '.join(map(str, without)),
                               m=tr(' or ').join(m for m in ('lbm', 'afw') if m in values) or '-'))


def to_wide(table):
    """One row per area, `{measure}_{year}` columns for every measure and year in the table."""
    codes, uniq = pd.factorize(pd.Series(table.keys, dtype=object), sort=False)
    years = np.unique(table.years)
    measures = table.measures
    year_idx = np.searchsorted(years, table.years)
    fields = [(m, int(y)) for y in years for m in measures]
    values = np.full((len(uniq), len(fields)), np.nan)
    for j, m in enumerate(measures):
        values[codes, year_idx * len(measures) + j] = table.values[m]
    labels = {}
    for lab, arr in table.labels.items():
        # The first non-empty label of each area (names are the same in every year).
        s = pd.Series(arr, dtype=object)
        labels[lab] = s.groupby(codes).first().reindex(range(len(uniq))).astype(object).to_numpy()
    return WideScores(key=table.key, keys=np.asarray(uniq, dtype=object), fields=fields, values=values, labels=labels)


def select_years(table, first=None, last=None):
    """The rows of `table` with first <= year <= last (either end open); an error if none is left."""
    if first is None and last is None:
        return table
    keep = np.ones(len(table.years), dtype=bool)
    if first is not None:
        keep &= table.years >= first
    if last is not None:
        keep &= table.years <= last
    if not keep.any():
        raise LbmInputError(tr("no rows in the years {first}-{last}; the scores have {years}").format(first=first or '', last=last or '',
                               years=', '.join(map(str, np.unique(table.years)))))
    return ScoreTable(key=table.key, keys=table.keys[keep], years=table.years[keep],
                      values={m: v[keep] for m, v in table.values.items()},
                      labels={lab: v[keep] for lab, v in table.labels.items()},
                      ignored_columns=table.ignored_columns, warnings=table.warnings, notes=table.notes)


def release_check(table, release):
    """(number of rows, a message naming them by code and year) of the rows whose scores the release does not allow
    (core/plausible.release_problems: afw or a dimension outside its plausible range, lbm ≠ C + afw); (0, "")
    when there are none."""
    masks, reasons = release_problems(table.values, release)
    bad = np.zeros(len(table.keys), dtype=bool)
    for mask in masks.values():
        bad |= mask
    if not bad.any():
        return 0, ""
    rows = []
    for i in np.flatnonzero(bad)[:_SHOW]:
        why = [reasons[m] + f": {table.values[m][i]:g}" if m != "lbm" else
               reasons[m] + f": {table.values['lbm'][i]:g} ≠ {release.constant_c + table.values['afw'][i]:g}"
               for m, mask in masks.items() if mask[i]]
        rows.append(f"{table.keys[i]} {table.years[i]} ({'; '.join(why)})")
    message = tr("{count} row(s) have scores that release {release} does not allow: {rows}").format(
        count=int(bad.sum()), release=release.id, rows=", ".join(rows) + (" …" if bad.sum() > _SHOW else ""))
    lbm = masks.get("lbm")
    if lbm is not None and lbm.sum() >= 0.9 * np.isfinite(table.values["lbm"] - table.values["afw"]).sum():
        c = float(np.nanmedian(table.values["lbm"] - table.values["afw"]))
        message += tr(". In most rows lbm − afw is {c:.6g}, not the release's C: a file of another release? Choose its "
                      "release profile").format(c=c)
    return int(bad.sum()), message
