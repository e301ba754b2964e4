"""Notebook markup: light notebook pages, and a download link beside each notebook link.

- mkdocs-jupyter writes JupyterLab's whole stylesheet (about 600 kB) and several scripts
  (MathJax and Mermaid loaders, a clipboard helper) into every notebook page.  Our notebooks
  need none of them: the site's own stylesheet lays out the cells (see "Notebook pages" in
  docs/assets/stylesheets/extra.css).  A notebook page drops from about 640 kB to 30 kB.
- Code cells get Material's copy button: the theme adds one to every ``pre > code``, and
  the notebook renderer writes its highlighted code straight into ``pre``.  Cell ids
  (``cell-id=name-1``) lose their ``=``, which the button's CSS selector cannot contain.
- Where a page links an example's notebook page ("Run it as a notebook"), a second link
  downloads the ``.ipynb`` itself, which mkdocs-jupyter copies next to the notebook page.
"""

import re

_INLINE = re.compile(r"<style\b.*?</style>|<script\b.*?</script>|<!--.*?-->", re.DOTALL)
_CODE_CELL = re.compile(r'(<div class="highlight-ipynb hl-python"><pre>)(.*?)(</pre>)', re.DOTALL)
_NOTEBOOK_LINK = re.compile(r'<a href="((?:[^"]*/)?notebooks/(?:[^"/]+/)*([^"/]+)/)">([^<]*)</a>')


def on_page_content(html, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        html = _CODE_CELL.sub(r"\1<code>\2</code>\3", _INLINE.sub("", html))
        return html.replace(' id="cell-id=', ' id="cell-')
    label = config.extra["text"]["notebook_download"]
    return _NOTEBOOK_LINK.sub(
        lambda m: f'{m[0]} · <a href="{m[1]}{m[2]}.ipynb" download>{label}</a>', html
    )
