"""The fetcher against a hostile local server: retries, timeouts, redirects, robots, caps, addresses."""

from __future__ import annotations

import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from itertools import pairwise

import pytest

from tasks.addresses import AddressRule
from tasks.fetch import DEFAULT_USER_AGENT, CrawlState, Fetcher, FetchPolicy, _retry_after, decode_page
from tests.hostile_server import Answer, HostileServer, conditional, endless, redirect, sequence, slow, static

PAGE = "<html><body><h1>Judul</h1><p>Isi berita.</p></body></html>"
INDONESIAN = "“Kami belum pernah mengekspor senjata,” kata pejabat itu pada Jum’at – Rp1,5 triliun."


def fast_policy(**overrides: object) -> FetchPolicy:
    """Tests talk to 127.0.0.1 on purpose, and must not wait real backoff times."""
    values: dict[str, object] = {"allow_private_addresses": True, "per_host_delay": 0.0, "backoff_base": 0.01,
                                 "max_retry_after": 0.05, "retries": 2, "connect_timeout": 2.0, "read_timeout": 5.0}
    values.update(overrides)
    return FetchPolicy(**values)  # type: ignore[arg-type]


def test_a_page_is_fetched_with_our_user_agent_and_robots_is_read_once(server: HostileServer) -> None:
    server.routes["/a"] = static(PAGE)
    server.routes["/b"] = static(PAGE)
    with Fetcher(fast_policy()) as fetcher:
        first, second = fetcher.fetch(server.url("/a")), fetcher.fetch(server.url("/b"))
    assert (first.kind, first.status, first.body) == ("ok", 200, PAGE.encode())
    assert second.kind == "ok"
    assert server.requests_for("/a")[0].headers["user-agent"] == DEFAULT_USER_AGENT
    assert server.hits("/robots.txt") == 1
    assert first.record.payload_hash == first.payload_hash and first.record.byte_size == len(PAGE)


def test_429_waits_the_capped_retry_after_then_succeeds(server: HostileServer) -> None:
    server.routes["/busy"] = sequence(Answer(429, b"slow down", {"Retry-After": "30"}), Answer(200, PAGE.encode()))
    started = time.monotonic()
    with Fetcher(fast_policy()) as fetcher:
        outcome = fetcher.fetch(server.url("/busy"))
    assert outcome.kind == "ok" and outcome.attempts == 2
    assert server.hits("/busy") == 2
    assert time.monotonic() - started < 5  # Retry-After: 30 was capped at max_retry_after


def test_retry_after_reads_seconds_and_http_dates() -> None:
    assert _retry_after("7") == 7.0
    later = format_datetime(datetime.now(UTC) + timedelta(seconds=60), usegmt=True)
    assert 55 <= (_retry_after(later) or 0) <= 60
    assert _retry_after("Tue, 01 Jan 2000 00:00:00 GMT") == 0.0
    assert _retry_after("soon") is None


def test_a_500_is_retried_and_the_second_answer_is_used(server: HostileServer) -> None:
    server.routes["/flaky"] = sequence(Answer(500, b"oops"), Answer(200, PAGE.encode()))
    with Fetcher(fast_policy()) as fetcher:
        outcome = fetcher.fetch(server.url("/flaky"))
    assert outcome.kind == "ok" and server.hits("/flaky") == 2


def test_a_persistent_503_gives_up_after_the_retries(server: HostileServer) -> None:
    server.routes["/down"] = static("down", status=503)
    with Fetcher(fast_policy(retries=2)) as fetcher:
        outcome = fetcher.fetch(server.url("/down"))
    assert (outcome.kind, outcome.reason, outcome.status) == ("failed", "http_503", 503)
    assert server.hits("/down") == 3


def test_a_404_is_not_retried(server: HostileServer) -> None:
    with Fetcher(fast_policy()) as fetcher:
        outcome = fetcher.fetch(server.url("/missing"))
    assert outcome.reason == "http_404" and server.hits("/missing") == 1
    assert "404" in (outcome.detail or "")


def test_a_server_slower_than_the_read_timeout_is_a_timeout(server: HostileServer) -> None:
    server.routes["/slow"] = slow(1.5)
    started = time.monotonic()
    with Fetcher(fast_policy(read_timeout=0.5, retries=0)) as fetcher:
        outcome = fetcher.fetch(server.url("/slow"))
    assert (outcome.kind, outcome.reason, outcome.status) == ("failed", "timeout", None)
    assert time.monotonic() - started < 1.4


