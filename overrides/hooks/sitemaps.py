"""One sitemap per language, an ``x-default`` alternate, and a ``robots.txt``.

static-i18n writes one ``sitemap.xml`` at the root, listing every language's pages with
their ``hreflang`` alternates.  After the last language is built, this hook splits it:
``sitemap.xml`` keeps the English pages and ``<lang>/sitemap.xml`` that language's, each
URL with its alternates plus ``x-default`` (the English page).  ``robots.txt`` names the
four sitemaps.  (``overrides/hooks/theme_fixes.py`` adds ``x-default`` to each page's head.)
"""

import gzip
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.plugins import event_priority

SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"
ET.register_namespace("", SITEMAP)
ET.register_namespace("xhtml", XHTML)


def language_of(url: str, root: str, others: list[str]) -> str | None:
    first = url[len(root):].split("/")[0]
    return first if first in others else None


@event_priority(-200)  # after static-i18n has built every language and written the sitemap
def on_post_build(config):
    i18n = config.plugins["i18n"]
    if i18n.building:  # a language build nested in the default one: the sitemap is not ready
        return
    site, root = Path(config.site_dir), config.site_url or "/"
    default = i18n.default_language
    others = [lang for lang in i18n.build_languages if lang != default]
    merged = ET.parse(site / "sitemap.xml").getroot()
    by_language = {lang: ET.Element(f"{{{SITEMAP}}}urlset") for lang in i18n.build_languages}
    for url in merged:
        loc = url.find(f"{{{SITEMAP}}}loc").text
        lang = language_of(loc, root, others) or default
        english = url.find(f"{{{XHTML}}}link[@hreflang='{default}']")
        if english is not None:
            ET.SubElement(url, f"{{{XHTML}}}link", rel="alternate", hreflang="x-default", href=english.get("href"))
        by_language[lang].append(url)
    robots = ["User-agent: *", "Allow: /"]
    for lang, urlset in by_language.items():
        prefix = "" if lang == default else lang + "/"
        ET.indent(urlset)
        data = ET.tostring(urlset, encoding="utf-8", xml_declaration=True)
        (site / prefix / "sitemap.xml").write_bytes(data)
        if not prefix:
            (site / "sitemap.xml.gz").write_bytes(gzip.compress(data, mtime=0))
        robots.append(f"Sitemap: {urljoin(root, prefix + 'sitemap.xml')}")
    (site / "robots.txt").write_text("\n".join(robots) + "\n", encoding="utf-8")
