"""E-mail: the MIME message, and real delivery to an SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import email
import shutil
import socket
import ssl
import subprocess
from email import policy
from pathlib import Path

import pytest
from click.testing import CliRunner

from reporter.cli import main
from reporter.publish.smtp import SendError, parse_address, send
from reporter.render.eml import build_message

aiosmtpd = pytest.importorskip("aiosmtpd")
from aiosmtpd.controller import Controller  # noqa: E402
from aiosmtpd.smtp import AuthResult  # noqa: E402

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "seed-pompeo-lavrov.txt"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Inbox:
    def __init__(self):
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_server():
    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, f"127.0.0.1:{port}"
    finally:
        controller.stop()


@pytest.fixture(scope="module")
def certificate(tmp_path_factory):
    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def test_message_has_html_text_and_pdf(sample_briefing):
    msg = build_message(sample_briefing, to=["a@example.org"], sender="r@example.org",
                        pdf=b"%PDF-1.7 test", pdf_name="x.pdf")
    types = [part.get_content_type() for part in msg.walk()]
    assert types == ["multipart/mixed", "multipart/alternative", "text/plain", "text/html",
                     "application/pdf"]
    html = msg.get_body(("html",)).get_content()
    assert "<style" not in html and "style=" in html  # inline CSS for mail clients
    assert "Pompeo" in msg.get_body(("plain",)).get_content()


def test_subject_cannot_inject_headers(sample_briefing):
    msg = build_message(sample_briefing, to=["a@example.org"], sender="r@example.org",
                        subject="Hi\r\nBcc: victim@example.org")
    assert msg["Bcc"] is None
    assert "\n" not in msg["Subject"]


def test_send_to_loopback_server(smtp_server, sample_briefing):
    inbox, address = smtp_server
    msg = build_message(sample_briefing, to=["desk@example.org"], sender="r@example.org",
                        pdf=b"%PDF-1.7")
    send(msg, address)
    assert len(inbox.messages) == 1
    sender, rcpts, content = inbox.messages[0]
    assert sender == "r@example.org" and rcpts == ["desk@example.org"]
    received = email.message_from_bytes(content, policy=policy.default)
    assert received["Subject"].startswith("Briefing: At odds")


def test_require_starttls_refuses_plain_server(smtp_server, sample_briefing):
    _, address = smtp_server
    msg = build_message(sample_briefing, to=["a@example.org"], sender="r@example.org")
    with pytest.raises(SendError, match="STARTTLS"):
        send(msg, address, require_tls=True)


def test_starttls_and_login_with_credentials_from_environment(certificate, sample_briefing,
                                                              monkeypatch, caplog):
    cert, key = certificate
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret-pw")

    inbox = Inbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port, tls_context=server_tls,
                            require_starttls=True, authenticator=authenticator,
                            auth_require_tls=True)
    controller.start()
    try:
        address = f"127.0.0.1:{port}"
        client_tls = ssl.create_default_context(cafile=str(cert))
        monkeypatch.setenv("REPORTER_SMTP_USER", "analyst")
        monkeypatch.setenv("REPORTER_SMTP_PASSWORD", "s3cret-pw")
        msg = build_message(sample_briefing, to=["a@example.org"], sender="r@example.org")
        send(msg, address, require_tls=True, ssl_context=client_tls)
        assert logins == [(b"analyst", b"s3cret-pw")] and len(inbox.messages) == 1
        monkeypatch.setenv("REPORTER_SMTP_PASSWORD", "wrong-pw")
        with pytest.raises(SendError) as err:
            send(msg, address, ssl_context=client_tls)
        assert "wrong-pw" not in str(err.value)
        assert "wrong-pw" not in caplog.text and "s3cret-pw" not in caplog.text
    finally:
        controller.stop()


def test_implicit_tls_with_smtps_address_and_login(certificate, sample_briefing, monkeypatch):
    """smtps:// (RFC 8314 submission, port 465 by default): TLS from the first byte."""
    cert, key = certificate
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_tls.load_cert_chain(cert, key)
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append(auth_data.login)
        return AuthResult(success=auth_data.password == b"s3cret-pw")

    inbox = Inbox()
    port = free_port()
    # the whole session is TLS (the client verified our certificate before the greeting);
    # aiosmtpd's auth_require_tls only recognises STARTTLS, so it is off here
    controller = Controller(inbox, hostname="127.0.0.1", port=port, ssl_context=server_tls,
                            authenticator=authenticator, auth_require_tls=False)
    controller.start()
    try:
        client_tls = ssl.create_default_context(cafile=str(cert))
        monkeypatch.setenv("REPORTER_SMTP_USER", "analyst")
        monkeypatch.setenv("REPORTER_SMTP_PASSWORD", "s3cret-pw")
        msg = build_message(sample_briefing, to=["a@example.org"], sender="r@example.org")
        send(msg, f"smtps://127.0.0.1:{port}", require_tls=True, ssl_context=client_tls)
        assert logins == [b"analyst"] and len(inbox.messages) == 1
    finally:
        controller.stop()


def test_smtps_to_a_plain_server_fails_instead_of_sending_in_clear(smtp_server,
                                                                   sample_briefing,
                                                                   monkeypatch):
    inbox, address = smtp_server
    monkeypatch.setenv("REPORTER_SMTP_USER", "analyst")
    monkeypatch.setenv("REPORTER_SMTP_PASSWORD", "s3cret-pw")
    msg = build_message(sample_briefing, to=["a@example.org"], sender="r@example.org")
    with pytest.raises(SendError, match="failed"):
        send(msg, f"smtps://{address}", timeout=5)
    assert inbox.messages == []


def test_cli_sends_and_writes_eml(smtp_server, tmp_path, nlp):
    inbox, address = smtp_server
    runner = CliRunner()
    sent = runner.invoke(main, ["email", str(SAMPLE), "--to", "desk@example.org",
                                "--smtp", address, "--from", "r@example.org"])
    assert sent.exit_code == 0, sent.output
    assert len(inbox.messages) == 1
    written = runner.invoke(main, ["email", str(SAMPLE), "--to", "desk@example.org",
                                   "--eml-only", "-o", str(tmp_path)])
    assert written.exit_code == 0
    (eml,) = tmp_path.glob("*.eml")
    parsed = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert parsed.get_content_type() == "multipart/mixed"
    assert runner.invoke(main, ["email", str(SAMPLE), "--to", "x@example.org"]).exit_code == 2


@pytest.mark.parametrize(("value", "expected"), [
    ("mail.example.org:587", ("mail.example.org", 587)),
    ("localhost", ("localhost", 25)),
    ("[::1]:2525", ("::1", 2525)),
])
def test_parse_address(value, expected):
    assert parse_address(value) == expected


def test_parse_address_rejects_garbage():
    with pytest.raises(SendError):
        parse_address("host:port")
