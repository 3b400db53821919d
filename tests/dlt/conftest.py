"""Fixtures of the dlt tests: a throwaway PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest


def _postgres_binaries() -> Path | None:
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True):
        if (candidate / "initdb").exists() and (candidate / "pg_ctl").exists():
            return candidate
    found = shutil.which("pg_ctl")
    return Path(found).parent if found and shutil.which("initdb") else None


@pytest.fixture
def postgres() -> Iterator[str]:
    """A throwaway PostgreSQL server; its URL."""
    binaries = _postgres_binaries()
    if binaries is None:
        pytest.skip("PostgreSQL server binaries are not installed (apt-get install postgresql)")
    # Not under pytest's own folder: the server's user must be able to reach it.
    home = Path(tempfile.mkdtemp(prefix="daftra-pg-"))
    data, sockets = home / "data", home / "run"
    sockets.mkdir()
    prefix: list[str] = []
    if os.geteuid() == 0:  # initdb refuses to run as root
        user = "postgres" if shutil.which("runuser") else None
        if user is None:
            pytest.skip("running as root without runuser to start PostgreSQL as another user")
        shutil.chown(home, user)
        shutil.chown(sockets, user)
        os.chmod(home, 0o755)
        prefix = ["runuser", "-u", user, "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    subprocess.run(
        [
            *prefix,
            str(binaries / "initdb"),
            "-D",
            str(data),
            "-U",
            "loader",
            "--auth=trust",
            "-E",
            "UTF8",
        ],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [
            *prefix,
            str(binaries / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(home / "log"),
            "-o",
            f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1",
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        # dlt insists on a password; the server trusts local connections, whatever it is.
        yield f"postgresql://loader:throwaway@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            [*prefix, str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
            check=False,
            capture_output=True,
        )
        shutil.rmtree(home, ignore_errors=True)
