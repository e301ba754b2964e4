"""Python code highlighted with the colours that carry meaning, in far fewer elements.

Pygments wraps every token in a ``<span>``: a long page with a dozen programs held 6,000 to
14,000 of them, and the browser's style and layout work on them was most of the page's
blocking time on a phone. Plain names are drawn in the code's own colour anyway; whitespace
has no colour; punctuation and operators are only a shade lighter. Those tokens are written
as plain text (a Pygments lexer filter, given to pymdownx.highlight as a lexer option), and
Pygments merges neighbouring plain text into one text node. Keywords, strings, numbers,
comments, built-ins, function, class and module names keep their colours. The code's text,
and so what the copy button copies, is unchanged.
"""

from pygments.filter import Filter
from pygments.token import Keyword, Name, Operator, Punctuation, String, Text, Whitespace

# Exactly these token types; their subtypes (Name.Builtin, Name.Function, Operator.Word...) keep
# their own colours. The theme draws Keyword.Constant (None, True) in the names' colour.
PLAIN = {Name, Operator, Punctuation, Whitespace, Keyword.Constant}
# The parts of a string literal, all in the strings' colour (the f of an f-string joins them),
# become one token: f"{x:.2f}" is two spans around the plain x instead of seven.
STRING = {String, String.Single, String.Double, String.Affix, String.Interpol, String.Backtick, String.Char}


class PlainTokens(Filter):
    def filter(self, lexer, stream):
        for ttype, value in stream:
            yield (Text if ttype in PLAIN else String if ttype in STRING else ttype), value


LANGUAGES = ("python", "py", "python3")


def on_config(config):
    extend = config.mdx_configs.setdefault("pymdownx.highlight", {}).setdefault("extend_pygments_lang", [])
    names = {entry["name"] for entry in extend}
    extend.extend({"name": name, "lang": "python", "options": {"filters": [PlainTokens()]}}
                  for name in LANGUAGES if name not in names)
    return config
