"""A quiet build log: mkdocs-jupyter logs "Copied jupyter file" for every notebook in every
language (248 lines a build).  Its informational messages are dropped; warnings stay."""

import logging

logging.getLogger("mkdocs.plugins.mkdocs_jupyter").setLevel(logging.WARNING)
