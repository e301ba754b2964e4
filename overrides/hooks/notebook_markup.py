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

import json
import re

from bs4 import BeautifulSoup, Comment

_NOTEBOOK_LINK = re.compile(r'<a href="((?:[^"]*/)?notebooks/(?:[^"/]+/)*([^"/]+)/)">([^<]*)</a>')


def _figure_alts(path: str) -> list[str]:
    with open(path, encoding="utf-8") as file:
        cells = json.load(file)["cells"]
    return [
        output.get("metadata", {}).get("alt", "")
        for cell in cells for output in cell.get("outputs", [])
        if "image/svg+xml" in output.get("data", {})
    ]


def _notebook_page(html: str, path: str) -> str:
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(["style", "script"]) + soup.select(".zeroclipboard-container"):
        tag.decompose()
    for comment in soup.find_all(string=lambda text: isinstance(text, Comment)):
        comment.extract()
    for pre in soup.select("div.highlight-ipynb > pre"):
        code = soup.new_tag("code")
        code.extend([child.extract() for child in list(pre.contents)])
        pre.append(code)
    for tag in soup.select('[id^="cell-id="]'):
        tag["id"] = "cell-" + tag["id"].removeprefix("cell-id=")
    for img, alt in zip(soup.select(".jp-RenderedSVG img"), _figure_alts(path)):
        img["alt"] = alt
    return str(soup)


def on_page_content(html, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        return _notebook_page(html, page.file.abs_src_path)
    label = config.extra["text"]["notebook_download"]
    return _NOTEBOOK_LINK.sub(
        lambda m: f'{m[0]} · <a href="{m[1]}{m[2]}.ipynb" download>{label}</a>', html
    )
