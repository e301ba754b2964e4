"""Give the glossary page (``template: glossary.html``) the course's terms.

The terms live in ``docs/assets/data/glossary.yml``, one concept per entry with its word in
each language; ``tests/test_terms.py`` checks that translated pages use those words.
"""

from pathlib import Path

import yaml

GLOSSARY = "assets/data/glossary.yml"


def load(docs_dir: str) -> list[dict]:
    return yaml.safe_load((Path(docs_dir) / GLOSSARY).read_text(encoding="utf-8"))


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("template") == "glossary.html":
        lang = config.plugins["i18n"].current_language
        page.meta["glossary"] = sorted(load(config.docs_dir), key=lambda term: term[lang].casefold())
    return markdown
