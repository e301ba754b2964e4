"""Render math at build time to MathML, so formulas need no script, font or network.

pymdownx.arithmatex (``generic: true``) marks ``$...$`` and ``$$...$$`` as
``<span class="arithmatex">\\(...\\)</span>`` and ``<div class="arithmatex">\\[...\\]</div>``;
this hook replaces each mark with MathML, which browsers render natively.  Each formula
keeps its TeX as ``alttext``, its accessible name, and is left out of the search index,
whose snippets would show it flattened into a run of symbols.  A display formula is a block that
scrolls sideways when it is too wide; overrides/assets/javascripts/accessibility.js makes
it focusable only then.  A formula that latex2mathml cannot read fails the build, naming
the page.
"""

import html
import re
import xml.etree.ElementTree as ET

from latex2mathml.converter import convert_to_element
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
            math = convert_to_element(tex, display="block" if block else "inline")
        except Exception as error:  # latex2mathml raises several exception types
            raise PluginError(f"{page.file.src_uri}: cannot render math ${tex}$: {error}") from error
        for node in math.iter():  # latex2mathml stores symbols as character references ("&#x0003D;")
            if node.text:
                node.text = html.unescape(node.text)
        if len(math) == 1 and math[0].tag == "mrow" and not math[0].attrib:
            math[:] = list(math[0])  # <math> is a row itself: one element less per formula
        math.set("alttext", tex)
        math.set("data-search-exclude", "")  # search snippets would show it as a run of symbols
        mathml = ET.tostring(math, encoding="unicode")
        return f'<div class="math">{mathml}</div>' if block else mathml

    return _MATH.sub(render, html_text)
