"""Send a message over SMTP: STARTTLS when offered (or required), or implicit TLS
(`smtps://HOST[:PORT]`, or port 465, RFC 8314); credentials from the environment.

Credentials are read from REPORTER_SMTP_USER and REPORTER_SMTP_PASSWORD and
never accepted on the command line (where `ps` and shell history would show
them) nor written to any message or log.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from email.message import EmailMessage

SMTPS_PORT = 465  # submission over implicit TLS (RFC 8314)
USER_VAR = "REPORTER_SMTP_USER"
PASSWORD_VAR = "REPORTER_SMTP_PASSWORD"


class SendError(RuntimeError):
    pass


def parse_address(value: str, default_port: int = 25) -> tuple[str, int]:
    """'mail.example.org:587' -> ('mail.example.org', 587); '[::1]:25' works too."""
    host, sep, port = value.rpartition(":")
    if not sep or "]" in port:
        host, port = value, str(default_port)
    host = host.strip("[]")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise SendError(f"not a HOST:PORT address: {value!r}")
    return host, int(port)


def send(message: EmailMessage, address: str, *, require_tls: bool = False,
         allow_plain_login: bool = False, ssl_context: ssl.SSLContext | None = None,
         timeout: float = 30.0) -> None:
    """Deliver `message`; credentials are only ever sent over TLS unless explicitly allowed.

    `address` is HOST[:PORT] (STARTTLS when the server offers it) or smtps://HOST[:PORT]
    (TLS from the first byte; port 465 means it too, and is smtps:// 's default).
    """
    implicit = address.startswith("smtps://")
    address = address.removeprefix("smtps://").removeprefix("smtp://")
    host, port = parse_address(address, default_port=SMTPS_PORT if implicit else 25)
    implicit = implicit or port == SMTPS_PORT
    user, password = os.environ.get(USER_VAR), os.environ.get(PASSWORD_VAR)
    context = ssl_context or ssl.create_default_context()
    try:
        connection = (smtplib.SMTP_SSL(host, port, timeout=timeout, context=context)
                      if implicit else smtplib.SMTP(host, port, timeout=timeout))
        with connection as smtp:
            smtp.ehlo()
            encrypted = implicit
            if not encrypted and smtp.has_extn("starttls"):
                smtp.starttls(context=context)
                smtp.ehlo()
                encrypted = True
            elif not encrypted and require_tls:
                raise SendError(f"{host}:{port} does not offer STARTTLS (required)")
            if user and not encrypted and not allow_plain_login:
                raise SendError(f"{host}:{port} does not offer STARTTLS: refusing to send the "
                                "password in clear text (--allow-plain-login to do it anyway)")
            if user:
                if not password:
                    raise SendError(f"{USER_VAR} is set but {PASSWORD_VAR} is not")
                smtp.login(user, password)
            refused = smtp.send_message(message)
    except smtplib.SMTPAuthenticationError as exc:
        raise SendError(f"{host}:{port} refused the login ({exc.smtp_code})") from None
    except (smtplib.SMTPException, OSError) as exc:
        raise SendError(f"sending through {host}:{port} failed: {exc.__class__.__name__}: "
                        f"{_safe(str(exc), password)}") from None
    if refused:
        raise SendError("refused recipients: " + ", ".join(sorted(refused)))


def _safe(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text
