"""Generate the synthetic benchmark corpus: N Indonesian news articles as .txt files or .html pages.

    .venv/bin/python scripts/make_corpus.py OUT_DIR --count 10000 --format txt [--seed 7]

Deterministic for a seed; files are written one at a time (1,000 per folder), never held in memory.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from kabar.benchmark.corpus import FORMATS, PER_DAY, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the articles into (created)")
    parser.add_argument("--count", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--format", choices=(*FORMATS, "both"), default="txt",
                        help="txt files, html pages, or both (in OUT_DIR/txt and OUT_DIR/html)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default 7)")
    parser.add_argument("--per-day", type=int, default=PER_DAY,
                        help=f"articles a day, in publication order (default {PER_DAY}; 0: random days over 3 years)")
    args = parser.parse_args(argv)
    formats = FORMATS if args.format == "both" else (args.format,)
    for fmt in formats:
        target = args.out_dir / fmt if args.format == "both" else args.out_dir
        clock = time.perf_counter()
        stats = generate(target, args.count, fmt, args.seed, args.per_day)
        seconds = time.perf_counter() - clock
        print(f"{fmt}: {stats.articles} articles ({stats.events} events, {stats.syndicated_copies} syndicated "
              f"copies), {stats.bytes / 1e6:.1f} MB, body words {stats.min_words}-{stats.max_words} "
              f"(mean {stats.words / max(1, stats.articles - stats.syndicated_copies):.0f}), "
              f"in {seconds:.1f} s -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
