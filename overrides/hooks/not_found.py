"""A 404 page in each language, and a root 404 page that sends the reader to theirs.

Static hosts (GitHub Pages) answer every missing address with the site's one root
``404.html``.  static-i18n renders the 404 template once per language, each over the same
file, so the last language built won.  This hook keeps the default language's page at the
root and writes each other language's to ``<lang>/404.html``.  The root page (template
``overrides/404.html``) sends an address under ``<lang>/`` to that language's 404 page.
"""

from pathlib import Path

_default_page = {}


def on_post_template(output, template_name, config):
    if template_name != "404.html":
        return output
    i18n = config.plugins["i18n"]
    lang = i18n.current_language
    if lang == i18n.default_language:
        _default_page["html"] = output
        return output
    target = Path(config.site_dir) / lang / "404.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    return _default_page.get("html", output)
