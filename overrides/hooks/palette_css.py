"""The theme's palette stylesheet without its "switching" rule, which restyles every page twice.

Material applies the colour palette on every page load, and while it does it marks
``<body data-md-color-switching>``; its palette stylesheet turns transitions off under that
mark (``[data-md-color-switching] * {transition-duration: 0s}``).  Setting and removing an
attribute that a ``[attr] *`` selector names makes the browser restyle every element of the
page, twice, before the reader can use it: on a long lecture page about a quarter of the
main thread's work at load (Lighthouse, simulated phone: ``make bench-pages``).  This hook
drops that one rule from the built stylesheet, parsed as CSS (tinycss2).  At load nothing
fades instead: the scheme the theme will apply is already on ``<body>`` (the theme's own
script applies a stored choice, and ``overrides/main.html`` the system's setting, both before
the content is drawn), so no colour changes.  What changes for a reader: after clicking the
light/dark toggle, links and buttons fade to their new colour in a quarter of a second
instead of changing at once.
"""

from pathlib import Path

import tinycss2

MARK = "data-md-color-switching"


def without_switching_rule(css: str) -> str:
    return tinycss2.serialize(_kept(tinycss2.parse_stylesheet(css))) if MARK in css else css


def _kept(rules: list) -> list:
    """The rules, those inside @media blocks included, less the ones whose selector names MARK."""
    kept = []
    for rule in rules:
        if rule.type == "qualified-rule" and MARK in tinycss2.serialize(rule.prelude):
            continue
        if rule.type == "at-rule" and rule.content is not None and MARK in tinycss2.serialize(rule.content):
            rule.content = _kept(tinycss2.parse_rule_list(rule.content))
        kept.append(rule)
    return kept


def on_post_build(config):
    for path in (Path(config.site_dir) / "assets" / "stylesheets").glob("palette.*.css"):
        css = path.read_text(encoding="utf-8")
        if (lighter := without_switching_rule(css)) != css:
            path.write_text(lighter, encoding="utf-8")
