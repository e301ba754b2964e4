"""Let mkdocs-jupyter and mkdocs-static-i18n work together.

static-i18n rebuilds every File in ``on_files`` at priority -100, after
mkdocs-jupyter has marked notebooks as pages; the rebuilt files are plain
assets again, so notebooks come out as raw JSON, and only at the default
language's path (ultrabug/mkdocs-static-i18n#198).

This hook runs after static-i18n and turns each notebook back into a page at
the current language's URL (``/fr/notebooks/x/`` for ``docs/en/notebooks/x.ipynb``
when there is no French notebook), with language-menu alternates to the same
notebook page in every other language.
"""

import os
import posixpath

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


@event_priority(-110)
def on_files(files, config):
    i18n = config.plugins["i18n"]
    lang = i18n.current_language
    for file in [f for f in files if f.src_uri.endswith(".ipynb") and not isinstance(f, NotebookFile)]:
        target = _page(file, lang, i18n, config)
        notebook = NotebookFile(file, config.use_directory_urls, config.site_dir)
        notebook.dest_path, notebook.url = target.dest_uri, target.url
        notebook.abs_dest_path = os.path.normpath(os.path.join(config.site_dir, target.dest_uri))
        notebook.alternates = {
            other: notebook if other == lang else _page(file, other, i18n, config)
            for other in i18n.build_languages
        }
        files.remove(file)
        files.append(notebook)
    return files
