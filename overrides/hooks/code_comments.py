"""Code comments in the reader's language, the code itself untouched.

Every example in ``examples/`` is written once, in English.  Its comments and docstrings
are messages of a gettext catalog per language, ``examples/locales/<lang>.po`` (read and
written with Babel), so translators work in a standard format and never touch code:

    make comments      # add new English comments to every catalog, mark removed ones obsolete

``localize()`` rebuilds an example with the translated comments.  Only comment lines and
docstrings change; ``code_tokens()`` is what the tests compare to prove it.  A comment
without a translation (or marked fuzzy) stays in English, and the translation status page
counts it.  ``# %%`` lines (notebook cell markers, jupytext's percent format) are kept.

As a hook, before each language's build (static-i18n builds the languages in turn), this
writes that language's variant of every example into ``.cache/code/<lang>/`` and points
pymdownx.snippets there first for its pages: ``--8<-- "examples/week5/momentum.py"`` shows
the variant, and the copy button copies it.  Printed output (``.out``) is included unchanged.
"""

from __future__ import annotations

import ast
import functools
import inspect
import io
import re
import tokenize
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
LOCALES = EXAMPLES / "locales"
CACHE = ROOT / ".cache" / "code"
CELL_MARKER = "# %%"


@dataclass
class Message:
    """One translatable text: a block of full-line comments, an end-of-line comment or a docstring."""

    text: str  # English, without ``#`` markers; lines of a block joined with "\n"
    first: int  # first line (1-based)
    last: int  # last line
    col: int  # column where the comment or the docstring's quotes start
    kind: str  # "block", "inline" or "docstring"


def _comment_text(token_string: str) -> str:
    text = token_string[1:]
    return text[1:] if text.startswith(" ") else text


def messages(source: str) -> list[Message]:
    """The comments and docstrings of ``source``, in order."""
    return [Message(**vars(m)) for m in _messages(source)]


@functools.lru_cache(maxsize=1024)
def _messages(source: str) -> tuple[Message, ...]:
    found: list[Message] = []
    lines = source.splitlines()
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type != tokenize.COMMENT or tok.string.startswith(CELL_MARKER):
            continue
        (row, col), text = tok.start, _comment_text(tok.string)
        if lines[row - 1][:col].strip():
            found.append(Message(text, row, row, col, "inline"))
        elif found and found[-1].kind == "block" and found[-1].last == row - 1 and found[-1].col == col:
            found[-1].text += "\n" + text
            found[-1].last = row
        else:
            found.append(Message(text, row, row, col, "block"))
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
                text = inspect.cleandoc(first.value.value)  # the translator sees no indentation
                found.append(Message(text, first.lineno, first.end_lineno, first.col_offset, "docstring"))
    return tuple(sorted(found, key=lambda m: (m.first, m.col)))


def localize(source: str, translations: dict[str, str]) -> tuple[str, list[str]]:
    """``source`` with its comments and docstrings translated; and the texts left in English."""
    lines = source.splitlines(keepends=True)
    missing = []
    for message in reversed(messages(source)):
        text = translations.get(message.text)
        if not text or (message.kind == "inline" and "\n" in text):
            missing.append(message.text)
            continue
        start, end = message.first - 1, message.last
        indent = lines[start][: message.col]
        if message.kind == "inline":
            lines[start] = f"{indent}# {text}\n"
        elif message.kind == "block":
            lines[start:end] = [f"{indent}# {line}".rstrip() + "\n" for line in text.split("\n")]
        else:
            quote = '"""' if '"""' not in text else "'''"
            first, *rest = text.replace("\\", "\\\\").split("\n")
            body = first + "".join("\n" + (" " * message.col + line if line.strip() else "") for line in rest)
            if lines[end - 1].strip() in ('"""', "'''"):  # the closing quotes on a line of their own
                body += "\n" + " " * message.col
            lines[start:end] = [f"{indent}{quote}{body}{quote}\n"]
    return "".join(lines), missing[::-1]


def code_tokens(source: str) -> list[tuple[int, str, int]]:
    """(type, text, line) of every token that is code: comments, blank lines and docstrings left out."""
    docstrings = {m.first for m in messages(source) if m.kind == "docstring"}
    return [
        (tok.type, tok.string, tok.start[0])
        for tok in tokenize.generate_tokens(io.StringIO(source).readline)
        if tok.type not in (tokenize.COMMENT, tokenize.NL)
        and not (tok.type == tokenize.STRING and tok.start[0] in docstrings)
    ]


def catalog_path(lang: str) -> Path:
    return LOCALES / f"{lang}.po"


def translations(lang: str) -> dict[str, str]:
    """English text → translation, for the messages of ``lang``'s catalog that are translated and not fuzzy."""
    from babel.messages.pofile import read_po

    path = catalog_path(lang)
    if not path.is_file():
        return {}
    with path.open("rb") as f:
        catalog = read_po(f)
    return {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy}


def examples() -> list[Path]:
    return sorted(EXAMPLES.rglob("*.py"))


def languages() -> list[str]:
    return sorted(p.stem for p in LOCALES.glob("*.po"))


