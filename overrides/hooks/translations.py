"""Which translations exist, and which are behind their English page.

A translated page records the version of the English page it translates in its front
matter, ``source-hash: <12 hex digits>`` (a hash of the English Markdown file).  During
the build each page gets ``page.meta["translation"]``: ``source`` (English),
``translated``, ``outdated`` (the English page changed since) or ``missing`` (shown in
English); templates show a banner for the last two, and the status page
(``template: translation-status.html``) lists every page in every language.

Mark translations as up to date after checking them:

    make translations-done FILES="docs/fr/week5/index.md docs/es/week5/index.md"
"""

import datetime
import hashlib
import sys
from pathlib import Path

import yaml
from code_comments import EXAMPLES, examples, localize, messages, translations

SOURCE = "en"


def source_hash(english: Path) -> str:
    return hashlib.sha256(english.read_bytes()).hexdigest()[:12]


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    return yaml.safe_load(text[4:].split("\n---", 1)[0]) or {}


def translation(docs: Path, rel: Path, lang: str) -> dict:
    """State, translator and date of the ``lang`` version of the English page ``rel``."""
    path = docs / lang / rel
    meta = front_matter(path) if path.exists() else {}
    if lang == SOURCE:
        state = "source"
    elif not path.exists():
        state = "missing"
    elif str(meta.get("source-hash")) == source_hash(docs / SOURCE / rel):
        state = "translated"
    else:
        state = "outdated"
    return {"state": state, "translator": meta.get("translator", ""), "date": meta.get("translation-date", "")}


def status(docs: Path, languages: list[str]) -> list[dict]:
    """One row per English page: its path and, per language, state, translator and date."""
    return [
        {"page": rel.as_posix(), "languages": {lang: translation(docs, rel, lang) for lang in languages}}
        for rel in sorted(p.relative_to(docs / SOURCE) for p in (docs / SOURCE).rglob("*.md"))
    ]


def _languages(config) -> list[str]:
    return [lang["locale"] for lang in config.plugins["i18n"].config.languages]


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md"):
        return markdown
    docs = Path(config.docs_dir)
    current = config.plugins["i18n"].current_language
    rel = Path(page.file.src_uri.split("/", 1)[1])
    if current != SOURCE and (docs / SOURCE / rel).exists():
        page.meta["translation"] = translation(docs, rel, current)["state"]
    if page.meta.get("translation-date"):
        page.meta["translation_date"] = long_date(page.meta["translation-date"], current)
    if page.meta.get("template") == "translation-status.html":
        rows = status(docs, _languages(config))
        for cell in (cell for row in rows for cell in row["languages"].values()):
            cell["date"] = long_date(cell["date"], current) if cell["date"] else ""
        page.meta["translation_rows"] = rows
        page.meta["comment_rows"] = comment_status(_languages(config))
    return markdown


def long_date(value, locale: str) -> str:
    """A front-matter date (``2026-11-23``) as the reader's language writes it: "23 novembre 2026"."""
    from babel.dates import format_date

    return format_date(value if isinstance(value, datetime.date) else datetime.date.fromisoformat(str(value)),
                       "long", locale=locale)


def comment_status(languages: list[str]) -> list[dict]:
    """One row per example: how many of its comments each language's catalog translates."""
    from code_comments import EXAMPLES, examples, localize, messages, translations

    tables = {lang: translations(lang) for lang in languages if lang != SOURCE}
    rows = []
    for example in examples():
        source = example.read_text(encoding="utf-8")
        total = len(messages(source))
        cells = {}
        for lang, table in tables.items():
            done = total - len(localize(source, table)[1])
            cells[lang] = {"state": "complete" if done == total else "partial", "text": f"{done}/{total}"}
        rows.append({"example": example.relative_to(EXAMPLES.parent).as_posix(), "languages": cells})
    return rows


def stamp(paths: list[str]) -> None:
    for name in paths:
        path = Path(name)
        lang, rel = path.parts[1], Path(*path.parts[2:])
        english = Path("docs") / SOURCE / rel
        assert path.parts[0] == "docs" and lang != SOURCE and english.exists(), f"{name}: not a translation"
        text = path.read_text(encoding="utf-8")
        line = f"source-hash: {source_hash(english)}"
        if not text.startswith("---\n"):
            text = f"---\n{line}\n---\n\n{text}"
        else:
            head, body = text[4:].split("\n---", 1)
            kept = [l for l in head.splitlines() if not l.startswith("source-hash:")]
            text = "---\n" + "\n".join(kept + [line]) + "\n---" + body
        path.write_text(text, encoding="utf-8")
        print(f"{name}: up to date with docs/{SOURCE}/{rel} ({line})")


if __name__ == "__main__":
    stamp(sys.argv[1:])
