"""Fetching pages and feeds over HTTP, refusing what a hostile source could abuse.

Only http and https; the host's addresses are resolved and loopback, private, link-local,
multicast and reserved ones refused (unless settings allow private hosts), again after each
redirect, and the request goes to the address checked (Host header and TLS SNI set to the
name), so a name that answers differently the second time (DNS rebinding) cannot redirect it;
bodies are streamed and cut at a size cap; every request has a timeout. Nothing a page or feed
says is ever used as a file path.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from factcheck.config import FetchSettings
from factcheck.errors import FetchError, TransientFetchError

Address = ipaddress.IPv4Address | ipaddress.IPv6Address
_ALLOWED_SCHEMES = frozenset({"http", "https"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_TRANSIENT_STATUS = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class Fetched:
    """A fetched response: the body, or ``not_modified`` for a 304 to a conditional request."""

    url: str
    final_url: str
    status: int
    content_type: str
    body: bytes
    fetched_at: datetime
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def check_url(url: str, settings: FetchSettings) -> Address | None:
    """Refuse a URL whose scheme is not http(s) or whose host resolves to a private address.

    Returns:
        The checked address to connect to, or None for a host the settings allow as it is.

    Raises:
        FetchError: naming the URL and what is refused.
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in _ALLOWED_SCHEMES:
        raise FetchError(f"{url}: scheme {parts.scheme or '(none)'!r} refused; only http, https")
    host = parts.hostname
    if not host:
        raise FetchError(f"{url}: no host")
    if settings.allow_private_hosts or host.lower() in settings.private_hosts:
        return None
    addresses = _resolve(url, host, parts.port)
    for address in addresses:
        if not address.is_global or address.is_multicast:
            raise FetchError(
                f"{url}: host {host} resolves to non-public address {address}; refused "
                "(set FACTCHECK_ALLOW_PRIVATE_HOSTS=1 to allow)"
            )
    return addresses[0]


def fetch(
    url: str,
    settings: FetchSettings,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    client: httpx.Client | None = None,
) -> Fetched:
    """GET a URL within the settings' limits, following redirects one checked hop at a time.

    Args:
        url: http or https URL.
        settings: timeouts, size cap, redirect limit, private-host policy.
        etag: ETag stored from an earlier fetch, sent as If-None-Match.
        last_modified: Last-Modified stored from an earlier fetch, sent as If-Modified-Since.
        client: an httpx client to reuse; one is made (and closed) otherwise.

    Raises:
        TransientFetchError: on timeouts, connection errors, 429 and 5xx (worth retrying).
        FetchError: on refused URLs, other HTTP errors, oversize bodies, redirect loops.
    """
    headers = {"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    own = client is None
    http = client or httpx.Client(timeout=settings.timeout_s, follow_redirects=False)
    try:
        current = url
        for _ in range(settings.max_redirects + 1):
            address = check_url(current, settings)
            response = _get(http, current, headers, settings, address=address)
            if response.status in _REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise FetchError(f"{current}: redirect without a Location header")
                current = urljoin(current, location)
                continue
            return Fetched(
                url=url,
                final_url=current,
                status=response.status,
                content_type=response.headers.get("content-type", ""),
                body=response.body,
                fetched_at=datetime.now(UTC).replace(tzinfo=None),
                etag=response.headers.get("etag"),
                last_modified=response.headers.get("last-modified"),
            )
        raise FetchError(f"{url}: more than {settings.max_redirects} redirects")
    finally:
        if own:
            http.close()


@dataclass(frozen=True)
class _Response:
    status: int
    headers: httpx.Headers
    body: bytes


def _get(
    http: httpx.Client,
    url: str,
    headers: dict[str, str],
    settings: FetchSettings,
    *,
    address: Address | None = None,
) -> _Response:
    target, headers, extensions = _pinned(url, headers, address)
    try:
        with http.stream(
            "GET", target, headers=headers, timeout=settings.timeout_s, extensions=extensions
        ) as response:
            status = response.status_code
            if status in _REDIRECTS or status == 304:
                return _Response(status, response.headers, b"")
            if status in _TRANSIENT_STATUS:
                raise TransientFetchError(f"{url}: HTTP {status}")
            if status >= 400:
                raise FetchError(f"{url}: HTTP {status}")
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > settings.max_bytes:
                raise FetchError(f"{url}: {int(declared)} bytes exceeds {settings.max_bytes}")
            chunks, size = [], 0
            # httpx's timeout is per read: a server dripping a byte just inside it would hold
            # the run until the size cap. The whole response gets the timeout once.
            deadline = time.monotonic() + settings.timeout_s
            for chunk in response.iter_bytes():
                if time.monotonic() > deadline:
                    raise httpx.ReadTimeout(f"body not complete after {settings.timeout_s:g}s")
                size += len(chunk)
                if size > settings.max_bytes:
                    raise FetchError(f"{url}: body exceeds {settings.max_bytes} bytes")
                chunks.append(chunk)
            return _Response(status, response.headers, b"".join(chunks))
    except httpx.TimeoutException as e:
        raise TransientFetchError(f"{url}: timed out after {settings.timeout_s:g}s") from e
    except httpx.TransportError as e:
        raise TransientFetchError(f"{url}: {type(e).__name__}: {e}") from e
    except httpx.HTTPError as e:
        raise FetchError(f"{url}: {type(e).__name__}: {e}") from e


def _pinned(
    url: str, headers: dict[str, str], address: Address | None
) -> tuple[str, dict[str, str], dict[str, Any]]:
    """The request to send: to the checked address, with the name as Host and TLS SNI."""
    if address is None:
        return url, headers, {}
    parts = urlsplit(url)
    host = parts.hostname or ""
    literal = f"[{address}]" if address.version == 6 else str(address)
    netloc = f"{literal}:{parts.port}" if parts.port else literal
    named = f"[{host}]" if ":" in host else host
    host_header = f"{named}:{parts.port}" if parts.port else named
    extensions = {"sni_hostname": host} if parts.scheme.lower() == "https" else {}
    return parts._replace(netloc=netloc).geturl(), {**headers, "Host": host_header}, extensions


def _resolve(url: str, host: str, port: int | None) -> list[Address]:
    try:
        return [_unmapped(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(host, port or 443, proto=socket.IPPROTO_TCP)
    except socket.gaierror as e:
        raise TransientFetchError(f"{url}: cannot resolve host {host}: {e.strerror}") from e
    return [_unmapped(ipaddress.ip_address(info[4][0])) for info in infos]


def _unmapped(address: Address) -> Address:
    """ "::ffff:127.0.0.1" is 127.0.0.1: Python 3.11 does not unwrap it for is_global."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address
