"""Fetching against a real local HTTP server: limits and refusals."""

import gzip
import socket
import time

import httpx
import pytest

from factcheck.config import FetchSettings, load_fetch_settings
from factcheck.errors import ConfigError, FetchError, TransientFetchError
from factcheck.sources.fetch import check_url, fetch
from tests.http_fixture import Route

LOCAL = FetchSettings(allow_private_hosts=True, timeout_s=2, max_bytes=10_000)


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.com/a", "gopher://x/", "javascript:alert(1)", "/a/b"],
)
def test_only_http_and_https_are_fetched(url):
    with pytest.raises(FetchError, match="refused; only http, https"):
        check_url(url, FetchSettings(allow_private_hosts=True))


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://localhost:8080/",
        "http://10.1.2.3/",
        "http://192.168.0.1/",
        "http://172.16.5.4/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://0.0.0.0/",
    ],
)
def test_loopback_private_and_link_local_hosts_are_refused_by_default(url):
    with pytest.raises(FetchError, match="non-public address"):
        check_url(url, FetchSettings())


def test_redirect_to_a_private_address_is_refused(site):
    port = site.base.rsplit(":", 1)[1]
    site.routes["/go"] = Route(b"", status=302, location=f"http://localhost:{port}/secret")
    site.routes["/secret"] = Route(b"internal data", content_type="text/plain")
    only_this_host = FetchSettings(private_hosts=frozenset({"127.0.0.1"}))
    with pytest.raises(FetchError, match="localhost resolves to non-public address"):
        fetch(site.base + "/go", only_this_host)
    assert site.hits["/secret"] == 0


def test_redirects_are_followed_and_each_hop_checked(site):
    site.routes["/a"] = Route(b"", status=301, location="/b")
    site.routes["/b"] = Route(b"hello world", content_type="text/plain")
    fetched = fetch(site.base + "/a", LOCAL)
    assert fetched.final_url == site.base + "/b"
    assert fetched.body == b"hello world"


def test_redirect_loop_is_cut(site):
    site.routes["/loop"] = Route(b"", status=302, location="/loop")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(site.base + "/loop", LOCAL)


def test_body_over_the_size_cap_is_refused(site):
    site.routes["/big"] = Route(b"x" * 20_000)
    with pytest.raises(FetchError, match="exceeds 10000"):
        fetch(site.base + "/big", LOCAL)


def test_slow_server_times_out_as_a_transient_error(site):
    site.routes["/slow"] = Route(b"late", delay_s=3)
    with pytest.raises(TransientFetchError, match="timed out"):
        fetch(site.base + "/slow", FetchSettings(allow_private_hosts=True, timeout_s=0.5))


@pytest.mark.parametrize(("status", "error"), [(503, TransientFetchError), (404, FetchError)])
def test_server_errors_are_transient_and_client_errors_permanent(site, status, error):
    site.routes["/x"] = Route(b"no", status=status)
    with pytest.raises(error) as info:
        fetch(site.base + "/x", LOCAL)
    assert (type(info.value) is TransientFetchError) == (status == 503)


def test_conditional_request_gets_not_modified(site):
    site.routes["/a"] = Route(b"text", etag='"v1"')
    first = fetch(site.base + "/a", LOCAL)
    second = fetch(site.base + "/a", LOCAL, etag=first.etag)
    assert (first.etag, second.not_modified) == ('"v1"', True)


def test_fetch_settings_come_from_the_environment():
    settings = load_fetch_settings(
        {"FACTCHECK_FETCH_TIMEOUT": "2.5", "FACTCHECK_ALLOW_PRIVATE_HOSTS": "1"}
    )
    assert (settings.timeout_s, settings.allow_private_hosts) == (2.5, True)
    with pytest.raises(ConfigError, match="FACTCHECK_FETCH_MAX_BYTES='lots': not a number"):
        load_fetch_settings({"FACTCHECK_FETCH_MAX_BYTES": "lots"})
    listed = load_fetch_settings({"FACTCHECK_ALLOW_PRIVATE_HOSTS": "intranet.local, 10.0.0.5"})
    assert listed.private_hosts == {"intranet.local", "10.0.0.5"}
    assert not listed.allow_private_hosts


