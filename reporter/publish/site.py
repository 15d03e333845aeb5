"""`reporter site`: a static site of briefings that CI can publish anywhere.

The site is a folder of plain HTML with relative links only (it works from
any path: GitHub Pages, GitLab Pages, a bucket, a file share):

    index.html                 every briefing: title, source, date, top speakers, top issues
    briefings/<slug>.html      one page per article (the HTML briefing plus site navigation)
    people/<slug>.html         one page per person or organisation worth following: quoted,
                               or named in two articles or more, or three times in one

It is byte-for-byte reproducible (no timestamps unless the user passes one)
and incremental: analyses are cached by content (see cache.py), and a page is
only rendered again when its inputs changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from reporter import __version__
from reporter.ingest import Failure, read_inputs
from reporter.model import Article, Briefing
from reporter.output import SlugAllocator, atomic_write, slugify
from reporter.publish.cache import AnalysisCache, default_cache_dir, model_identity
from reporter.render.context import build_context, speaker_groups
from reporter.render.environment import environment, templates_dir

ACTOR_LABELS = ("PERSON", "ORG")
# Below these, a name mentioned in passing gets no page of its own (85 wire articles
# named 914 people and organisations, most of them once).
MIN_ARTICLES = 2
MIN_MENTIONS = 3
MANIFEST = ".reporter-site.json"


@dataclass
class Page:
    """One briefing on the site."""

    slug: str
    key: str
    briefing: Briefing

    @property
    def href(self) -> str:
        return f"briefings/{self.slug}.html"


@dataclass
class Statement:
    page: Page
    quote: object  # reporter.model.Quote


@dataclass
class Actor:
    """A person or organisation across every article of the site."""

    name: str
    label: str
    slug: str
    roles: list[str] = field(default_factory=list)
    mentions: int = 0
    pages: list[Page] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)

    @property
    def href(self) -> str:
        return f"people/{self.slug}.html"


@dataclass
class SiteReport:
    pages: int = 0
    analysed: int = 0
    cached: int = 0
    rendered: int = 0
    failures: list[Failure] = field(default_factory=list)


def _fingerprint(*parts: str) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


def _templates_fingerprint(user_dir: str | None) -> str:
    digest = hashlib.sha256(__version__.encode())
    for folder in [templates_dir(), *([Path(user_dir)] if user_dir else [])]:
        for path in sorted(folder.rglob("*")):
            if path.is_file() and path.suffix in {".j2", ".css", ".js"}:
                digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def collect_briefings(inputs: Iterable[str], cache: AnalysisCache, model: str | None,
                      report: SiteReport, analyse_batch=None,
                      read_options: dict | None = None) -> list[tuple[str, Briefing]]:
    """(cache key, briefing) for every input, analysing only what the cache lacks."""
    from reporter.pipeline import analyse_articles

    found: list[tuple[str, Briefing]] = []
    todo: list[tuple[str, Article]] = []
    for item in read_inputs(inputs, **(read_options or {})):
        if isinstance(item, Failure):
            report.failures.append(item)
            continue
        key = cache.key(item)
        hit = cache.load(key)
        if hit is not None:
            report.cached += 1
            found.append((key, hit))
        else:
            todo.append((key, item))
    if todo:
        keys = {id(article): key for key, article in todo}
        run = analyse_batch or (lambda articles: analyse_articles(articles, model=model))
        for result in run([article for _, article in todo]):
            if result.briefing is None or result.article is None:
                report.failures.append(Failure(result.origin, result.error or "failed"))
                continue
            key = keys.get(id(result.article)) or cache.key(result.article)
            cache.store(key, result.briefing)
            report.analysed += 1
            found.append((key, result.briefing))
    return found


def _order(entries: list[tuple[str, Briefing]]) -> list[tuple[str, Briefing]]:
    """Newest first, then by title and id: independent of input order and of the cache."""
    by_title = sorted(entries, key=lambda e: (e[1].article.title.lower(), e[1].id, e[0]))
    return sorted(by_title, key=lambda e: e[1].article.published or "", reverse=True)


def collect_actors(pages: list[Page]) -> dict[str, Actor]:
    """People and organisations merged across articles by name, keyed by page slug:
    those quoted, named in MIN_ARTICLES articles or MIN_MENTIONS times."""
    actors: dict[str, Actor] = {}
    for page in pages:
        b = page.briefing
        for entity in b.entities:
            if entity.label not in ACTOR_LABELS:
                continue
            slug = slugify(entity.name, "actor") + ("-org" if entity.label == "ORG" else "")
            actor = actors.setdefault(slug, Actor(entity.name, entity.label, slug))
            actor.mentions += entity.mentions
            if page not in actor.pages:
                actor.pages.append(page)
            if entity.role and entity.role not in actor.roles:
                actor.roles.append(entity.role)
            for quote in b.quotes:
                if quote.speaker.entity == entity.id:
                    actor.statements.append(Statement(page, quote))
    return {slug: actor for slug, actor in sorted(actors.items())
            if actor.statements or len(actor.pages) >= MIN_ARTICLES
            or actor.mentions >= MIN_MENTIONS}


def build_site(inputs: Iterable[str], out: Path, *, model: str | None = None,
               cache_dir: Path | None = None, timestamp: str | None = None,
               templates: str | None = None, analyse_batch=None,
               read_options: dict | None = None) -> SiteReport:
    """Build (or update) the site in `out`; see the module docstring for its layout."""
    from reporter.nlp import choose_model

    report = SiteReport()
    cache = AnalysisCache(cache_dir or default_cache_dir(), model_identity(choose_model(model)))
    entries = _order(collect_briefings(inputs, cache, model, report, analyse_batch,
                                       read_options))
    slugs = SlugAllocator()
    pages = [Page(slugs(b.article.title, b.id), key, b) for key, b in entries]
    actors = collect_actors(pages)
    actor_of = {(p.slug, e.id): slug for slug, a in actors.items() for p in a.pages
                for e in p.briefing.entities
                if e.label in ACTOR_LABELS and slugify(e.name, "actor")
                + ("-org" if e.label == "ORG" else "") == slug}
    report.pages = len(pages)

    env = environment(templates)
    look = _templates_fingerprint(templates)
    manifest_path = out / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        manifest = {}
    new_manifest: dict[str, str] = {}

    def emit(rel: str, fingerprint: str, render: callable) -> None:
        path = out / rel
        new_manifest[rel] = fingerprint
        if manifest.get(rel) == fingerprint and path.is_file():
            return
        atomic_write(path, render())
        report.rendered += 1

    common = {"version": __version__, "generated": timestamp, "scripts": False}
    for page in pages:
        speaker_links = {g.name: f"../people/{actor_of[(page.slug, g.entity.id)]}.html"
                         for g in speaker_groups(page.briefing)[0]
                         if g.entity and (page.slug, g.entity.id) in actor_of}
        fp = _fingerprint(page.key, look, json.dumps(speaker_links, sort_keys=True),
                          timestamp or "")

        def render_page(page: Page = page, links: dict = speaker_links) -> str:
            context = build_context(page.briefing)
            context.update(common, medium="screen", root="../", speaker_links=links)
            return env.get_template("site_briefing.html.j2").render(context)

        emit(page.href, fp, render_page)

    for actor in actors.values():
        fp = _fingerprint(look, timestamp or "", actor.name, actor.label, *actor.roles,
                          str(actor.mentions), *(p.key + p.slug for p in actor.pages))
        emit(actor.href, fp, lambda actor=actor: env.get_template("site_actor.html.j2").render(
            {**common, "medium": "screen", "root": "../", "actor": actor}))

    index_fp = _fingerprint(look, timestamp or "", *(p.key + p.slug for p in pages),
                            *sorted(actors))
    emit("index.html", index_fp, lambda: env.get_template("site_index.html.j2").render(
        {**common, "scripts": True, "medium": "screen", "root": "", "pages": list(_index_rows(
            pages, actors, actor_of)), "actors": list(actors.values())}))

    # pages of articles no longer in the inputs are removed, so the site stays true
    for rel in sorted(set(manifest) - set(new_manifest)):
        stale = out / rel
        if stale.is_file() and stale.resolve().is_relative_to(out.resolve()):
            stale.unlink()
    atomic_write(manifest_path, json.dumps(new_manifest, sort_keys=True, indent=1) + "\n")
    return report


def _index_rows(pages: list[Page], actors: dict[str, Actor],
                actor_of: dict[tuple[str, str], str]) -> Iterator[dict]:
    for page in pages:
        b = page.briefing
        groups, _ = speaker_groups(b)
        speakers = []
        for g in groups[:3]:
            slug = actor_of.get((page.slug, g.entity.id)) if g.entity else None
            speakers.append({"name": g.name, "href": f"people/{slug}.html" if slug else None})
        yield {
            "page": page,
            "title": b.article.title,
            "source": b.article.source or "",
            "date": b.article.published or "",
            "speakers": speakers,
            "issues": [i.label for i in b.issues[:3]],
            "quotes": len(b.quotes),
            "questions": len(b.open_questions),
        }
