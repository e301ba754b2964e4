"""Render math at build time to MathML, so formulas need no script, font or network.

pymdownx.arithmatex (``generic: true``) marks ``$...$`` and ``$$...$$`` as
``<span class="arithmatex">\\(...\\)</span>`` and ``<div class="arithmatex">\\[...\\]</div>``;
this hook replaces each mark with MathML, which browsers render natively.
A formula that latex2mathml cannot read fails the build, naming the page.
"""

import html
import re

from latex2mathml.converter import convert
from mkdocs.exceptions import PluginError

_MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">'
    r"(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<block>.*?)\\\])</(?P=tag)>",
    re.DOTALL,
)


def on_page_content(html_text, page, config, files):
    def render(match):
        block = match["block"] is not None
        tex = html.unescape(match["block"] if block else match["inline"]).strip()
        try:
            mathml = convert(tex, display="block" if block else "inline")
        except Exception as error:  # latex2mathml raises several exception types
            raise PluginError(f"{page.file.src_uri}: cannot render math ${tex}$: {error}") from error
        # tabindex: a wide formula scrolls sideways, so keyboard users must be able to reach it
        return f'<div class="math" tabindex="0">{mathml}</div>' if block else mathml

    return _MATH.sub(render, html_text)
