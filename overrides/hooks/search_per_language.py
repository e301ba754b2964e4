"""One search index per language, so a reader searches their own language with its stemmer.

static-i18n merges all languages into one ``search/search_index.json`` at the site root
(ultrabug/mkdocs-static-i18n#271).  After the last language is built, this hook splits it
into ``<lang>/search/search_index.json`` (English stays at the root), each with only that
language's pages and ``lang: [<lang>]``.  Notebook pages are left out: they repeat the examples that the week pages show, and
every reader downloads the index.  The glossary's entries are added, one result each,
leading to the entry's row of the glossary page (the table is drawn by a template, which
the search plugin does not read).  ``overrides/assets/javascripts/language-menu.js`` points
the theme's search (its ``base``) at the reader's language root.
"""

import json
from pathlib import Path

import yaml
from mkdocs.plugins import event_priority

GLOSSARY = "assets/data/glossary.yml"


def glossary_docs(docs_dir: str, lang: str, languages: list[str]) -> list[dict]:
    path = Path(docs_dir) / GLOSSARY
    terms = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else []  # a site without one
    return [
        {"location": f"glossary/#{term['id']}", "title": term[lang],
         "text": " · ".join(term[other] for other in languages if other != lang)}
        for term in terms
    ]


@event_priority(100)  # before the search plugin reads the page
def on_page_context(context, page, config, nav):
    if page.file.src_uri.endswith(".ipynb"):  # not indexed, so not parsed for the index either
        page.meta["search"] = {"exclude": True}
    return context


@event_priority(-200)  # after static-i18n has built every language and merged the index
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if i18n.building:  # a language build nested in the default one: the merged index is not ready
        return
    site = Path(config.site_dir)
    merged = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    others = [lang for lang in i18n.build_languages if lang != i18n.default_language]
    for lang in i18n.build_languages:
        prefix = "" if lang == i18n.default_language else lang + "/"
        docs = [
            dict(doc, location=doc["location"][len(prefix):])
            for doc in merged["docs"]
            if (doc["location"].startswith(prefix) if prefix else doc["location"].split("/")[0] not in others)
            and not doc["location"][len(prefix):].startswith("notebooks/")
        ]
        docs += glossary_docs(config.docs_dir, lang, i18n.build_languages)
        index = {**merged, "config": {**merged["config"], "lang": [lang]}, "docs": docs}
        target = site / prefix / "search" / "search_index.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
