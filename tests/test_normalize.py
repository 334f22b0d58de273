"""Publication times on pages written for these tests: a time a date line gives without a zone is the outlet's."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from tasks.clean import clean_document
from tasks.models import RawDocument
from tasks.normalize import normalize_article, publication_date

LEAD = ("Ministers from the region agreed on Thursday to set up a joint fund for flood defences, after two days of "
        "talks that officials described as difficult but productive.")


def _published_at(first_line: str, date_line: str) -> datetime | None:
    text = "\n".join([first_line, "Ministers Agree on a Joint Flood Fund", date_line, LEAD])
    raw = RawDocument("/in/a.txt", "a.txt", text.encode(), "h" * 64, "text/plain", text, "utf-8", datetime.now(UTC))
    parsed = publication_date(clean_document(raw))[0]
    return parsed.at if parsed is not None else None


def test_a_time_without_a_zone_is_the_outlets_local_time() -> None:
    manila = _published_at("INQUIRER.NET", "Inquirer Visayas / 08:45 PM November 08, 2026")
    assert manila is not None and manila.utcoffset() == timedelta(hours=8)
    yangon = _published_at("The Irrawaddy", "8 November 2026 20:45")
    assert yangon is not None and yangon.utcoffset() == timedelta(hours=6, minutes=30)


def test_a_zone_the_line_names_and_indonesian_outlets_keep_theirs() -> None:
    named = _published_at("INQUIRER.NET", "08:45 PM November 08, 2026 GMT+7")
    assert named is not None and named.utcoffset() == timedelta(hours=7)
    jakarta = _published_at("Kompas.com", "Kompas.com - 08/11/2026, 20:45")
    assert jakarta is not None and jakarta.utcoffset() == timedelta(hours=7)


def test_a_header_date_without_its_year_takes_the_pages_copyright_year() -> None:
    """Japan Today prints "Nov. 27  01:35 pm JST" over the text; read years later, the page is still 2026's."""
    text = "\n\n".join(["Koto Today", "National", "Crime", "World", "Login", "WORLD",
                        "Bootleg liquor kills nine in Central Java", "Nov. 27  01:35 pm JST",
                        "Nine men have died after drinking bootleg liquor at a harvest party in Central Java, police "
                        "said Friday, a day after officers named the seller a suspect.",
                        "The men fell ill after a gathering on Saturday night, police said.",
                        "\u00a9 2026 AFP", "\u00a92026 Koto Media Inc."])
    raw = RawDocument("/in/a.txt", "a.txt", text.encode(), "h" * 64, "text/plain", text, "utf-8",
                      datetime(2029, 3, 1, tzinfo=UTC))
    article = normalize_article(clean_document(raw))
    assert article.published_date == date(2026, 11, 27) and article.published_date_source == "header"
    assert article.clean.wire_source == "AFP"
    assert {m.surface: m.resolved_value for m in article.dates}["on Saturday night"] == "2026-11-21"


def test_a_year_old_footer_does_not_pull_a_fresh_pages_date_back() -> None:
    text = "\n\n".join(["Koto Today", "National", "Crime", "World", "Man arrested in Osaka", "Nov. 27  01:35 pm JST",
                        "Police on Thursday arrested a 45-year-old man after an elderly woman was found dead.",
                        "The man denied the allegations, police said.", "\u00a92025 Koto Media Inc."])
    raw = RawDocument("/in/a.txt", "a.txt", text.encode(), "h" * 64, "text/plain", text, "utf-8",
                      datetime(2026, 11, 28, tzinfo=UTC))
    assert normalize_article(clean_document(raw)).published_date == date(2026, 11, 27)
