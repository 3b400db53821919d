"""Where requests go and how they authenticate: resolved once, checked for safety."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs

from .constants import V1_PREFIX
from .errors import ConfigurationError

# One DNS label: anything else (dots, slashes, '@', ports) could point the client, and
# its credentials, at a host the caller never meant.
_SUBDOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", re.IGNORECASE)


def is_loopback(host: str) -> bool:
    """Whether ``host`` (a name or an address, IPv6 in brackets or not) is this machine:
    ``localhost``, 127.0.0.0/8 or ::1."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def site_root_for_subdomain(subdomain: str) -> str:
    if not _SUBDOMAIN.match(subdomain):
        raise ConfigurationError(
            f"subdomain {subdomain!r} is not a single DNS label (letters, digits, '-'); "
            "pass base_url= for custom domains"
        )
    return f"https://{subdomain.lower()}.daftra.com"


def normalize_base_url(base_url: str) -> str:
    """The account's site root (scheme, host, optional path), without a trailing ``/api2``."""
    parts = urlsplit(base_url.strip())
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigurationError(f"base_url {base_url!r} must be an absolute http(s) URL")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ConfigurationError(
            "base_url must not carry credentials, a query or a fragment; "
            "pass api_key= or token= instead"
        )
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigurationError(
            f"base_url {base_url!r} uses plain http; only loopback addresses may "
            "(credentials would travel unencrypted)"
        )
    path = parts.path.rstrip("/")
    if path.endswith(V1_PREFIX):
        path = path[: -len(V1_PREFIX)]
    return f"{parts.scheme}://{parts.netloc}{path}"


@attrs.frozen(repr=False)
class PasswordGrant:
    """What Daftra's password grant needs; never shown in reprs."""

    username: str
    password: str
    client_id: str
    client_secret: str

    def body(self) -> dict[str, str]:
        return {
            "grant_type": "password",
            "client_id": self.client_id,
            "client_secret": self.client_secret,
            "username": self.username,
            "password": self.password,
        }

    def __repr__(self) -> str:
        return f"PasswordGrant(username={self.username!r}, password=<hidden>)"


@attrs.frozen(repr=False)
class Credentials:
    """Exactly one of an API key, an OAuth bearer token, or the password grant that
    obtains tokens; never shown in reprs."""

    api_key: str | None = None
    token: str | None = None
    grant: PasswordGrant | None = None

    def __attrs_post_init__(self) -> None:
        given = [name for name in ("api_key", "token", "grant") if getattr(self, name)]
        if len(given) > 1:
            raise ConfigurationError(
                f"give one kind of credentials, not both {' and '.join(given)}: Daftra refuses "
                "requests that carry both an API key and a token"
            )
        if not given:
            raise ConfigurationError(
                "no credentials: pass api_key=, token=, or username= and password= "
                "(or set DAFTRA_API_KEY, DAFTRA_TOKEN, or DAFTRA_USERNAME and DAFTRA_PASSWORD)"
            )

    @property
    def kind(self) -> str:
        return "api_key" if self.api_key else "token" if self.token else "password"

    def headers(self) -> dict[str, str]:
        """The headers every request carries (a granted token is added per request)."""
        if self.api_key:
            return {"apikey": self.api_key}
        if self.token:
            return {"Authorization": f"Bearer {self.token}"}
        return {}

    def __repr__(self) -> str:
        return f"Credentials({self.kind}=<hidden>)"


@attrs.frozen
class Settings:
    """Resolved connection settings of one client."""

    site_root: str
    credentials: Credentials
    timeout: float
    # Seconds a lost create is looked up before it is sent again; None: derived from the
    # timeout of the call (see daftra_facade.bulk.references.effective_settle_window).
    settle_window: float | None = None


def resolve_settings(
    *,
    subdomain: str | None,
    api_key: str | None,
    token: str | None,
    base_url: str | None,
    timeout: float,
    username: str | None = None,
    password: str | None = None,
    client_id: str | None = None,
    client_secret: str | None = None,
    environ: Mapping[str, str] | None = None,
    settle_window: float | None = None,
) -> Settings:
    """Explicit arguments win; the ``DAFTRA_*`` environment fills in what is missing."""
    env = os.environ if environ is None else environ
    if api_key is None and token is None and username is None:
        api_key = env.get("DAFTRA_API_KEY") or None
        token = None if api_key else env.get("DAFTRA_TOKEN") or None
        if not api_key and not token:
            username = env.get("DAFTRA_USERNAME") or None
    grant = None
    if username is not None:
        password = password if password is not None else env.get("DAFTRA_PASSWORD")
        client_secret = client_secret or env.get("DAFTRA_CLIENT_SECRET")
        if not password or not client_secret:
            raise ConfigurationError(
                "the password grant needs username, password and client_secret (the OAuth "
                "client's secret from Daftra's documentation; or set DAFTRA_PASSWORD and "
                "DAFTRA_CLIENT_SECRET)"
            )
        grant = PasswordGrant(
            username, password, client_id or env.get("DAFTRA_CLIENT_ID") or "1", client_secret
        )
    if base_url is None and subdomain is None:
        base_url = env.get("DAFTRA_BASE_URL") or None
        subdomain = None if base_url else env.get("DAFTRA_SUBDOMAIN") or None
    if base_url is not None and subdomain is not None:
        raise ConfigurationError("give subdomain or base_url, not both")
    if base_url is not None:
        site_root = normalize_base_url(base_url)
    elif subdomain is not None:
        site_root = site_root_for_subdomain(subdomain)
    else:
        raise ConfigurationError(
            "no account: pass subdomain= or base_url= (or set DAFTRA_SUBDOMAIN or DAFTRA_BASE_URL)"
        )
    return Settings(
        site_root,
        Credentials(api_key=api_key, token=token, grant=grant),
        checked_timeout(timeout),
        checked_settle_setting(settle_window),
    )


def checked_timeout(timeout: float) -> float:
    if not timeout > 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds, not {timeout!r}")
    return float(timeout)


def checked_settle_setting(settle_window: object) -> float | None:
    """A client's settle window: None (derived from the timeout) or seconds, 0 or more."""
    if settle_window is None:
        return None
    if (
        isinstance(settle_window, bool)
        or not isinstance(settle_window, int | float)
        or not 0 <= settle_window < float("inf")
    ):
        raise ConfigurationError(
            f"settle_window must be a number of seconds, 0 or more, or None (derived from "
            f"the timeout), not {settle_window!r}"
        )
    return float(settle_window)


def checked_retries(max_retries: int) -> int:
    if max_retries < 0:
        raise ConfigurationError(f"max_retries must be 0 or more, not {max_retries}")
    return max_retries


def checked_rate_limit(rate_limit: object) -> float | None:
    """A requests-per-second cap: None (no cap) or a positive, finite number."""
    if rate_limit is None:
        return None
    if (
        isinstance(rate_limit, bool)
        or not isinstance(rate_limit, int | float)
        or not 0 < rate_limit < float("inf")
    ):
        raise ConfigurationError(
            f"rate_limit must be a positive number of requests per second or None, "
            f"not {rate_limit!r}"
        )
    return float(rate_limit)


def checked_max_concurrency(max_concurrency: object) -> int | None:
    """A cap on requests in flight: None (no cap) or a whole number of at least 1."""
    if max_concurrency is None:
        return None
    if (
        isinstance(max_concurrency, bool)
        or not isinstance(max_concurrency, int)
        or max_concurrency < 1
    ):
        raise ConfigurationError(
            f"max_concurrency must be a whole number of at least 1 or None, not {max_concurrency!r}"
        )
    return max_concurrency
