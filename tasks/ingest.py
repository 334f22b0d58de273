"""Ingest: find input files, read their bytes safely, detect encoding and media type.

Never crashes on bytes: whatever cannot be read as an article becomes a QuarantineRecord, and its raw
payload (when there is one) is still returned so the loader keeps it.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from charset_normalizer import from_bytes

from tasks.models import QuarantineRecord, RawDocument

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".html", ".htm"})

# Magic numbers of binary formats that are sometimes saved with a .txt or .html name.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"RIFF", "RIFF media file"),
    (b"\x7fELF", "executable"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(slots=True)
class Discovery:
    """The files found under an input path, and what was passed over (reported, never silent)."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why)


@dataclass(slots=True)
class IngestResult:
    documents: list[RawDocument] = field(default_factory=list)
    quarantined: list[QuarantineRecord] = field(default_factory=list)
    # Payloads of quarantined inputs, kept so an operator can inspect exactly what arrived.
    quarantined_payloads: list[RawDocument] = field(default_factory=list)
    # Identical bytes seen twice in one batch: processed once, and each extra copy is also quarantined as a
    # duplicate so that no input file goes unaccounted for.
    duplicates: int = 0


def keep_bytes_only(result: IngestResult) -> None:
    """Once a batch is cleaned, its decoded texts are done with: keep each page once, as the bytes that go
    into raw.payloads (a real news page is 100-300 KB, held twice while the batch waits to be loaded)."""
    result.documents = [replace(document, text="") for document in result.documents]


@dataclass(frozen=True, slots=True)
class Skipped:
    """An input passed over, and why (reported, never silent)."""

    path: str
    why: str


def discover(path: Path) -> Discovery:
    """Files under `path` (a file or a folder, searched recursively) that may hold articles, all at once."""
    found = Discovery()
    for item in walk_inputs(path):
        if isinstance(item, Skipped):
            found.skipped.append((item.path, item.why))
        else:
            found.files.append(item)
    return found


def file_batches(path: Path, size: int, on_skip: Callable[[Skipped], None]) -> Iterator[list[Path]]:
    """The article files under `path`, `size` at a time, as the walk finds them (`on_skip` hears of the rest)."""
    batch: list[Path] = []
    for item in walk_inputs(path):
        if isinstance(item, Skipped):
            on_skip(item)
            continue
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def walk_inputs(path: Path) -> Iterator[Path | Skipped]:
    """Article files under `path` in sorted path order, and what is passed over, as the walk finds them.

    Nothing is listed up front, so a backfill of millions of files does not hold their paths: the walk keeps
    one folder's entries at a time and a set of ~80 bytes a file that spots a file reached twice (by a link).
    Symlinked folders are followed once: a symlink loop cannot make the walk endless.
    """
    if not path.exists():
        raise FileNotFoundError(f"input path does not exist: {path}")
    if path.is_file():
        yield path
        return
    seen_files: set[int] = set()  # (device, inode) of every file found, packed in one int
    linked: dict[int, Path] = {}  # the same, for files found through a symlink to the file: their path
    for found in _walk(path, set()):
        if isinstance(found, Skipped):
            yield found
            continue
        file, key = found.path, found.key
        if key in seen_files:
            first = linked.get(key) or (file.resolve() if found.is_link else None)
            yield Skipped(str(file), f"the same file as {first} (one is a link to the other)" if first is not None
                          else "the same file as another input (a hard link to it)")
        elif file.name.startswith("."):
            yield Skipped(str(file), "hidden file")
        elif file.suffix.lower() in ARTICLE_SUFFIXES:
            seen_files.add(key)
            if found.is_link:
                linked[key] = file
            yield file
        else:
            yield Skipped(str(file), f"not an article file type ({file.suffix or 'no suffix'})")


class _File(NamedTuple):
    path: Path
    key: int  # (device, inode), packed in one int
    is_link: bool  # found through a symlink to the file