def resolving(monkeypatch, answers: dict[str, list[list[str]]]):
    """Make the system resolver answer host -> addresses, one list per lookup (the last
    repeats), as a DNS server under an attacker's control could; other names resolve as usual.
    """
    real = socket.getaddrinfo
    calls: dict[str, int] = {}

    def getaddrinfo(host, port, *args, **kwargs):
        if host not in answers:
            return real(host, port, *args, **kwargs)
        lookups = answers[host]
        addresses = lookups[min(calls.get(host, 0), len(lookups) - 1)]
        calls[host] = calls.get(host, 0) + 1
        return [
            (
                socket.AF_INET6 if ":" in a else socket.AF_INET,
                socket.SOCK_STREAM,
                6,
                "",
                (a, port or 80),
            )
            for a in addresses
        ]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.mark.parametrize(
    ("addresses", "refused"),
    [
        (["127.0.0.1"], True),
        (["10.0.0.5"], True),
        (["169.254.169.254"], True),
        (["::1"], True),
        (["fd00::1"], True),
        (["93.184.216.34", "127.0.0.1"], True),  # one private address is enough
        (["93.184.216.34"], False),
        (["2606:2800:220:1:248:1893:25c8:1946"], False),
    ],
)
def test_host_name_is_refused_when_it_resolves_to_a_private_address(
    monkeypatch, addresses, refused
):
    resolving(monkeypatch, {"news.example.com": [addresses]})
    if refused:
        with pytest.raises(FetchError, match="news.example.com resolves to non-public address"):
            check_url("https://news.example.com/story", FetchSettings())
    else:
        check_url("https://news.example.com/story", FetchSettings())


def test_redirect_to_a_name_that_resolves_privately_is_refused(site, monkeypatch):
    port = site.base.rsplit(":", 1)[1]
    resolving(monkeypatch, {"intranet.example.com": [["127.0.0.1"]]})
    site.routes["/go"] = Route(b"", status=302, location=f"http://intranet.example.com:{port}/s")
    site.routes["/s"] = Route(b"internal data", content_type="text/plain")
    with pytest.raises(FetchError, match="intranet.example.com resolves to non-public address"):
        fetch(site.base + "/go", FetchSettings(private_hosts=frozenset({"127.0.0.1"})))
    assert site.hits["/s"] == 0


def recording_client(seen: list[httpx.Request]) -> httpx.Client:
    """A client whose transport records each request and answers it, connecting nowhere."""

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, text="public page", headers={"Content-Type": "text/plain"})

    return httpx.Client(transport=httpx.MockTransport(answer))


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_name_that_resolves_public_then_private_is_fetched_from_the_checked_address(
    site, monkeypatch, scheme
):
    """DNS rebinding: the name answers public for the check, loopback for any later lookup.
    The request goes to the checked address with the name as Host (and SNI for https), so the
    loopback server is never reached. No connection is made: the transport records it."""
    port = site.base.rsplit(":", 1)[1]
    resolving(monkeypatch, {"rebind.example.com": [["93.184.216.34"], ["127.0.0.1"]]})
    site.routes["/s"] = Route(b"internal data", content_type="text/plain")
    seen: list[httpx.Request] = []
    with recording_client(seen) as client:
        fetched = fetch(f"{scheme}://rebind.example.com:{port}/s", FetchSettings(), client=client)
    assert fetched.body == b"public page"
    assert fetched.final_url == f"{scheme}://rebind.example.com:{port}/s"
    (request,) = seen
    assert (request.url.host, request.url.port) == ("93.184.216.34", int(port))
    assert request.headers["host"] == f"rebind.example.com:{port}"
    expected_sni = "rebind.example.com" if scheme == "https" else None
    assert request.extensions.get("sni_hostname") == expected_sni
    assert site.hits["/s"] == 0


def test_ipv6_address_is_bracketed_in_the_pinned_request(monkeypatch):
    resolving(monkeypatch, {"six.example.com": [["2606:2800:220:1:248:1893:25c8:1946"]]})
    seen: list[httpx.Request] = []
    with recording_client(seen) as client:
        fetch("https://six.example.com/story", FetchSettings(), client=client)
    (request,) = seen
    assert str(request.url) == "https://[2606:2800:220:1:248:1893:25c8:1946]/story"
    assert request.headers["host"] == "six.example.com"


def test_body_without_a_length_is_cut_at_the_size_cap(site):
    site.routes["/big"] = Route(b"x" * 50_000, send_length=False)
    with pytest.raises(FetchError, match="body exceeds 10000 bytes"):
        fetch(site.base + "/big", LOCAL)


def test_compressed_body_is_capped_after_decompression(site):
    bomb = gzip.compress(b"\0" * 5_000_000)  # ~5 kB on the wire, 5 MB unpacked
    site.routes["/bomb"] = Route(bomb, headers={"Content-Encoding": "gzip"})
    assert len(bomb) < LOCAL.max_bytes
    with pytest.raises(FetchError, match="body exceeds 10000 bytes"):
        fetch(site.base + "/bomb", LOCAL)


def test_server_that_drips_its_body_is_cut_at_the_time_cap(site):
    site.routes["/drip"] = Route(b"x" * 12, drip_s=0.3)
    started = time.monotonic()
    with pytest.raises(TransientFetchError, match="timed out"):
        fetch(site.base + "/drip", FetchSettings(allow_private_hosts=True, timeout_s=0.5))
    assert time.monotonic() - started < 2