def test_a_redirect_loop_is_detected(server: HostileServer) -> None:
    server.routes["/loop-a"] = redirect("/loop-b")
    server.routes["/loop-b"] = redirect(server.url("/loop-a"))
    with Fetcher(fast_policy()) as fetcher:
        outcome = fetcher.fetch(server.url("/loop-a"))
    assert outcome.reason == "redirect_loop"
    assert server.hits("/loop-a") == 1 and server.hits("/loop-b") == 1


def test_a_redirect_chain_is_followed_and_recorded(server: HostileServer) -> None:
    server.routes["/r1"] = redirect("/r2", 301)
    server.routes["/r2"] = redirect("/r3", 307)
    server.routes["/r3"] = redirect("/article", 308)
    server.routes["/article"] = static(PAGE)
    with Fetcher(fast_policy()) as fetcher:
        outcome = fetcher.fetch(server.url("/r1"))
    assert outcome.kind == "ok" and outcome.final_url == server.url("/article")
    assert outcome.record.redirect_chain == (server.url("/r1"), server.url("/r2"), server.url("/r3"))
    assert outcome.record.final_url == server.url("/article")


def test_more_redirects_than_allowed_stop(server: HostileServer) -> None:
    for n in range(8):
        server.routes[f"/hop{n}"] = redirect(f"/hop{n + 1}")
    with Fetcher(fast_policy(max_redirects=5)) as fetcher:
        outcome = fetcher.fetch(server.url("/hop0"))
    assert outcome.reason == "too_many_redirects"
    assert server.hits("/hop6") == 0


