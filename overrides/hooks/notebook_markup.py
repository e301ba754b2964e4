"""Notebook pages without the notebook renderer's inline styles and scripts.

mkdocs-jupyter writes JupyterLab's whole stylesheet (about 600 kB) and several scripts
(MathJax and Mermaid loaders, a clipboard helper) into every notebook page.  Our notebooks
need none of them: the site's own stylesheet lays out the cells (see "Notebook pages" in
docs/assets/stylesheets/extra.css).  A notebook page drops from about 640 kB to 30 kB.
"""

import re

_INLINE = re.compile(r"<style\b.*?</style>|<script\b.*?</script>|<!--.*?-->", re.DOTALL)


def on_page_content(html, page, config, files):
    return _INLINE.sub("", html) if page.file.src_uri.endswith(".ipynb") else html
