"""The briefing as an e-mail: a short HTML body, a plain-text alternative, the PDF attached.

Mail clients ignore <style> blocks and strip most CSS, so the HTML body
template uses inline styles and simple tables only.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from reporter.model import Briefing
from reporter.render.context import build_context
from reporter.render.environment import environment


def _one_line(text: str) -> str:
    """Header values never carry line breaks (no header injection from a title)."""
    return " ".join(text.split())


def build_message(briefing: Briefing, *, to: list[str], sender: str, subject: str | None = None,
                  pdf: bytes | None = None, pdf_name: str = "briefing.pdf",
                  templates: str | None = None, date: float | None = None) -> EmailMessage:
    env = environment(templates)
    context = build_context(briefing)
    msg = EmailMessage()
    msg["Subject"] = _one_line(subject or f"Briefing: {briefing.article.title}")[:250]
    msg["From"] = sender
    msg["To"] = ", ".join(to)
    msg["Date"] = formatdate(date, localtime=False)
    msg["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or "reporter.invalid")
    msg.set_content(env.get_template("email.txt.j2").render(context))
    msg.add_alternative(env.get_template("email.html.j2").render(context), subtype="html")
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return msg