def test_robots_disallow_is_honoured_without_requesting_the_page(server: HostileServer) -> None:
    server.routes["/robots.txt"] = static("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    server.routes["/private/x"] = static(PAGE)
    server.routes["/public"] = static(PAGE)
    with Fetcher(fast_policy()) as fetcher:
        refused = fetcher.fetch(server.url("/private/x"))
        allowed = fetcher.fetch(server.url("/public"))
    assert refused.reason == "robots_disallowed" and server.hits("/private/x") == 0
    assert allowed.kind == "ok" and server.hits("/robots.txt") == 1


def test_robots_5xx_closes_the_host_for_the_run_and_4xx_opens_it(server: HostileServer) -> None:
    server.routes["/robots.txt"] = static("broken", status=500)
    server.routes["/page"] = static(PAGE)
    with Fetcher(fast_policy(retries=0)) as fetcher:
        outcome = fetcher.fetch(server.url("/page"))
        again = fetcher.fetch(server.url("/page"))
    assert outcome.reason == "robots_unavailable" and again.reason == "robots_unavailable"
    assert server.hits("/page") == 0 and server.hits("/robots.txt") == 1
    server.routes["/robots.txt"] = static("gone", status=410)
    with Fetcher(fast_policy()) as fetcher:
        assert fetcher.fetch(server.url("/page")).kind == "ok"


def test_header_charset_wrong_body_utf8_is_read_as_utf8(server: HostileServer) -> None:
    body = f"<html><body><p>{INDONESIAN}</p></body></html>".encode()
    server.routes["/mislabelled"] = static(body, content_type="text/html; charset=iso-8859-1")
    with Fetcher(fast_policy()) as fetcher:
        outcome = fetcher.fetch(server.url("/mislabelled"))
    assert outcome.declared_charset == "iso-8859-1"
    text, encoding = decode_page(outcome.body, outcome.declared_charset)
    assert INDONESIAN in text and encoding == "utf-8"


def test_header_utf8_body_legacy_is_read_with_the_legacy_encoding(server: HostileServer) -> None:
    body = f"<html><body><p>{INDONESIAN}</p></body></html>".encode("cp1252")
    server.routes["/legacy"] = static(body, content_type="text/html; charset=utf-8")
    with Fetcher(fast_policy()) as fetcher:
        outcome = fetcher.fetch(server.url("/legacy"))
    text, encoding = decode_page(outcome.body, outcome.declared_charset)
    assert INDONESIAN in text and encoding != "utf-8"  # cp1252 or a code page equal for these letters


def test_utf8_with_a_stray_legacy_byte_keeps_its_utf8_despite_a_latin1_label() -> None:
    body = f"<html><body><p>{INDONESIAN} harga ".encode() + b"\x80" + b" 5</p></body></html>"  # a cp1252 euro
    text, encoding = decode_page(body, "iso-8859-1")
    assert INDONESIAN in text and encoding.startswith("utf")


def test_meta_charset_is_used_when_no_header_says_it() -> None:
    body = f'<html><head><meta charset="windows-1252"></head><body>{INDONESIAN}</body></html>'.encode("cp1252")
    text, encoding = decode_page(body, None)
    assert INDONESIAN in text and encoding == "cp1252"


def test_a_100_mb_body_is_cut_at_the_cap_without_reading_it(server: HostileServer) -> None:
    server.routes["/huge"] = endless()
    cap = 1024 * 1024
    with Fetcher(fast_policy(max_bytes=cap)) as fetcher:
        outcome = fetcher.fetch(server.url("/huge"))
    assert (outcome.kind, outcome.reason) == ("failed", "too_large")
    assert outcome.body == b"" and outcome.record.payload is None
    assert cap < outcome.record.byte_size <= cap + 64 * 1024
    time.sleep(0.2)  # let the server notice the hang-up
    assert server.bytes_streamed < 20 * 1024 * 1024  # socket buffers only, never the 100 MB


def test_an_announced_100_mb_body_is_refused_before_reading(server: HostileServer) -> None:
    server.routes["/huge"] = endless(announce_length=True)
    with Fetcher(fast_policy(max_bytes=1024 * 1024)) as fetcher:
        outcome = fetcher.fetch(server.url("/huge"))
    assert outcome.reason == "too_large" and outcome.record.byte_size == 0
    assert "104857600" in (outcome.detail or "")


def test_a_pdf_served_as_html_is_quarantined_with_its_bytes(server: HostileServer) -> None:
    pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
    server.routes["/doc.html"] = static(pdf, content_type="text/html; charset=utf-8")
    with Fetcher(fast_policy()) as fetcher:
        outcome = fetcher.fetch(server.url("/doc.html"))
    assert (outcome.kind, outcome.reason) == ("failed", "not_html:application/pdf")
    assert outcome.body == pdf and outcome.record.payload == pdf


def test_a_declared_image_is_refused_unread(server: HostileServer) -> None:
    server.routes["/photo"] = static(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, content_type="image/png")
    with Fetcher(fast_policy()) as fetcher:
        outcome = fetcher.fetch(server.url("/photo"))
    assert outcome.reason == "not_html:image/png" and outcome.record.payload is None


def test_etag_and_last_modified_make_the_second_fetch_a_304(server: HostileServer) -> None:
    server.routes["/cached"] = conditional(PAGE)
    with Fetcher(fast_policy()) as fetcher:
        first = fetcher.fetch(server.url("/cached"))
        state = CrawlState(server.url("/cached"), first.final_url, first.etag, first.last_modified, 200)
        second = fetcher.fetch(server.url("/cached"), state)
    assert first.kind == "ok" and first.etag == '"v1"'
    assert (second.kind, second.status, second.body) == ("not_modified", 304, b"")
    sent = server.requests_for("/cached")[1].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == first.last_modified


def test_private_addresses_are_refused_without_a_request(server: HostileServer) -> None:
    server.routes["/page"] = static(PAGE)
    with Fetcher(fast_policy(allow_private_addresses=False)) as fetcher:
        outcome = fetcher.fetch(server.url("/page"))
    assert (outcome.kind, outcome.reason) == ("failed", "private_address")
    assert "KABAR_ALLOW_PRIVATE_ADDRESSES" in (outcome.detail or "")
    assert server.seen == [] and fetcher.requests_made == 0


def test_redirect_targets_are_checked_too(server: HostileServer) -> None:
    server.routes["/to-metadata"] = redirect("http://169.254.169.254/latest/meta-data/")
    server.routes["/to-file"] = redirect("file:///etc/passwd")
    policy = fast_policy(allow_private_addresses=False, allowed_networks=("127.0.0.0/8",))
    with Fetcher(policy) as fetcher:
        metadata, local_file = fetcher.fetch(server.url("/to-metadata")), fetcher.fetch(server.url("/to-file"))
    assert metadata.reason == "private_address" and "169.254.169.254" in (metadata.detail or "")
    assert local_file.reason == "unsupported_scheme"
    assert fetcher.fetch(server.url("/to-metadata")).record.redirect_chain == (server.url("/to-metadata"),)


def test_requests_to_one_host_are_spaced_by_the_per_host_delay(server: HostileServer) -> None:
    for n in range(3):
        server.routes[f"/p{n}"] = static(PAGE)
    with Fetcher(fast_policy(per_host_delay=0.2)) as fetcher:
        for n in range(3):
            fetcher.fetch(server.url(f"/p{n}"))
    starts = [s.at for s in server.seen]
    assert len(starts) == 4  # robots.txt and the three pages
    assert min(b - a for a, b in pairwise(starts)) >= 0.18


@pytest.mark.parametrize("cap", [1, 2])
def test_requests_in_flight_to_one_host_never_pass_the_cap(server: HostileServer, cap: int) -> None:
    server.routes["/robots.txt"] = static("User-agent: *\nAllow: /\n", content_type="text/plain")
    for n in range(5):
        server.routes[f"/s{n}"] = slow(0.15, PAGE.encode())
    with Fetcher(fast_policy(per_host_concurrency=cap)) as fetcher:
        threads = [threading.Thread(target=fetcher.fetch, args=(server.url(f"/s{n}"),)) for n in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert sum(server.hits(f"/s{n}") for n in range(5)) == 5
    assert 1 <= server.max_in_flight <= cap  # never more than the cap, whatever the scheduling


def test_policy_reads_the_environment() -> None:
    policy = FetchPolicy.from_env({"KABAR_USER_AGENT": "Test/1", "KABAR_ALLOW_PRIVATE_ADDRESSES": "true",
                                   "KABAR_PER_HOST_DELAY": "0.5", "KABAR_RETRIES": "1",
                                   "KABAR_ALLOWED_NETWORKS": "10.0.0.0/8, 192.168.1.0/24"}, max_bytes=10)
    assert (policy.user_agent, policy.allow_private_addresses, policy.per_host_delay, policy.retries) == (
        "Test/1", True, 0.5, 1)
    assert policy.allowed_networks == ("10.0.0.0/8", "192.168.1.0/24") and policy.max_bytes == 10
    with pytest.raises(ValueError, match="KABAR_RETRIES"):
        FetchPolicy.from_env({"KABAR_RETRIES": "many"})


def test_a_name_that_resolves_to_a_private_address_at_connect_time_is_refused(
        server: HostileServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: the name's first answer is public, so the check before the request lets it through;
    the connection then reaches 127.0.0.1, and is dropped before a byte of the request is sent."""
    server.routes["/page"] = static(PAGE)
    real = socket.getaddrinfo
    answers = ["93.184.216.34"]  # public first, then loopback for every later lookup

    def rebinding(host: str, port: object, *args: object, **kwargs: object) -> list:
        if host != "news.rebind.test":
            return real(host, port, *args, **kwargs)  # type: ignore[arg-type]
        address = answers.pop(0) if answers else "127.0.0.1"
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, int(port)))]  # type: ignore[call-overload]

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    url = server.url("/page").replace("127.0.0.1", "news.rebind.test")
    with Fetcher(fast_policy(allow_private_addresses=False, respect_robots=False)) as fetcher:
        outcome = fetcher.fetch(url)
    assert (outcome.kind, outcome.reason, outcome.attempts) == ("failed", "private_address", 1)  # not retried
    assert "reached 127.0.0.1" in (outcome.detail or "") and "KABAR_ALLOW_PRIVATE_ADDRESSES" in (outcome.detail or "")
    assert server.seen == []


def test_the_address_rule() -> None:
    rule = AddressRule(allow_private=False, allowed_networks=("10.1.2.0/24",))
    assert not rule.refuses("93.184.216.34") and not rule.refuses("2606:2800:220:1::1")
    assert rule.refuses("127.0.0.1") and rule.refuses("192.168.0.9") and rule.refuses("169.254.169.254")
    assert rule.refuses("::ffff:127.0.0.1")  # an IPv4 address written as IPv6 is judged as IPv4
    assert rule.refuses("fe80::1%eth0") and rule.refuses("224.0.0.1")
    assert not rule.refuses("10.1.2.7") and rule.refuses("10.1.3.7")  # the allowed network only
    assert not AddressRule(allow_private=True).refuses("127.0.0.1")
