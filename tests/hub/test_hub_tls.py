"""TLS: the laptop verifies the hub's certificate, and refuses plain http except to this computer.

The hub serves HTTPS itself here (``hub serve --ssl-certfile --ssl-keyfile``) with a certificate made
for the test by its own certificate authority. A laptop that does not trust that authority refuses the
hub before it sends anything; told to trust it (``SSL_CERT_FILE``, as docs/hub.md says for a private
CA), it syncs.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import secrets
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import func, select

from fieldkit.config import load_settings
from fieldkit.hub import db
from fieldkit.hub.db import make_engine
from fieldkit.sync.remote import RemoteError, check_url, hub_round

from .conftest import Device, cli, free_port


def _certificates(folder: Path) -> tuple[Path, Path, Path]:
    """A test CA, and a server certificate it signed for 127.0.0.1 and localhost: (ca, cert, key)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Field Kit test CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(hours=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName([x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = folder / "ca.pem", folder / "hub-cert.pem", folder / "hub-key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return paths


@pytest.fixture
def tls_hub(tmp_path: Path) -> object:
    ca, cert, key = _certificates(tmp_path)
    db_url = str(tmp_path / "hub.db")
    assert cli("hub", "init", "--db", db_url).code == 0
    port = free_port()
    url = f"https://127.0.0.1:{port}"
    serve = ["fieldkit", "hub", "serve", "--db", db_url, "--port", str(port)]
    process = subprocess.Popen(
        [sys.executable, "-m", *serve, "--ssl-certfile", str(cert), "--ssl-keyfile", str(key)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if (
                    httpx.get(f"{url}/health", verify=ssl.create_default_context(cafile=ca), timeout=1).status_code
                    == 200
                ):
                    break
            except httpx.HTTPError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.05)
        yield url, ca, db_url, tmp_path
    finally:
        process.terminate()
        process.wait(10)


def test_the_laptop_refuses_a_certificate_it_cannot_verify_then_syncs_when_told_to_trust_its_ca(
    tls_hub: tuple[str, Path, str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    url, ca, db_url, root = tls_hub
    enrolment = root / f"enrol-{secrets.token_hex(3)}.json"
    assert cli("hub", "enroll", "--db", db_url, "--url", url, "--out", enrolment).code == 0
    laptop = Device(root / "laptop", "Şəki-1")
    laptop.ok("init", "--name", "Şəki-1", "--role", "officer", "--enroll", enrolment)
    laptop.ok("event", "add", "--title", "Məktəb görüşü", "--kind", "workshop", "--date", "2026-11-20")
    assert load_settings(laptop.paths.settings).hub_url == url

    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    with laptop.store() as store:
        refused = hub_round(store, url)
    assert not refused.ok and refused.code == "tls", refused
    assert "certificate" in refused.message and "Nothing was sent" in refused.message
    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(db.changes)).scalar_one() == 0
            assert conn.execute(select(func.count()).select_from(db.devices)).scalar_one() == 0

        monkeypatch.setenv("SSL_CERT_FILE", str(ca))
        with laptop.store() as store:
            synced = hub_round(store, url)
        assert synced.ok and synced.pushed == 1, synced
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(db.changes)).scalar_one() == 1
    finally:
        engine.dispose()


def test_plain_http_is_refused_except_to_this_computer_or_when_allowed() -> None:
    with pytest.raises(RemoteError) as refused:
        check_url("http://hub.example.az:8750")
    assert refused.value.code == "plain_http" and "https" in str(refused.value)
    assert check_url("http://hub.example.az:8750/", allow_http=True) == "http://hub.example.az:8750"
    for local in ("http://127.0.0.1:8750", "http://localhost:8750", "http://[::1]:8750"):
        assert check_url(local) == local
    assert check_url("https://hub.example.az") == "https://hub.example.az"
    with pytest.raises(RemoteError) as bad:
        check_url("ftp://hub.example.az")
    assert bad.value.code == "bad_url"


def test_sync_now_refuses_plain_http_to_another_host_on_the_command_line(tmp_path: Path) -> None:
    laptop = Device(tmp_path / "laptop", "Quba-1")
    laptop.ok("init", "--name", "Quba-1", "--role", "officer")
    result = laptop.run("sync", "now", "--url", "http://192.0.2.10:8750")
    assert result.code == 1
    assert "plain http" in (result.out + result.err)
