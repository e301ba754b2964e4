"""Fail the build with a clear message on source mistakes that MkDocs lets pass.

- a top-level folder of ``docs/`` that is neither a configured language nor ``assets``
  (static-i18n would quietly treat ``de/`` as a language of its own);
- front matter that is not valid YAML (MkDocs would print it as page text).
"""

import os

import yaml
from mkdocs.exceptions import PluginError

SHARED_FOLDERS = {"assets"}


def on_files(files, config):
    languages = {lang["locale"] for lang in config.plugins["i18n"].config.languages}
    for entry in sorted(os.listdir(config.docs_dir)):
        path = os.path.join(config.docs_dir, entry)
        if os.path.isdir(path) and entry not in languages | SHARED_FOLDERS:
            raise PluginError(
                f"docs/{entry}/: unknown language folder; languages are {sorted(languages)} "
                "(add it under plugins.i18n.languages in mkdocs.yml, or move shared files to docs/assets/)"
            )
    return files


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.endswith(".md"):
        source = page.file.content_string
        if source.startswith("---\n"):
            front, sep, _ = source[4:].partition("\n---")
            try:
                data = yaml.safe_load(front)
            except yaml.YAMLError as error:
                raise PluginError(f"docs/{page.file.src_uri}: malformed front matter: {error}") from error
            if not sep or not isinstance(data, dict):
                raise PluginError(f"docs/{page.file.src_uri}: front matter must be a YAML mapping between '---' lines")
    return markdown
