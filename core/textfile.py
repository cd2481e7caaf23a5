"""Text files as users hand them in: the encoding guessed from the whole file, and rows that lack fields.

Score files come from the ministry (UTF-8), from Excel ("CSV UTF-8" with a byte-order mark, "Unicode text", which
is UTF-16 with tabs, or plain "CSV", Windows-1252) and from other tools (Latin-1). The first lines alone do not
tell: a Latin-1 file can be pure ASCII for thousands of lines before its first accented name. The file is read in
blocks of a few megabytes, never whole, so that a national grid file (hundreds of megabytes) costs no memory.
"""
import codecs
import csv
import io

import numpy as np

from .errors import LbmInputError
from .i18n import tr

BLOCK = 8 * 1024 * 1024
_SHOW = 5
# Byte-order marks, longest first: (bytes, Python codec, the name the log shows).
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16 little-endian"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16 big-endian"))


def _open(path, opener):
    """A binary file object: `opener(path)` (a file inside a ZIP, read through GDAL), else the file on disk."""
    return opener(path) if opener else open(path, "rb")


def _blocks(path, start=0, opener=None):
    with _open(path, opener) as fh:
        fh.seek(start)
        while True:
            block = fh.read(BLOCK)
            if not block:
                return
            yield block


def _decodes(path, codec, start=0, opener=None):
    """None if the whole file decodes as `codec`, else (line, byte) of the first byte that does not."""
    decoder = codecs.getincrementaldecoder(codec)()
    ascii_compatible = codec in ("utf-8", "cp1252")
    offset = start
    for block in _blocks(path, start, opener):
        if not (ascii_compatible and block.isascii() and not decoder.getstate()[0]):  # plain ASCII is valid in both
            try:
                decoder.decode(block)
            except UnicodeDecodeError as exc:
                return _line_at(path, offset + exc.start, opener), block[exc.start]
        offset += len(block)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return _line_at(path, offset, opener), None  # cut off inside a character
    return None


def _line_at(path, offset, opener=None):
    """The line (from 1) that byte `offset` of the file stands on."""
    lines, seen = 1, 0
    for block in _blocks(path, 0, opener):
        part = block[:offset - seen]
        lines += part.count(b"\n")
        seen += len(part)
        if seen >= offset:
            break
    return lines


def detect_encoding(path, opener=None):
    """(Python codec, a sentence for the log) of a text file, judged on every byte of it.

    A byte-order mark decides (UTF-8, UTF-16); UTF-16 without one is recognised by its zero bytes; otherwise the
    file is UTF-8 if all of it is valid UTF-8, else Windows-1252 (Excel's "CSV" on Dutch Windows), else Latin-1.
    """
    with _open(path, opener) as fh:
        head = fh.read(4096)
    for bom, codec, name in _BOMS:
        if head.startswith(bom):
            bad = _decodes(path, "utf-16" if codec == "utf-16" else "utf-8", len(bom) if codec != "utf-16" else 0, opener)
            if bad is not None:
                raise LbmInputError(tr("{path}: the file starts as {name} but line {line} is not {name}; save it again as "
                                       "UTF-8").format(path=path, name=name, line=bad[0]))
            return codec, tr("read as {name} (its byte-order mark says so)").format(name=name)
    if len(head) >= 4 and head.count(b"\0") >= len(head) // 4:
        codec = "utf-16-le" if head[1::2].count(b"\0") > head[0::2].count(b"\0") else "utf-16-be"
        if _decodes(path, codec, 0, opener) is None:
            return codec, tr("read as {name} (no byte-order mark; every second byte is zero)").format(
                name="UTF-16 " + ("little-endian" if codec.endswith("le") else "big-endian"))
    bad = _decodes(path, "utf-8", 0, opener)
    if bad is None:
        return "utf-8", tr("read as UTF-8 (all of it is valid UTF-8)")
    line, byte = bad
    why = tr("not UTF-8: line {line} has the byte {byte}").format(line=line, byte=f"0x{byte:02X}" if byte is not None else "…")
    if _decodes(path, "cp1252", 0, opener) is None:
        return "cp1252", tr("read as Windows-1252 ({why})").format(why=why)
    return "latin-1", tr("read as Latin-1 ({why}; it is not Windows-1252 either)").format(why=why)


