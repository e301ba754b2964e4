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
"""

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
