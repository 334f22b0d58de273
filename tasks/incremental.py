"""Skipping inputs a run of the same release has already loaded.

A nightly run over a folder that grows reads every file again, and a sitemap lists pages fetched before.
Cleaning and normalizing an input whose bytes were already loaded, only for the warehouse to find the
article unchanged, was nearly all the time of such a rerun. So each loaded article's input is recorded
(staging.loaded_inputs: where it was read, the sha256 of its bytes, the article it became, and the release
that processed it), and a run sets aside, before cleaning, every input whose exact bytes from the same place
were loaded by the same release, while the article still holds those bytes. Those count as unchanged. An
input that gave the same article as another input read after it in its run (tasks.load.one_per_article) is
recorded too, and set aside while that article is loaded: processed alone, it would replace the winner.

The release is a fingerprint of everything that shapes an article: Kabar's stage code (tasks/), its
reference data (kabar/reference/), its suites (expectations/), the settings that change an article, and the
versions of the libraries that read, clean and normalize. A new release, an edited rule or an upgraded
library processes every input again, exactly as before this existed; so does a full refresh.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from kabar.config import PROJECT_ROOT, REFERENCE_DIR
from tasks.models import NormalizedArticle, RawDocument
from warehouse.schema import registered

# Where what shapes an article lives (paths relative to the project), and the libraries whose version does.
_SHAPING_FILES = (("tasks", "*.py"), ("expectations", "*.yaml"))
_SHAPING_LIBRARIES = ("trafilatura", "lxml", "py3langid", "wordfreq", "pyahocorasick", "dateparser",
                      "great-expectations", "pyyaml", "charset-normalizer")
RECORD_COLUMNS = ["source_uri", "payload_hash", "input_key", "article_id", "superseded", "release", "run_id"]


def release_fingerprint(story_window_days: int, root: Path = PROJECT_ROOT, reference: Path = REFERENCE_DIR) -> str:
    """A hash of the code, data, suites, settings and library versions that make an article what it is
    (`root`: the project folder; `reference`: its reference data). Computed afresh for every run (~7 ms), not
    once per process: a long-lived process serving a deployment must see `kabar promote` edit the gazetteer."""
    digest = hashlib.sha256(f"python {sys.version_info[:2]}\nstory_window_days {story_window_days}\n".encode())
    # Named relative to their folder, so a checkout elsewhere is the same release.
    files = {f"{folder}/{path.name}": path for folder, pattern in _SHAPING_FILES
             for path in (root / folder).glob(pattern)}
    files |= {f"reference/{path.relative_to(reference).as_posix()}": path
              for path in reference.rglob("*") if path.is_file()}
    for name, path in sorted(files.items()):
        digest.update(f"{name}\n".encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    for library in _SHAPING_LIBRARIES:
        digest.update(f"{library} {_version(library)}\n".encode())
    return digest.hexdigest()[:32]


def _version(library: str) -> str:
    try:
        return metadata.version(library)
    except metadata.PackageNotFoundError:
        return "absent"


def input_key(source_uri: str, payload_hash: str) -> int:
    """The input's lookup key: the first 8 bytes of sha256(source_uri, payload_hash), as a signed int64."""
    digest = hashlib.sha256(f"{source_uri}\n{payload_hash}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class LoadedInputs:
    """The keys of the inputs this release has loaded, as a sorted array (8 bytes an input: a million inputs
    are 8 MB, read once per run). Not a dataclass: Prefect would walk it as a task argument."""

    def __init__(self, keys: Iterable[int] = ()) -> None:
        self.keys = np.unique(np.fromiter(keys, dtype=np.int64))

    def split(self, documents: Sequence[RawDocument]) -> tuple[list[RawDocument], list[RawDocument]]:
        """(to process, already loaded by this release), each in the documents' order."""
        if not len(self.keys) or not documents:
            return list(documents), []
        keys = np.fromiter((input_key(d.source_uri, d.payload_hash) for d in documents), dtype=np.int64,
                           count=len(documents))
        fresh: list[RawDocument] = []
        known: list[RawDocument] = []
        for document, is_known in zip(documents, np.isin(keys, self.keys).tolist(), strict=True):
            (known if is_known else fresh).append(document)
        return fresh, known


def read_loaded(con: duckdb.DuckDBPyConnection, release: str) -> LoadedInputs:
    """The inputs processed by `release` whose article is still in the warehouse: with the input's bytes, or
    held by the input that superseded it."""
    keys = con.execute(
        """SELECT l.input_key FROM staging.loaded_inputs l JOIN articles a ON a.article_id = l.article_id
           WHERE l.release = ?
             AND (l.superseded OR (a.payload_hash = l.payload_hash AND a.source_uri = l.source_uri))""",
        [release]).fetchnumpy()["input_key"]
    return LoadedInputs(keys)


def loaded_frame(articles: pd.DataFrame, article_ids: Iterable[str], superseded: Sequence[NormalizedArticle],
                 release: str, run_id: str) -> pd.DataFrame:
    """The rows of staging.loaded_inputs for a batch: its articles now in the warehouse as read (`articles`,
    the batch's articles table, and `article_ids`, those loaded or found unchanged), and the inputs that gave
    the same article as one read after them (`superseded`, tasks.load.one_per_article)."""
    wanted = articles[articles["article_id"].isin(set(article_ids))]
    frame = pd.DataFrame({"source_uri": [*wanted["source_uri"].astype(str), *(a.clean.source_uri for a in superseded)],
                          "payload_hash": [*wanted["payload_hash"].astype(str),
                                           *(a.clean.payload_hash for a in superseded)],
                          "article_id": [*wanted["article_id"].astype(str), *(a.article_id for a in superseded)],
                          "superseded": [False] * len(wanted) + [True] * len(superseded)})
    frame["input_key"] = [input_key(u, p) for u, p in zip(frame["source_uri"], frame["payload_hash"], strict=True)]
    frame["release"], frame["run_id"] = release, run_id
    return frame[RECORD_COLUMNS]


def left_out(articles: Sequence[NormalizedArticle], kept: Sequence[NormalizedArticle]) -> list[NormalizedArticle]:
    """The articles of `articles` that are not in `kept` (the same objects), in order."""
    kept_ids = {id(article) for article in kept}
    return [article for article in articles if id(article) not in kept_ids]


def record_loaded(con: duckdb.DuckDBPyConnection, frame: pd.DataFrame) -> None:
    """Replace the inputs' rows (one transaction: it ran once or not at all, safe to repeat).

    source_uri has no index (migration 0008): the old rows of these inputs are deleted before the new ones go in."""
    if frame.empty:
        return
    columns = ", ".join(RECORD_COLUMNS)
    con.execute("BEGIN TRANSACTION")
    try:
        with registered(con, "loaded_inputs_batch", frame):
            con.execute("DELETE FROM staging.loaded_inputs "
                        "WHERE source_uri IN (SELECT source_uri FROM loaded_inputs_batch)")
            con.execute(f"INSERT INTO staging.loaded_inputs ({columns}) SELECT {columns} FROM loaded_inputs_batch")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
