"""python -m leefbaarometer.sample FOLDER [--national]: write the sample region's files into FOLDER."""
import argparse
import time

from .publish import publish
from .region import NATIONAL
from .region import SAMPLE
from .region import generate


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m leefbaarometer.sample", description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--national", action="store_true", help="national size (~400,000 cells), for benchmarks")
    parser.add_argument("--no-geometry", action="store_true", help="score and statistics files only")
    args = parser.parse_args(argv)
    t = time.time()
    region = generate(NATIONAL if args.national else SAMPLE)
    publish(region, args.folder, with_geometry=not args.no_geometry)
    print(f"sample: {len(region.dwellings)} cells, {len(region.buurten)} buurten, {len(region.wijken)} wijken, "
          f"{len(region.gemeenten)} gemeenten written to {args.folder} in {time.time() - t:.1f} s")


if __name__ == "__main__":
    main()
