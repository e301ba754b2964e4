"""Let mkdocs-jupyter and mkdocs-static-i18n work together.

static-i18n rebuilds every File in ``on_files`` at priority -100, after
mkdocs-jupyter has marked notebooks as pages; the rebuilt files are plain
assets again, so notebooks come out as raw JSON, and only at the default
language's path (ultrabug/mkdocs-static-i18n#198).

This hook runs after static-i18n and turns each notebook back into a page at
the current language's URL (``/fr/notebooks/x/`` for ``docs/en/notebooks/x.ipynb``),
with language-menu alternates to the same notebook page in every other language.

Only the English notebooks are committed (``make outputs`` writes them from a run).  For
the other languages this hook writes each notebook in the reader's language into
``.cache/notebooks/<lang>/`` and renders that one: the introduction, the link to the
lecture section, the code comments (``examples/locales/<lang>.po``) and the figures' alt
text are translated; the code and the recorded outputs are the English notebook's.  So a
translator's change shows at the next build, and the ``.ipynb`` download is in the
reader's language too.
"""

import json
import os
import posixpath
from pathlib import Path

from code_comments import ROOT, localized_notebook, page_index, translations

from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs_jupyter.plugin import NotebookFile


def _page(file, lang, i18n, config):
    """A File for the notebook ``file`` as a page of language ``lang``."""
    stem = posixpath.splitext(file.norm_src_uri)[0]
    prefix = "" if lang == i18n.default_language else lang + "/"
    page = File(file.src_uri, config.docs_dir, config.site_dir, config.use_directory_urls,
                dest_uri=f"{prefix}{stem}/index.html")
    page.url = f"{prefix}{stem}/"
    return page


CACHE = ROOT / ".cache" / "notebooks"


def _translated(file, lang, config, table, index):
    """A File for ``file`` (an English notebook) written in ``lang`` under .cache/notebooks/<lang>/."""
    with open(file.abs_src_path, encoding="utf-8") as f:
        english = json.load(f)
    example = "examples/" + file.src_uri.split("/notebooks/", 1)[1].removesuffix(".ipynb") + ".py"
    source = (ROOT / example).read_text(encoding="utf-8")
    nb = localized_notebook(english, source, example, table, config.extra["text"], index)
    text = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
    target = CACHE / lang / file.src_uri
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    translated = File(file.src_uri, str(CACHE / lang), config.site_dir, config.use_directory_urls)
    for name in ("locale", "locale_alternate_of", "localization"):  # what static-i18n knows of the file
        if hasattr(file, name):
            setattr(translated, name, getattr(file, name))
    return translated


@event_priority(-110)
def on_files(files, config):
    i18n = config.plugins["i18n"]
    lang = i18n.current_language
    if lang != i18n.default_language:
        table, docs = translations(lang), Path(config.docs_dir)
        index, english = page_index(docs, lang), page_index(docs, i18n.default_language)
        index.shown, index.alts = {**english.shown, **index.shown}, {**english.alts, **index.alts}
    for file in [f for f in files if f.src_uri.endswith(".ipynb") and not isinstance(f, NotebookFile)]:
        source = _translated(file, lang, config, table, index) if lang != i18n.default_language else file
        target = _page(file, lang, i18n, config)
        notebook = NotebookFile(source, config.use_directory_urls, config.site_dir)
        notebook.dest_path, notebook.url = target.dest_uri, target.url
        notebook.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, target.dest_uri))
        notebook.alternates = {
            other: notebook if other == lang else _page(file, other, i18n, config)
            for other in i18n.build_languages
        }
        files.remove(file)
        files.append(notebook)
    return files
