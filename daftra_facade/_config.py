"""Where requests go and how they authenticate: resolved once, checked for safety."""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping
from urllib.parse import urlsplit

import attrs

from ._errors import ConfigurationError

# One DNS label: anything else (dots, slashes, '@', ports) could point the client, and
# its credentials, at a host the caller never meant.
_SUBDOMAIN = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$", re.IGNORECASE)
V1_PREFIX = "/api2"


def _is_loopback(host: str) -> bool:
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
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ConfigurationError(
            f"base_url {base_url!r} uses plain http; only loopback addresses may "
            "(credentials would travel unencrypted)"
        )
    path = parts.path.rstrip("/")
    if path.endswith(V1_PREFIX):
        path = path[: -len(V1_PREFIX)]
    return f"{parts.scheme}://{parts.netloc}{path}"


@attrs.frozen(repr=False)
class Credentials:
    """Exactly one of an API key or an OAuth bearer token; never shown in reprs."""

    api_key: str | None = None
    token: str | None = None

    def __attrs_post_init__(self) -> None:
        if self.api_key and self.token:
            raise ConfigurationError(
                "give api_key or token, not both: Daftra refuses requests that carry both"
            )
        if not self.api_key and not self.token:
            raise ConfigurationError(
                "no credentials: pass api_key= or token= "
                "(or set DAFTRA_API_KEY or DAFTRA_TOKEN)"
            )

    def headers(self) -> dict[str, str]:
        if self.api_key:
            return {"apikey": self.api_key}
        return {"Authorization": f"Bearer {self.token}"}

    def __repr__(self) -> str:
        kind = "api_key" if self.api_key else "token"
        return f"Credentials({kind}=<hidden>)"


@attrs.frozen
class Settings:
    """Resolved connection settings of one client."""

    site_root: str
    credentials: Credentials
    timeout: float


def resolve_settings(
    *,
    subdomain: str | None,
    api_key: str | None,
    token: str | None,
    base_url: str | None,
    timeout: float,
    environ: Mapping[str, str] | None = None,
) -> Settings:
    """Explicit arguments win; the ``DAFTRA_*`` environment fills in what is missing."""
    env = os.environ if environ is None else environ
    if api_key is None and token is None:
        api_key = env.get("DAFTRA_API_KEY") or None
        token = None if api_key else env.get("DAFTRA_TOKEN") or None
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
    return Settings(site_root, Credentials(api_key=api_key, token=token), checked_timeout(timeout))


def checked_timeout(timeout: float) -> float:
    if not timeout > 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds, not {timeout!r}")
    return float(timeout)


def checked_retries(max_retries: int) -> int:
    if max_retries < 0:
        raise ConfigurationError(f"max_retries must be 0 or more, not {max_retries}")
    return max_retries
