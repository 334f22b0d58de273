"""Ingest: any bytes in, a readable document or a quarantine record with its reason out; never a crash."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from tasks import ingest
from tasks.ingest import decode_payload, discover, ingest_files, read_file

ARTICLE = "Jakarta - Pemerintah menaikkan harga BBM bersubsidi mulai Sabtu (3/9/2022), kata Menteri Keuangan."


def decoded(payload: bytes, name: str = "a.txt"):
    return decode_payload(payload, source_uri=f"/in/{name}", source_name=name, suffix=Path(name).suffix)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_text_in_any_common_encoding_reads_back_the_same(encoding: str) -> None:
    text = ARTICLE + " Caf\u00e9 na\u00efve \u00e0 la carte."
    document, problem = decoded(text.encode(encoding))
    assert problem is None
    assert document.text.strip() == text


def test_mixed_encodings_in_one_file_keep_both_parts_readable() -> None:
    payload = ARTICLE.encode("utf-8") + " Caf\u00e9".encode("cp1252") + " \u201cok\u201d".encode()
    document, problem = decoded(payload)
    assert problem is None
    assert document.text == ARTICLE + " Caf\u00e9 \u201cok\u201d"
    assert document.encoding == "utf-8+cp1252"
    # The recorded encoding decodes the payload again (a full refresh re-decodes raw payloads by it).
    assert payload.decode(document.encoding) == document.text


def test_legacy_text_with_no_utf8_sequences_is_not_taken_for_mixed() -> None:
    document, _ = decoded(("Jos\u00e9 berkata \u2013 harga naik. " * 5).encode("cp1252"))
    assert document.encoding != "utf-8+cp1252" and "Jos\u00e9 berkata \u2013" in document.text


@pytest.mark.parametrize(("payload", "reason"), [
    (b"", "empty"),
    (b"   \n\t \r\n", "whitespace_only"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "binary"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
    (b"PK\x03\x04" + b"\x00" * 40, "binary"),
])
def test_unusable_payloads_are_quarantined_with_their_bytes(payload: bytes, reason: str) -> None:
    document, problem = decoded(payload)
    assert problem is not None and problem.reason == reason and problem.stage == "ingest"
    assert document is not None and document.payload == payload  # kept for inspection
    assert problem.payload_hash == document.payload_hash


def test_html_is_recognised_by_suffix_or_content() -> None:
    assert decoded(b"<html><body><p>x</p></body></html>", "page.txt")[0].media_type == "text/html"
    assert decoded(b"plain words", "page.html")[0].media_type == "text/html"
    assert decoded(ARTICLE.encode(), "a.txt")[0].media_type == "text/plain"


def test_oversized_file_is_quarantined_unread(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    document, problem = read_file(big, max_bytes=1024)
    assert document is None and problem.reason == "too_large" and "1024" in problem.detail


def test_discovery_skips_other_files_visibly_and_survives_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b article.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "\u00fcber.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    found = discover(tmp_path)
    assert [p.name for p in found.files] == ["b article.txt", "\u00fcber.html"]
    reasons = dict(found.skipped)
    assert any("not an article file type" in why for why in reasons.values())
    assert any("symlink loop" in why for why in reasons.values())


def test_file_batches_walk_only_as_far_as_the_batches_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A backfill of millions of files must not list them all before the first batch is read."""
    for folder in ("a", "b", "c"):
        (tmp_path / folder).mkdir()
        for name in ("1.txt", "2.txt", "3.txt"):
            (tmp_path / folder / name).write_text(ARTICLE, encoding="utf-8")
    listed: list[str] = []
    real_scandir = os.scandir

    def counting_scandir(path: Path) -> object:
        listed.append(Path(path).name)
        return real_scandir(path)

    monkeypatch.setattr(ingest.os, "scandir", counting_scandir)
    skips: list[ingest.Skipped] = []
    batches = ingest.file_batches(tmp_path, 2, skips.append)
    first = next(batches)
    assert [p.relative_to(tmp_path).as_posix() for p in first] == ["a/1.txt", "a/2.txt"]
    assert listed == [tmp_path.name, "a"]  # b and c not listed yet
    rest = [p.relative_to(tmp_path).as_posix() for batch in batches for p in batch]
    assert rest == ["a/3.txt", "b/1.txt", "b/2.txt", "b/3.txt", "c/1.txt", "c/2.txt", "c/3.txt"]
    assert skips == []


def test_walk_order_is_sorted_path_order_and_hard_links_are_found_once(tmp_path: Path) -> None:
    for relative in ("a-b.txt", "a/z.txt", "a/b/c.html", "B.txt", "a0.txt"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(ARTICLE + relative, encoding="utf-8")
    os.link(tmp_path / "a" / "z.txt", tmp_path / "zz.txt")
    found = discover(tmp_path)
    assert found.files == sorted(found.files) and len(found.files) == 5
    assert found.skipped == [(str(tmp_path / "zz.txt"), "the same file as another input (a hard link to it)")]


def test_identical_files_are_read_once_and_the_copy_is_quarantined_as_a_duplicate(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    result = ingest_files(sorted(tmp_path.iterdir()), max_bytes=10_000)
    assert len(result.documents) == 1 and result.duplicates == 1
    [record] = result.quarantined
    assert (record.stage, record.reason, record.source_uri) == ("ingest", "duplicate", str(tmp_path / "two.txt"))
    assert str(tmp_path / "one.txt") in record.detail
    assert record.payload_hash == result.documents[0].payload_hash  # its bytes are the loaded file's


def test_a_file_linked_twice_is_discovered_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    found = discover(tmp_path)
    assert [p.name for p in found.files] == ["a.txt"]
    why = f"the same file as {tmp_path / 'a.txt'} (one is a link to the other)"
    assert found.skipped == [(str(tmp_path / "b.txt"), why)]


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="does not exist"):
        discover(tmp_path / "nowhere")


def test_utf16_bom_is_not_mistaken_for_binary() -> None:
    document, problem = decoded(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    assert problem is None and document.text.strip() == ARTICLE
