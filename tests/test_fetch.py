"""Fetching against a real local HTTP server: limits and refusals."""

import pytest

from factcheck.config import FetchSettings, load_fetch_settings
from factcheck.errors import ConfigError, FetchError, TransientFetchError
from factcheck.fetch import check_url, fetch
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
