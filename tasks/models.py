"""Typed records passed between the stages of the pipeline.

ingest -> RawDocument -> clean -> CleanArticle -> normalize -> NormalizedArticle -> validate -> load.
Anything a stage cannot process becomes a QuarantineRecord instead; nothing is dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from operator import attrgetter
from typing import Any, Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def pickled_by_fields(cls: type[R]) -> type[R]:
    """Pickle a record as its class and its field values, rebuilt through the constructor.

    Records cross process boundaries by the thousand (a batch's articles come back from the worker processes
    with ~70 records each), and the slotted dataclass's own __getstate__/__setstate__ walk fields() in Python
    for every object: 1,000 normalized articles pickled in 0.15 s instead of 0.19 and unpickled in 0.11 s
    instead of 0.20 (best of five, in turn).
    """
    values = attrgetter(*(f.name for f in fields(cls)))  # type: ignore[arg-type]

    def __reduce__(self: Any) -> tuple[type[R], tuple[Any, ...]]:
        return cls, values(self)

    cls.__reduce__ = __reduce__  # type: ignore[method-assign,assignment]
    return cls


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RawDocument:
    """One input exactly as read, plus its decoded text."""

    source_uri: str  # absolute file path or URL
    source_name: str  # file name or URL
    payload: bytes  # the raw bytes, kept in raw.payloads keyed by payload_hash
    payload_hash: str  # sha256 hex of payload
    media_type: str  # "text/plain" or "text/html"
    text: str  # payload decoded with `encoding`
    encoding: str
    ingested_at: datetime


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class RemovedLine:
    """A line the cleaner took out of the body, with the rule that removed it (the audit trail)."""

    text: str
    rule: str


@pickled_by_fields
@dataclass(slots=True)
class CleanArticle:
    """An article split into metadata and a clean body; dates and entities are not resolved yet."""

    source_uri: str
    source_name: str
    payload_hash: str
    body_text: str  # paragraphs separated by one blank line
    title: str | None = None
    author: str | None = None
    outlet: str | None = None
    canonical_url: str | None = None
    dateline: str | None = None  # place, title case
    wire_source: str | None = None  # news agency credited by the outlet, e.g. "AFP"
    language: str | None = None  # ISO 639-1
    date_line: str | None = None  # the header line that carries the publication date, as written
    html_published: str | None = None  # publication time from HTML metadata, as written
    html_modified: str | None = None  # last modification time from HTML metadata, as written
    section: str | None = None  # the outlet's section or channel ("Regional", "Ekonomi"), from HTML metadata
    cited_urls: list[str] = field(default_factory=list)
    removed: list[RemovedLine] = field(default_factory=list)
    # When the page was read (first fetched or ingested), or the end of its copyright year when earlier: the year of
    # a header's date printed without one.
    read_at: datetime | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class ParsedDateTime:
    """A publication date read from a header line, a URL or HTML metadata."""

    day: date
    at: datetime | None = None  # timezone-aware when the time of day is known


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DateMention:
    """A date or time expression in a body, resolved against the publication date when possible."""

    surface: str
    char_start: int
    char_end: int
    resolved_value: str | None  # "2022-09-21", "2022-09", "2022-W37", "2006"; None when unresolved
    resolved_date: date | None  # first day of resolved_value
    granularity: str  # day | week | month | year
    resolution: str  # absolute | relative | unresolved


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Entity:
    entity_id: str
    name: str
    entity_type: str  # person | organization | location | product | other
    wikidata_id: str | None
    curated: bool


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class EntityMention:
    entity_id: str
    surface: str
    char_start: int
    char_end: int


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Quote:
    text: str  # without the quote marks
    char_start: int  # offsets of `text` in the body
    char_end: int
    speaker_surface: str | None
    speaker_entity_id: str | None
    quote_key: str  # the same for the same words quoted anywhere
    is_partial: bool  # a fragment quoted inside the reporter's own sentence


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class CitedSource:
    kind: str  # url | outlet
    value: str
    domain: str | None
    entity_id: str | None


@pickled_by_fields
@dataclass(slots=True)
class NormalizedArticle:
    """A clean article with everything resolved: the unit that is validated and loaded."""

    article_id: str
    clean: CleanArticle
    content_hash: str
    word_count: int
    published_date: date | None = None
    published_at: datetime | None = None
    published_date_source: str | None = None
    modified_at: datetime | None = None  # from the page's metadata, timezone-aware
    entities: list[Entity] = field(default_factory=list)  # every entity its mentions point to
    mentions: list[EntityMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    cited: list[CitedSource] = field(default_factory=list)
    # The body's distinctive words and figures (tasks.stories.story_terms), computed where the article is
    # normalized (a worker process) rather than where stories are assigned (the flow's process).
    story_terms: frozenset[str] = frozenset()
    story_id: str | None = None


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class QuarantineRecord:
    """An input a stage could not process: kept with its reason and a reference to its raw payload."""

    source_uri: str
    stage: str  # ingest | clean | normalize | validate | load
    reason: str  # short machine-readable reason, e.g. "empty", "binary", "expectation:body_min_length"
    detail: str  # a sentence a person can act on
    payload_hash: str | None = None


class Timed(Generic[T]):
    """A stage's result with the seconds the stage worked on it (stages may run concurrently, so the
    flow cannot time them with its own clock).

    Deliberately not a dataclass: Prefect walks dataclasses, lists and dicts passed to a task looking for
    futures, which costs seconds for a batch of thousands of articles; a plain object it passes as it is
    (also to Dask workers, where Prefect's quote() wrapper does not survive serialization).
    """

    __slots__ = ("seconds", "value")

    def __init__(self, value: T, seconds: float) -> None:
        self.value = value
        self.seconds = seconds

    def __repr__(self) -> str:
        return f"Timed({type(self.value).__name__}, {self.seconds:.3f} s)"
