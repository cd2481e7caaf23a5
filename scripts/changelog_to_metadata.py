"""Write metadata.txt's `changelog` line from CHANGELOG.md (the summary paragraph of every released version).

    python3 scripts/changelog_to_metadata.py           rewrite the line in metadata.txt
    python3 scripts/changelog_to_metadata.py --check   exit 1 when metadata.txt differs from CHANGELOG.md
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def changelog_line(markdown):
    """'0.6.0 summary. 0.5.0 summary. …': the first paragraph under every '## x.y.z' heading, newest first."""
    entries = []
    for version, body in re.findall(r"^## (\d+\.\d+\.\d+)\s*\n(.*?)(?=^## |\Z)", markdown, flags=re.M | re.S):
        summary = body.strip().split("\n\n")[0]
        entries.append(f"{version} {' '.join(summary.split())}")
    if not entries:
        raise ValueError("CHANGELOG.md has no '## x.y.z' sections")
    return " ".join(entries)


def with_changelog(metadata, line):
    new, n = re.subn(r"^changelog=.*$", lambda _: f"changelog={line}", metadata, flags=re.M)
    if n != 1:
        raise ValueError(f"metadata.txt must have exactly one changelog= line, not {n}")
    return new


def main(argv):
    with open(os.path.join(ROOT, "CHANGELOG.md"), encoding="utf-8") as fh:
        line = changelog_line(fh.read())
    path = os.path.join(ROOT, "metadata.txt")
    with open(path, encoding="utf-8") as fh:
        metadata = fh.read()
    wanted = with_changelog(metadata, line)
    if "--check" in argv:
        if wanted != metadata:
            print("metadata.txt's changelog differs from CHANGELOG.md: run python3 scripts/changelog_to_metadata.py")
            return 1
        return 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(wanted)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