def update_catalogs() -> None:
    """Add every English comment to every catalog; mark comments no example has any more obsolete."""
    from babel.messages.catalog import Catalog
    from babel.messages.pofile import read_po, write_po

    template = Catalog(project="examples", fuzzy=False)
    for example in examples():
        rel = example.relative_to(EXAMPLES).as_posix()
        for message in messages(example.read_text(encoding="utf-8")):
            template.add(message.text, locations=[(rel, message.first)])
    for lang in languages():
        path = catalog_path(lang)
        with path.open("rb") as f:
            catalog = read_po(f, locale=lang)
        catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
        with path.open("wb") as f:
            write_po(f, catalog, width=100, sort_output=False, ignore_obsolete=False, include_previous=False)
        print(f"{path.relative_to(ROOT)}: {sum(1 for m in catalog if m.id and not m.string)} untranslated")


# --- notebooks: an introduction and the cells in the reader's language -------------------------

HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*\{\s*#([\w-]+)\s*\}\s*$")
INCLUDE = re.compile(r'^\s*--8<--\s+"(examples/[^"]+\.py)"\s*$')
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)")


@dataclass
class PageIndex:
    """Where a language's pages show each example, and the alt text they give each figure."""

    shown: dict[str, tuple[str, str, str, str]]  # example → (page, page title, section title, section id)
    alts: dict[str, str]  # "week5/x.svg" → alt text


def page_index(docs: Path, lang: str) -> PageIndex:
    index = PageIndex({}, {})
    pages = sorted((docs / lang).rglob("*.md"), key=lambda p: (not p.parent.name.startswith("week"), p.as_posix()))
    for page in pages:  # week pages first: a notebook links the lecture that teaches it, not the review
        title, section = "", ("", "")
        for line in page.read_text(encoding="utf-8").splitlines():
            if m := HEADING.match(line):
                title = m[2] if len(m[1]) == 1 else title
                section = (m[2], m[3])
            elif m := INCLUDE.match(line):
                index.shown.setdefault(m[1], (page.relative_to(docs / lang).as_posix(), title, *section))
            for alt, src in IMAGE.findall(line):
                if "assets/figures/" in src:
                    index.alts.setdefault(src.split("assets/figures/", 1)[1], alt)
    return index


def notebook_intro(example: str, summary: str, words: dict, index: PageIndex) -> str:
    """The first cell: what the example shows, the lecture section that explains it, its source."""
    parts = [f"# {Path(example).name}", " ".join(summary.split())]
    if shown := index.shown.get(example):
        page, title, section, anchor = shown
        up = "../" * len(Path(example).parts)  # from notebooks/<week>/<name>/ back to the language's home
        url = up + ("" if page == "index.md" else page.removesuffix(".md").removesuffix("/index") + "/")
        label = title if section == title else f"{title} › {section}"  # a page that is one section
        parts.append(f"{words['notebook_from']} [{label}]({url}#{anchor})")
    parts.append(f"{words['notebook_source']} `{example}` · {words['notebook_needs']} `torch`")
    return "\n\n".join(p for p in parts if p)


def summary(source: str, table: dict[str, str]) -> str:
    """The example's first line, a comment saying what it shows, in the catalog's language."""
    first = messages(source)[:1]
    return table.get(first[0].text, first[0].text) if first and first[0].first == 1 and first[0].kind == "block" else ""


def cells(code: str) -> list[tuple[int, str]]:
    """(first line, text) of each cell of a script in jupytext's percent format: the code
    split before each ``# %%`` line (tests/coderun.py runs them one by one)."""
    found, start, lines = [], 0, code.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.rstrip() == CELL_MARKER and index > start:
            found.append((start, "".join(lines[start:index])))
            start = index
    found.append((start, "".join(lines[start:])))
    return found


def cell_sources(code: str) -> list[str]:
    """The code cells as jupytext reads them: without their ``# %%`` line and the blank lines
    at either end (a test compares the two on every example; this is the fast path the build
    takes for every notebook of every language)."""
    texts = []
    for _, text in cells(code):
        lines = text.splitlines()
        texts.append("\n".join(lines[1:] if lines and lines[0].rstrip() == CELL_MARKER else lines).strip("\n"))
    return texts


def localized_notebook(english: dict, source: str, example: str, table: dict, words: dict, index: PageIndex) -> dict:
    """The English notebook (JSON) of ``example`` in another language: its introduction, its
    code cells with translated comments, and its figures' alt text; the outputs unchanged."""
    import copy

    nb = copy.deepcopy(english)
    code, _ = localize(source, table)
    cells = cell_sources(code)
    code_cells = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert len(cells) == len(code_cells), f"{example}: {len(cells)} cells, the notebook has {len(code_cells)}"
    nb["cells"][0]["source"] = notebook_intro(example, summary(source, table), words, index)
    figures = Path(example).parent.relative_to("examples").as_posix()
    for cell, text in zip(code_cells, cells):
        cell["source"] = text
        for output in cell.get("outputs", []):
            if "alt" in output.get("metadata", {}):
                name = output["metadata"]["filename"]
                output["metadata"]["alt"] = index.alts.get(f"{figures}/{name}", output["metadata"]["alt"])
    return nb


# --- the build: each language's pages show that language's variant --------------------------

def on_pre_build(config):
    """Write this language's variant of every example (static-i18n builds each language in turn)."""
    lang = config.plugins["i18n"].current_language
    if lang not in languages():
        return
    table = translations(lang)
    for example in examples():
        text, _ = localize(example.read_text(encoding="utf-8"), table)
        target = CACHE / lang / example.relative_to(ROOT)
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")


def on_page_markdown(markdown, page, config, files):
    lang = config.plugins["i18n"].current_language
    snippets = config.mdx_configs["pymdownx.snippets"]
    snippets["base_path"] = [str(CACHE / lang), "."] if lang in languages() else ["."]
    return markdown


if __name__ == "__main__":
    update_catalogs()
