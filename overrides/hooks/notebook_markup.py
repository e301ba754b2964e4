"""Notebook markup: light notebook pages in the reader's language, and a download link
beside each notebook link.

- mkdocs-jupyter writes JupyterLab's whole stylesheet (about 600 kB) and several scripts
  (MathJax and Mermaid loaders, a clipboard helper with an English label) into every
  notebook page.  Our notebooks need none of them: the site's own stylesheet lays out the
  cells (see "Notebook pages" in docs/assets/stylesheets/extra.css).  A notebook page drops
  from about 640 kB to 30 kB.
- Code cells get Material's copy button, labelled in the page's language: the theme adds
  one to every ``pre > code``, and the notebook renderer writes its highlighted code straight
  into ``pre``.  Cell ids (``cell-id=name-1``) lose their ``=``, which the button's CSS
  selector cannot contain.
- A figure gets the alt text that ``make outputs`` stored with it in the notebook (the one
  the lecture page gives it, in the page's language), in place of the renderer's English
  "No description has been provided for this image".
- Where a page links an example's notebook page ("Run it as a notebook"), a second link
  downloads the ``.ipynb`` itself, which mkdocs-jupyter copies next to the notebook page.
"""

import html
import json
import re

# The renderer's markup is fixed by its template, so plain patterns find its parts; an HTML
# parser would cost as much time as the conversion itself, for every page of every language.
_INLINE = re.compile(r"<style\b.*?</style>|<script\b.*?</script>|<!--.*?-->", re.DOTALL)
_CLIPBOARD = re.compile(r'<div class="zeroclipboard-container">.*?</clipboard-copy>\s*</div>', re.DOTALL)
_CODE_CELL = re.compile(r'(<div class="highlight-ipynb hl-python"><pre>)(.*?)(</pre>)', re.DOTALL)
_NO_ALT = 'alt="No description has been provided for this image"'
_NOTEBOOK_LINK = re.compile(r'<a href="((?:[^"]*/)?notebooks/(?:[^"/]+/)*([^"/]+)/)">([^<]*)</a>')


def _figure_alts(path: str) -> list[str]:
    with open(path, encoding="utf-8") as file:
        cells = json.load(file)["cells"]
    return [
        output.get("metadata", {}).get("alt", "")
        for cell in cells for output in cell.get("outputs", [])
        if "image/svg+xml" in output.get("data", {})
    ]


def _notebook_page(page_html: str, path: str) -> str:
    page_html = _CLIPBOARD.sub("", _INLINE.sub("", page_html))
    page_html = _CODE_CELL.sub(r"\1<code>\2</code>\3", page_html).replace(' id="cell-id=', ' id="cell-')
    for alt in _figure_alts(path):
        page_html = page_html.replace(_NO_ALT, f'alt="{html.escape(alt)}"', 1)
    return page_html


def on_page_content(html, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        return _notebook_page(html, page.file.abs_src_path)
    label = config.extra["text"]["notebook_download"]
    return _NOTEBOOK_LINK.sub(
        lambda m: f'{m[0]} · <a href="{m[1]}{m[2]}.ipynb" download>{label}</a>', html
    )