def _walk(folder: Path, seen: set[tuple[int, int]]) -> Iterator[_File | Skipped]:
    """Depth first, each folder's entries sorted by name: the same order as sorting all the paths."""
    try:
        stat = folder.stat()
    except OSError as exc:
        yield Skipped(str(folder), f"cannot read folder: {exc.strerror or exc}")
        return
    key = (stat.st_dev, stat.st_ino)
    if key in seen:
        yield Skipped(str(folder), "folder already visited (symlink loop)")
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        yield Skipped(str(folder), f"cannot list folder: {exc.strerror or exc}")
        return
    for entry in entries:
        entry_path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=True):
                if not entry.name.startswith("."):
                    yield from _walk(entry_path, seen)
            elif entry.is_file(follow_symlinks=True):
                # A plain file's identity comes with the folder listing; a link's needs its target's stat.
                is_link = entry.is_symlink()
                target = entry.stat() if is_link else None
                device, inode = (target.st_dev, target.st_ino) if target else (stat.st_dev, entry.inode())
                yield _File(entry_path, device << 64 | inode, is_link)
            else:
                yield Skipped(str(entry_path), "not a regular file (broken link or device)")
        except OSError as exc:
            yield Skipped(str(entry_path), f"cannot stat: {exc.strerror or exc}")


def ingest_files(files: list[Path], max_bytes: int) -> IngestResult:
    """Read each file; identical payloads in one run are processed once."""
    result = IngestResult()
    first_seen: dict[str, str] = {}  # payload hash -> the source that brought it first
    for file in files:
        document, problem = read_file(file, max_bytes)
        if problem is not None:
            result.quarantined.append(problem)
            if document is not None:
                result.quarantined_payloads.append(document)
            continue
        assert document is not None  # read_file returns a document or a problem
        first = first_seen.setdefault(document.payload_hash, document.source_uri)
        if first != document.source_uri:
            result.duplicates += 1
            result.quarantined.append(QuarantineRecord(
                document.source_uri, "ingest", "duplicate",
                f"the same bytes as {first}, read earlier in this run: processed once, under that name",
                document.payload_hash))
            continue
        result.documents.append(document)
    return result


def read_file(file: Path, max_bytes: int) -> tuple[RawDocument | None, QuarantineRecord | None]:
    """One file as a RawDocument, or the reason it cannot be an article (with its bytes when read)."""
    source_uri = str(file.resolve())
    try:
        size = file.stat().st_size
        if size > max_bytes:
            detail = f"{size} bytes is more than the {max_bytes}-byte limit for one article (KABAR_MAX_INPUT_BYTES)"
            return None, QuarantineRecord(source_uri, "ingest", "too_large", detail)
        with file.open("rb") as handle:
            payload = handle.read(max_bytes + 1)
    except OSError as exc:
        return None, QuarantineRecord(source_uri, "ingest", "unreadable", f"cannot read file: {exc.strerror or exc}")
    return decode_payload(payload, source_uri=source_uri, source_name=file.name, suffix=file.suffix)


def decode_payload(
    payload: bytes, *, source_uri: str, source_name: str, suffix: str = ""
) -> tuple[RawDocument | None, QuarantineRecord | None]:
    """Decode bytes into text; quarantine empty, binary and undecodable payloads (keeping the bytes)."""
    digest = hashlib.sha256(payload).hexdigest()
    now = datetime.now(UTC)

    def keep(text: str, encoding: str, media_type: str) -> RawDocument:
        return RawDocument(source_uri, source_name, payload, digest, media_type, text, encoding, now)

    kind = binary_kind(payload)
    if kind:
        detail = f"the file is a {kind}, not text"
        return keep("", "binary", "application/octet-stream"), QuarantineRecord(
            source_uri, "ingest", "binary", detail, digest)
    text, encoding = decode_text(payload)
    if not text.strip():
        reason = "empty" if not payload else "whitespace_only"
        detail = "the file is empty" if not payload else "the file holds only whitespace"
        return keep(text, encoding, "text/plain"), QuarantineRecord(source_uri, "ingest", reason, detail, digest)
    media_type = "text/html" if looks_like_html(text, suffix) else "text/plain"
    return keep(text, encoding, media_type), None


