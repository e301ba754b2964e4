"""The project's one rule for "prints the same": exact text, decimals within one unit
of their last printed digit.

Another CPU (other SIMD kernels, another BLAS code path, another thread count) may change
the last digit of a float; it never changes a word, a count, a shape, a class or a
boolean.  So printed output is compared like this, everywhere (code tests, notebook
tests, ``make outputs``, prose numbers):

* the same number of lines;
* each line's text with its numbers masked is identical; whitespace runs may differ only
  on a line where a number's printed width changed (a sign, an extra digit);
* integers (counts, shapes, class labels) are exact, and so is every word (``True``);
* a decimal keeps its notation and its number of printed decimals, and its value is
  within ±1 unit of the last printed digit (scientific notation: the unit is that of the
  shown mantissa's last digit, at the shown exponent).

Figures (SVG) are compared by structure: the same elements, attributes and text, with
coordinates within about a pixel (``FIGURE_TOLERANCE``, in SVG points).  An embedded
raster image (``imshow``) must have the same size, and at most ``PIXEL_SHARE`` of its
pixels may differ: a value on a colour-bin or class boundary changes only its own pixel.
"""

from __future__ import annotations

import base64
import io
import re
import xml.etree.ElementTree as ET
from decimal import Decimal

# A number that stands alone: not glued to a word (float32, x_1 and conv2d stay text).
NUMBER = re.compile(r"(?<![\w.])[-+]?(?:\d+\.\d+|\d+)(?:[eE][-+]?\d+)?(?![\w.])")
WHITESPACE = re.compile(r"\s+")


class Num:
    """A printed number: its text, value, notation and the size of one unit of its last digit."""

    def __init__(self, text: str, decimal_separator: str = "."):
        self.text = text
        plain = text.replace(decimal_separator, ".") if decimal_separator != "." else text
        self.value = Decimal(plain)
        mantissa, _, exponent = plain.lower().partition("e")
        self.scientific = bool(exponent)
        self.decimals = len(mantissa.partition(".")[2])
        self.is_integer = "." not in mantissa and not self.scientific
        self.unit = Decimal(1).scaleb(int(exponent or 0) - self.decimals)

    def matches(self, other: Num) -> str | None:
        """None when `other` (printed now) is this number (shown) under the rule, else why not."""
        if self.is_integer or other.is_integer:
            return None if self.text == other.text else f"{self.text} became {other.text} (exact)"
        if self.scientific != other.scientific or self.decimals != other.decimals:
            return f"{self.text} became {other.text} (another notation or number of decimals)"
        if abs(self.value - other.value) > self.unit:
            return f"{self.text} became {other.text} (more than ±1 in the last digit)"
        return None


def split_numbers(line: str) -> tuple[list[str], list[str]]:
    """A line as (text between numbers, numbers): len(text) == len(numbers) + 1."""
    return NUMBER.split(line), NUMBER.findall(line)


def compare_line(shown: str, printed: str) -> str | None:
    """None if `printed` is `shown` under the rule; else a one-line reason."""
    if shown == printed:
        return None
    text_a, nums_a = split_numbers(shown)
    text_b, nums_b = split_numbers(printed)
    if len(nums_a) != len(nums_b):
        return "another count of numbers"
    width_changed = any(len(a) != len(b) for a, b in zip(nums_a, nums_b))
    if width_changed:
        text_a = [WHITESPACE.sub("", t) for t in text_a]
        text_b = [WHITESPACE.sub("", t) for t in text_b]
    if text_a != text_b:
        return "other text"
    for a, b in zip(nums_a, nums_b):
        why = Num(a).matches(Num(b))
        if why:
            return why
    return None


def compare_output(shown: str, printed: str) -> list[str]:
    """Every difference between output shown on the site and output printed now, as
    'line N: reason' strings; an empty list means they are the same under the rule."""
    a, b = shown.splitlines(), printed.splitlines()
    if len(a) != len(b):
        return [f"{len(b)} lines printed, {len(a)} shown"]
    if shown.endswith("\n") != printed.endswith("\n"):
        return ["final newline differs"]
    problems = []
    for number, (line_a, line_b) in enumerate(zip(a, b), 1):
        why = compare_line(line_a, line_b)
        if why:
            problems.append(f"line {number}: {why}\n    shown:   {line_a}\n    printed: {line_b}")
    return problems


def same_output(shown: str, printed: str) -> bool:
    return not compare_output(shown, printed)


SCALES = [Decimal(1000) ** k for k in (0, 1, 2, 3)]  # as printed, or in thousands, millions, billions


