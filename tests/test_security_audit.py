"""Helpers for the security tests: an HTML/Markdown auditor and a loopback HTTP server.

The auditor parses output the way a browser or a Markdown viewer would and
lists everything active or fetching that could only have come from article
content: script elements other than the packaged ones, event handlers,
embedded frames and objects, images and other fetched resources, `style`
attributes or style sheets with `url()`/`@import`, links whose scheme is not
http(s), mailto or a fragment. The server records every connection made to
it; the tests embed its address in hostile inputs and expect none.
"""

from __future__ import annotations

import http.server
import re
import threading
from html.parser import HTMLParser
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"

# Elements that fetch, embed, execute or redirect. None is used by the packaged templates.
DANGEROUS_TAGS = {
    "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link", "img", "image",
    "video", "audio", "source", "track", "picture", "use", "foreignobject", "math", "maction",
    "form", "portal", "noscript", "template", "xmp", "plaintext", "listing", "marquee",
    "animate", "set", "feimage",
}
URL_ATTRS = {"href", "src", "xlink:href", "action", "formaction", "poster", "data", "srcset",
             "background", "cite", "longdesc", "ping", "manifest", "lowsrc", "dynsrc"}
SAFE_LINK = re.compile(r"^(#|https?://|mailto:|(?![a-z][a-z0-9+.-]*:)[^\s:]*$)", re.I)
BAD_CSS = re.compile(r"url\s*\(|@import|expression\s*\(|behavior\s*:|-moz-binding", re.I)


def packaged_scripts() -> set[str]:
    return {" ".join(p.read_text(encoding="utf-8").split()) for p in TEMPLATES.glob("*.js")}


class _Audit(HTMLParser):
    def __init__(self, server: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.server = server
        self.problems: list[str] = []
        self.scripts: list[str] = []
        self.styles: list[str] = []
        self._in: str | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        self._check(tag, attrs)
        if tag in ("script", "style"):
            self._in, self._buf = tag, []

    def handle_startendtag(self, tag, attrs):
        self._check(tag, attrs)

    def handle_endtag(self, tag):
        if tag == self._in:
            (self.scripts if tag == "script" else self.styles).append("".join(self._buf))
            self._in = None

    def handle_data(self, data):
        if self._in:
            self._buf.append(data)

    def _check(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DANGEROUS_TAGS:
            self.problems.append(f"<{tag}> element")
        if tag == "meta" and any(k == "http-equiv" and (v or "").lower() == "refresh"
                                 for k, v in attrs):
            self.problems.append("<meta http-equiv=refresh>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"event handler {name}= on <{tag}>")
            if name == "style" and BAD_CSS.search(value):
                self.problems.append(f"style attribute fetching on <{tag}>: {value[:60]!r}")
            if name in URL_ATTRS:
                compact = re.sub(r"[\x00-\x20]", "", value)
                if name != "href" or not SAFE_LINK.match(compact):
                    if name != "href":
                        self.problems.append(f"{name}= on <{tag}>: {value[:60]!r}")
                    else:
                        self.problems.append(f"unsafe link on <{tag}>: {value[:60]!r}")
            fetching = (name in URL_ATTRS and name != "href") or name == "style"
            if self.server and self.server in value and fetching:
                self.problems.append(f"server address in {name}= on <{tag}>")
        if tag == "script" and any(k == "src" for k, _ in attrs):
            self.problems.append("<script src>")


def audit_html(html: str, *, server: str | None = None) -> list[str]:
    """Everything in `html` that an article could have smuggled in (empty when safe)."""
    audit = _Audit(server)
    audit.feed(html)
    audit.close()
    allowed = packaged_scripts()
    for script in audit.scripts:
        if " ".join(script.split()) not in allowed:
            audit.problems.append(f"inline script not from the templates: {script[:60]!r}")
    for style in audit.styles:
        if re.search(r"url\s*\(\s*['\"]?\s*(https?:|file:|//)", style, re.I) or (
                audit.server and audit.server in style) or "@import" in style:
            audit.problems.append(f"style sheet fetching a resource: {style[:60]!r}")
    # every '<script' in the raw text must be one of the parsed, allowed scripts
    if html.lower().count("<script") != len(audit.scripts):
        audit.problems.append("'<script' text outside parsed script elements")
    return audit.problems


def audit_markdown(text: str) -> list[str]:
    """Raw HTML and non-http(s) links in Markdown, as a permissive renderer would see them."""
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark", {"html": True, "linkify": False})
    md.validateLink = lambda url: True  # see what a lax viewer would make a link of
    problems = []
    for block in md.parse(text):
        for token in [block, *(block.children or [])]:
            if token.type in ("html_block", "html_inline"):
                problems.append(f"raw HTML: {token.content[:60]!r}")
            if token.type in ("link_open", "image"):
                href = token.attrs.get("href") or token.attrs.get("src") or ""
                if token.type == "image":
                    problems.append(f"image: {href[:60]!r}")
                elif not SAFE_LINK.match(str(href)):
                    problems.append(f"unsafe link: {str(href)[:60]!r}")
    return problems


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 that records every connection and request."""

    def __init__(self) -> None:
        self.connections: list[str] = []
        self.requests: list[str] = []
        outer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def setup(self):
                outer.connections.append(str(self.client_address))
                super().setup()

            def _answer(self):
                outer.requests.append(f"{self.command} {self.path}")
                body = b"body { background: red }"
                self.send_response(200)
                self.send_header("Content-Type", "text/css")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(body)

            do_GET = do_POST = do_HEAD = do_PUT = do_OPTIONS = _answer

            def log_message(self, *args):
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> LocalServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def contacted(self) -> list[str]:
        return self.requests + self.connections


def test_auditor_sees_what_it_must():
    """The auditor itself: it must flag each trick, and pass a plain page."""
    bad = ('<p onclick="x()">a</p><img src="http://127.0.0.1:1/x"><a href="javascript:x()">j</a>'
           '<a href=" JaVa&#x09;script:x()">k</a><iframe src="/x"></iframe><script>x()</script>'
           '<div style="background:url(http://h/x)"></div><svg><use href="#x"/></svg>'
           "<style>@import url(http://h/a.css);</style>")
    problems = audit_html(bad, server="http://127.0.0.1:1")
    for needle in ("onclick", "<img>", "unsafe link", "<iframe>", "inline script", "style attr",
                   "<use>", "style sheet"):
        assert any(needle in p for p in problems), (needle, problems)
    assert sum("unsafe link" in p for p in problems) == 2
    assert audit_html('<p><a href="#s1">x</a> <a href="https://e.org/a">y</a> '
                      '<a href="people/x.html">z</a> &lt;script&gt;</p>') == []
    assert audit_markdown("x <b>y</b>") and audit_markdown("<javascript:alert(1)>")
    assert audit_markdown("[a](https://e.org) \\<b\\> text") == []