def _lines_as_utf8(path, codec, opener=None):
    """Blocks of the file as UTF-8 bytes (separators and line ends then are single bytes, whatever the file's codec)."""
    if codec in ("utf-8", "utf-8-sig", "cp1252", "latin-1"):
        yield from _blocks(path, 0, opener)  # ASCII-compatible: ',', ';', tab, '"' and newline are these bytes in every one
        return
    decoder = codecs.getincrementaldecoder(codec)()
    for block in _blocks(path, 0, opener):
        yield decoder.decode(block).encode("utf-8")
    yield decoder.decode(b"", final=True).encode("utf-8")


def field_count_problems(path, codec, sep, expected, opener=None):
    """[(line, fields)] of the rows (not blank lines) whose number of fields is not `expected` (the header's), at
    most five, and how many there are in all. A file cut off part-way through its last row is the usual cause; a row
    with a field too many would be read without a word (the CSV parser ignores what lies beyond the columns read)."""
    found, total = [], 0
    sep_byte, line, carry = ord(sep), 0, b""
    for block in _lines_as_utf8(path, codec, opener):
        if b'"' in block:  # quoted fields may hold the separator: counted by the csv module instead
            return _counted_by_csv(path, codec, sep, expected, opener)
        data = carry + block
        end = data.rfind(b"\n")
        if end < 0:
            carry = data
            continue
        carry, data = data[end + 1:], data[:end + 1]
        bad, n = _count_block(np.frombuffer(data, dtype=np.uint8), sep_byte, expected, line)
        found += bad[:_SHOW - len(found)] if len(found) < _SHOW else []
        total += len(bad)
        line += n
    if carry.strip(b"\r\n\0 "):
        bad, _ = _count_block(np.frombuffer(carry + b"\n", dtype=np.uint8), sep_byte, expected, line)
        found += bad[:_SHOW - len(found)] if len(found) < _SHOW else []
        total += len(bad)
    return found, total


def _count_block(arr, sep_byte, expected, first_line):
    """([(line, fields)] of the wrong rows, number of lines) of complete lines (arr ends with a newline)."""
    ends = np.flatnonzero(arr == 10)
    starts = np.concatenate([[0], ends[:-1] + 1])
    # Separators before each line end, by one search per line: the difference is each line's count.
    before = np.searchsorted(np.flatnonzero(arr == sep_byte), ends)
    fields = np.diff(before, prepend=0) + 1
    length = ends - starts - (arr[np.maximum(ends - 1, 0)] == 13)
    wrong = np.flatnonzero((length > 0) & (fields != expected))
    wrong = wrong[wrong + first_line > 0]  # the header (line 1) is where `expected` comes from
    return [(int(i) + first_line + 1, int(fields[i])) for i in wrong], len(ends)


def _counted_by_csv(path, codec, sep, expected, opener=None):
    """The same with quoted fields (a name with the separator in it): Python's csv module counts them."""
    found, total = [], 0
    with io.TextIOWrapper(_open(path, opener), encoding=codec, newline="") as fh:
        reader = csv.reader(fh, delimiter=sep)
        start = 1  # the line the next row starts on
        try:
            for n, row in enumerate(reader):
                if n > 0 and row and row != [""] and len(row) != expected:
                    total += 1
                    if len(found) < _SHOW:
                        found.append((start, len(row)))
                start = reader.line_num + 1
        except csv.Error as exc:  # a quote that is never closed swallows the rest of the file
            raise LbmInputError(tr("{path}: not a well-formed CSV file: the row of line {line} does not end ({exc}); look "
                                   "there for a quote (\") that is not closed").format(path=path, line=start, exc=exc)) from exc
    return found, total