def quoted_in(quoted: Num, printed: list[Num]) -> bool:
    """A decimal quoted in prose is one of the printed numbers: some printed number, in the
    same unit or in thousands, millions or billions of it ("15,470.3 M" quoted as "15.5
    billion"), rounded to the quoted number of decimals, is within ±1 unit of the quoted value.
    The printed number must carry at least the quoted precision."""
    for number in printed:
        for scale in SCALES:
            value, unit = number.value / scale, number.unit / scale
            if unit > quoted.unit:
                continue
            if abs(value.quantize(quoted.unit) - quoted.value) <= quoted.unit:
                return True
    return False


# --- figures -------------------------------------------------------------------------

FIGURE_TOLERANCE = 1.0  # SVG user units (points at 72 dpi): about one pixel on screen
SVG_NUMBER = re.compile(r"[-+]?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][-+]?\d+)?")
GEOMETRY = {"d", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "points", "transform",
            "viewBox"}
PIXEL_SHARE = 0.002  # at most 0.2% of an embedded image's pixels may differ
PNG_URI = "data:image/png;base64,"
ID_REF = re.compile(r"#([\w.-]+)")


def _canonical_ids(root: ET.Element) -> dict[str, str]:
    """matplotlib derives element ids from their content: number them in document order."""
    ids = {}
    for element in root.iter():
        if "id" in element.attrib:
            ids[element.attrib["id"]] = f"id{len(ids)}"
    return ids


def _geometry(value: str) -> tuple[str, list[float]]:
    return SVG_NUMBER.sub("#", value), [float(n) for n in SVG_NUMBER.findall(value)]


def _compare_png(uri_a: str, uri_b: str) -> str | None:
    from matplotlib.image import imread

    a, b = (imread(io.BytesIO(base64.b64decode(uri[len(PNG_URI):])), format="png") for uri in (uri_a, uri_b))
    if a.shape != b.shape:
        return f"size {a.shape} became {b.shape}"
    differing = (abs(a - b) > 1 / 255).any(axis=-1).mean() if a.ndim == 3 else (abs(a - b) > 1 / 255).mean()
    return None if differing <= PIXEL_SHARE else f"{differing:.2%} of pixels differ (tolerance {PIXEL_SHARE:.1%})"


def compare_svg(shown: bytes | str, drawn: bytes | str) -> list[str]:
    """Differences between two SVG figures beyond the tolerance; empty when the same."""
    if shown == drawn:
        return []
    a, b = ET.fromstring(shown), ET.fromstring(drawn)
    ids_a, ids_b = _canonical_ids(a), _canonical_ids(b)

    def canon(value: str, ids: dict[str, str]) -> str:
        return ID_REF.sub(lambda m: "#" + ids.get(m[1], m[1]), value)

    problems: list[str] = []
    elements_a, elements_b = list(a.iter()), list(b.iter())
    if len(elements_a) != len(elements_b):
        return [f"{len(elements_b)} elements drawn, {len(elements_a)} shown"]
    for index, (ea, eb) in enumerate(zip(elements_a, elements_b)):
        where = f"element {index} <{ea.tag.rsplit('}', 1)[-1]}>"
        if ea.tag != eb.tag:
            problems.append(f"{where}: became <{eb.tag.rsplit('}', 1)[-1]}>")
            continue
        if (ea.text or "").strip() != (eb.text or "").strip():
            problems.append(f"{where}: text {ea.text!r} became {eb.text!r}")
        if set(ea.attrib) != set(eb.attrib):
            problems.append(f"{where}: attributes {sorted(ea.attrib)} became {sorted(eb.attrib)}")
            continue
        for name, value_a in ea.attrib.items():
            value_b = eb.attrib[name]
            if name == "id":
                value_a, value_b = ids_a.get(value_a), ids_b.get(value_b)
            value_a, value_b = canon(value_a, ids_a), canon(value_b, ids_b)
            if value_a == value_b:
                continue
            local = name.rsplit("}", 1)[-1]
            if local == "href" and value_a.startswith(PNG_URI) and value_b.startswith(PNG_URI):
                why = _compare_png(value_a, value_b)
                if why:
                    problems.append(f"{where}: image {why}")
                continue
            if local in GEOMETRY:
                shape_a, numbers_a = _geometry(value_a)
                shape_b, numbers_b = _geometry(value_b)
                if shape_a == shape_b and len(numbers_a) == len(numbers_b):
                    worst = max((abs(x - y) for x, y in zip(numbers_a, numbers_b)), default=0.0)
                    if worst <= FIGURE_TOLERANCE:
                        continue
                    problems.append(f"{where}: {local} moved by {worst:.3g} (tolerance {FIGURE_TOLERANCE})")
                    continue
            problems.append(f"{where}: {local}={value_a[:60]!r} became {value_b[:60]!r}")
    return problems
