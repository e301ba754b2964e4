"""Two fixes to the theme's HTML that no template block reaches.

- ``hreflang`` alternates in ``<head>`` become absolute URLs (``site_url`` + path), as
  search engines require, and the English page is also the ``x-default`` alternate; the
  language menu keeps its relative links.
- The search dialog gets an accessible name (the theme's own "Search" word).
"""

import re
from urllib.parse import urljoin

_ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([^"]*)">')
_SEARCH = re.compile(r'(<div class="md-search" data-md-component="search" role="dialog")>')
_SEARCH_WORD = re.compile(r'<input type="text" class="md-search__input" name="query" aria-label="([^"]*)"')


def on_post_page(html, page, config):
    here = urljoin(config.site_url or "/", page.url)
    def absolute(m):
        link = f'<link rel="alternate" href="{urljoin(here, m[1])}" hreflang="{m[2]}">'
        return link + (f'\n    <link rel="alternate" href="{urljoin(here, m[1])}" hreflang="x-default">' if m[2] == "en" else "")

    html = _ALTERNATE.sub(absolute, html)
    word = _SEARCH_WORD.search(html)
    if word:
        html = _SEARCH.sub(rf'\1 aria-label="{word[1]}">', html, count=1)
    return html
