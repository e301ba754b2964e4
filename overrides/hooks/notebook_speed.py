"""Notebook pages in a fraction of the time: templates compiled once, conversions kept.

mkdocs-jupyter makes a new nbconvert exporter for every notebook, and each exporter
compiles its eleven Jinja templates again: half the time of a conversion, and the site
converts every notebook once per language (four times).  This hook gives every exporter's
template environment one in-memory bytecode cache (Jinja's own mechanism), so each template
is compiled once.  The HTML is unchanged: tests/test_build_errors.py builds a notebook page
with and without it.

mkdocs-jupyter also keeps each converted notebook in ``.cache/mkdocs-jupyter/`` and, after a
build, deletes what that build did not use.  static-i18n runs one build per language, so
each language deleted the others' conversions and every build converted everything again.
Each language now has its own cache folder (``.cache/mkdocs-jupyter/<lang>/``).

Before a language's pages are rendered, the notebooks missing from its cache are converted
on every core at once, by mkdocs-jupyter's own converter and written as its cache entries;
the pages then find them there.  A fresh checkout (CI) converts 440 notebook pages.
"""

import json
import multiprocessing
import os

from pathlib import Path

from jinja2 import BytecodeCache
from mkdocs.plugins import event_priority
from nbconvert.exporters.templateexporter import TemplateExporter


class _Compiled(BytecodeCache):
    def __init__(self):
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket):
        if bucket.key in self.store:
            bucket.bytecode_from_string(self.store[bucket.key])

    def dump_bytecode(self, bucket):
        self.store[bucket.key] = bucket.bytecode_to_string()


_CACHE = _Compiled()
_create_environment = TemplateExporter._create_environment


def _with_cache(self):
    environment = _create_environment(self)
    environment.bytecode_cache = _CACHE
    return environment


def on_startup(command, dirty):
    if TemplateExporter._create_environment is not _with_cache:
        TemplateExporter._create_environment = _with_cache


_cache_root: dict[str, str] = {}


@event_priority(100)  # before mkdocs-jupyter reads its cache folder
def on_pre_build(config):
    jupyter = config.plugins["mkdocs-jupyter"]
    root = _cache_root.setdefault(config.config_file_path, jupyter.config["cache_dir"])
    jupyter.config["cache_dir"] = str(Path(root) / config.plugins["i18n"].current_language)


def _convert(source: str, target: str, options: dict) -> None:
    """What mkdocs-jupyter's page rendering does on a cache miss (mkdocs_jupyter/plugin.py)."""
    from mkdocs_jupyter import convert
    from mkdocs_jupyter.plugin import _get_nb_toc_tokens

    toc_depth = options.pop("toc_depth")
    body = convert.nb2html(source, execute=False, **options)
    toc_tokens, title = _get_nb_toc_tokens(source, toc_depth)
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"content": body, "toc_tokens": toc_tokens, "title": title}), encoding="utf-8")


@event_priority(-120)  # after notebooks_i18n.py has made each notebook a page of this language
def on_files(files, config):
    try:
        from mkdocs_jupyter.plugin import _compute_cache_key, _get_cache_path
    except ImportError:  # another mkdocs-jupyter: pages are converted one by one, as before
        return files
    jupyter = config.plugins["mkdocs-jupyter"].config
    if not jupyter["cache"] or jupyter["execute"]:
        return files
    names = ("kernel_name", "theme", "allow_errors", "show_input", "no_input", "no_prompt", "remove_tag_config",
             "highlight_extra_classes", "include_requirejs", "custom_mathjax_url", "toc_depth")
    options = {name: jupyter[name] for name in names}
    missing = []
    for file in files:
        if file.src_uri.endswith(".ipynb"):
            target = _get_cache_path(jupyter["cache_dir"], _compute_cache_key(file.abs_src_path, jupyter, False))
            if not target.exists():
                missing.append((file.abs_src_path, str(target), dict(options)))
    cores = os.cpu_count() or 1
    if len(missing) > 1 and cores > 1:
        # Forked processes, each with its share (a hook module cannot be pickled for a Pool).
        # One that fails leaves its pages to be converted one by one, as without this hook.
        workers = [multiprocessing.get_context("fork").Process(target=_convert_all, args=(missing[i::cores],))
                   for i in range(cores)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
    return files


def _convert_all(jobs) -> None:
    for source, target, options in jobs:
        _convert(source, target, options)