def binary_kind(payload: bytes) -> str | None:
    for signature, kind in _BINARY_SIGNATURES:
        if payload.startswith(signature):
            return kind
    if any(payload.startswith(bom) for bom, _ in _BOMS):
        return None  # UTF-16/32 text legitimately contains NUL bytes
    head = payload[:8192]
    if head.count(b"\x00") > len(head) // 100 + 1:
        return "binary file (NUL bytes)"
    return None


def decode_text(payload: bytes) -> tuple[str, str]:
    """Text and the encoding used: BOM first, then strict UTF-8, then detection, then cp1252 as a floor."""
    for bom, encoding in _BOMS:
        if payload.startswith(bom):
            return payload.decode(encoding, errors="replace"), encoding
    try:
        return payload.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(payload):
        # A UTF-8 file with pasted legacy bytes: decoding it whole as one legacy code page would garble
        # every correct UTF-8 character, so only the invalid bytes are read as cp1252.
        return payload.decode(MIXED_ENCODING), MIXED_ENCODING
    encoding = _detect_encoding(payload[:262144])
    if encoding:
        return payload.decode(encoding, errors="replace"), encoding
    # cp1252 decodes almost every byte; the few it cannot become U+FFFD instead of an exception.
    return payload.decode("cp1252", errors="replace"), "cp1252"


# Valid multi-byte UTF-8 sequences. Legacy single-byte text almost never forms them by accident: a lead
# byte 0xC2-0xF4 must be followed by exactly the right number of bytes 0x80-0xBF.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_CP1252_FALLBACK = "kabar-cp1252-fallback"
# Recorded in raw.payloads.encoding for such files; registered below as a codec of that name.
MIXED_ENCODING = "utf-8+cp1252"


def _decode_invalid_as_cp1252(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)  # registered for decoding only
    stray = error.object[error.start:error.end]
    return bytes(stray).decode("cp1252", errors="replace"), error.end


codecs.register_error(_CP1252_FALLBACK, _decode_invalid_as_cp1252)


def _mixed_codec(name: str) -> codecs.CodecInfo | None:
    """`MIXED_ENCODING` as a codec, so a payload's recorded encoding decodes it again (full refresh)."""
    if name != "utf_8_cp1252":  # the codec registry hands over the name normalized
        return None

    def decode(data: bytes, errors: str = "strict") -> tuple[str, int]:
        return bytes(data).decode("utf-8", errors=_CP1252_FALLBACK), len(data)

    def encode(text: str, errors: str = "strict") -> tuple[bytes, int]:
        return text.encode("utf-8", errors), len(text)

    return codecs.CodecInfo(encode, decode, name=MIXED_ENCODING)


codecs.register(_mixed_codec)


def _mostly_utf8(payload: bytes) -> bool:
    """Whether most non-ASCII bytes belong to valid UTF-8 sequences (a UTF-8 file with a few stray bytes)."""
    high = sum(1 for byte in payload if byte >= 0x80)
    in_sequences = sum(len(match) for match in _UTF8_SEQUENCE.findall(payload))
    return in_sequences > 0 and in_sequences * 2 >= high


# When detection finds several encodings equally plausible, prefer the legacy encodings the web uses
# most: a Western text in cp1252 is otherwise often taken for a Baltic or DOS code page.
_PREFERRED_LEGACY = ("cp1252", "latin_1", "iso8859_15", "cp1250", "iso8859_2")


def _detect_encoding(sample: bytes) -> str | None:
    matches = list(from_bytes(sample))
    if not matches:
        return None
    least_chaos = min(m.chaos for m in matches)
    plausible = [m.encoding for m in matches if m.chaos <= least_chaos + 0.01]
    return next((e for e in _PREFERRED_LEGACY if e in plausible), plausible[0])


def looks_like_html(text: str, suffix: str) -> bool:
    if suffix.lower() in {".html", ".htm"}:
        return True
    head = text.lstrip()[:512].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head and "</" in text)
