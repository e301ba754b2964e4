"""The comparison rule itself (tests/tolerance.py): it forgives last-digit noise from
another CPU and nothing else."""

import re

import pytest
from coderun import EXAMPLES, Piece, recorded_output, run
from tolerance import Num, compare_output, compare_svg, quoted_in, same_output

SHOWN = """\
final training loss: 0.0208
requires_grad of model(x): True
   x_1     x_2    p(0)   p(1)   p(2)   class
 -0.44    0.41   0.998  0.000  0.002     0
step 20: w = tensor([ 0.1234, -0.0000]) loss 1.2346e-05
shape torch.Size([300, 2]), 100 per class
"""


@pytest.mark.parametrize("printed", [
    SHOWN,
    SHOWN.replace("0.0208", "0.0207"),  # -1 in the last digit
    SHOWN.replace("0.998", "0.999"),  # +1
    SHOWN.replace("1.2346e-05", "1.2347e-05"),  # mantissa +1
    SHOWN.replace(" -0.44", " -0.45"),
    SHOWN.replace("0.000  0.002", "-0.000  0.002"),  # a sign of a zero: width changed, spaces may differ
    # torch drops the sign column when no element is negative any more
    SHOWN.replace("tensor([ 0.1234, -0.0000])", "tensor([0.1235, 0.0000])"),
])
def test_last_digit_noise_is_accepted(printed):
    assert compare_output(SHOWN, printed) == []


@pytest.mark.parametrize("printed, why", [
    (SHOWN.replace("True", "False"), "other text"),
    (SHOWN + "one more line\n", "lines printed"),
    (SHOWN.replace("     0\n", "     1\n"), "(exact)"),  # a changed class
    (SHOWN.replace("[300, 2]", "[300, 3]"), "(exact)"),  # a changed shape
    (SHOWN.replace("100 per class", "99 per class"), "(exact)"),
    (SHOWN.replace("0.0208", "0.0210"), "±1"),  # +2 units
    (SHOWN.replace("0.998", "0.996"), "±1"),  # -2 units
    (SHOWN.replace("1.2346e-05", "1.2348e-05"), "±1"),
    (SHOWN.replace("1.2346e-05", "1.2346e-04"), "±1"),  # another exponent
    (SHOWN.replace("0.0208", "0.021"), "number of decimals"),
    (SHOWN.replace("1.2346e-05", "0.0000"), "notation"),
    (SHOWN.replace("class\n", "class \n"), "other text"),  # whitespace, no number moved
    (SHOWN.replace("loss", "Loss"), "other text"),
    (SHOWN.rstrip("\n"), "final newline"),
])
def test_real_changes_are_rejected(printed, why):
    problems = compare_output(SHOWN, printed)
    assert problems and why in problems[0], problems


def test_numbers_glued_to_words_are_text():
    assert not same_output("dtype float32\n", "dtype float64\n")
    assert not same_output("x_1 = 2\n", "x_2 = 2\n")


def test_prose_numbers_match_printed_numbers_rounded():
    printed = [Num(n) for n in ["0.3461", "0.338", "1.2346e-05", "61706"]]
    assert quoted_in(Num("0.346"), printed)
    assert quoted_in(Num("0.35"), printed)  # quoted with fewer decimals
    assert quoted_in(Num("0,338", ","), printed)  # a French decimal comma
    assert quoted_in(Num("1.2346e-05"), printed)
    assert not quoted_in(Num("0.348"), printed)
    assert quoted_in(Num("0.4"), [Num("0.36")])
    assert not quoted_in(Num("0.2"), [Num("0.36")])


SVG = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">
<defs><clipPath id="p1a2b"><rect x="10" y="10" width="100" height="50"/></clipPath></defs>
<g clip-path="url(#p1a2b)"><path d="M 10 20 L 30.5 40.25 L 50 60" style="fill: #1f77b4"/></g>
<text x="5" y="5">$x_1$</text>
</svg>"""


@pytest.mark.parametrize("drawn", [
    SVG,
    SVG.replace("30.5 40.25", "30.9 39.5"),  # under a pixel
    SVG.replace("p1a2b", "p9f9f"),  # ids that matplotlib derives from content
])
def test_figures_within_a_pixel_are_the_same(drawn):
    assert compare_svg(SVG, drawn) == []


@pytest.mark.parametrize("drawn", [
    SVG.replace("30.5 40.25", "33 40.25"),  # a moved curve
    SVG.replace(" L 50 60", " L 50 60 L 70 80"),  # a longer line
    SVG.replace("</g>", '<path d="M 0 0 L 1 1"/></g>'),  # a new line
    SVG.replace("$x_1$", "$x_2$"),  # a changed label
    SVG.replace("#1f77b4", "#ff7f0e"),  # another colour (a flipped class)
])
def test_figures_that_changed_are_rejected(drawn):
    assert compare_svg(SVG, drawn)


# Real edits to real examples must fail the suite: (example, text in it, replacement).
EDITS = [
    ("intro/fit_a_line.py", re.compile(r"learning_rate = 0\.5\b"), "learning_rate = 0.45"),
    ("week2/trick_minibatch.py", re.compile(r"batch_size = 20\b"), "batch_size = 25"),
    ("week5/momentum.py", re.compile(r"beta, steps = 0\.01, 0\.9,"), "beta, steps = 0.01, 0.91,"),
]


@pytest.mark.parametrize("example, pattern, new", EDITS, ids=["lr 0.5->0.45", "batch 20->25", "momentum 0.9->0.91"])
def test_real_edits_to_an_example_fail_the_rule(example, pattern, new):
    path = EXAMPLES / example
    code = path.read_text(encoding="utf-8")
    assert pattern.search(code), f"{example} no longer has {pattern.pattern}: update this test"
    edited = pattern.sub(new, code, count=1)
    printed = run(Piece(edited, f"examples/{example}")).stdout
    assert not same_output(recorded_output(path).read_text(encoding="utf-8"), printed)


PROSE_PAGE = """# Page

```python
print("loss 0.3461, accuracy 97.5%, 15,470.3 M multiply-adds")
```

```output
loss 0.3461, accuracy 97.5%, 15,470.3 M multiply-adds
```

The loss is 0.346 (about 0.35), the accuracy 97.5%, the cost 15.5 billion;
$0.5 \\cdot 2 = 1.0$ is a formula, and "6.8 million" is a quotation.
The loss is 0.351 here, which the code does not print.

## Next section

3.14 is not after an output block.
"""


def test_prose_numbers_are_checked_naming_page_and_line(tmp_path):
    from coderun import pieces
    from prose import prose_number_problems

    page = tmp_path / "page.md"
    page.write_text(PROSE_PAGE, encoding="utf-8")
    (piece,) = pieces([page])
    problems = prose_number_problems(piece.shown_at[0], run(piece).stdout)
    assert problems == [f"{page}:13: 0.351 is not printed by the code above it"]
    french = tmp_path / "fr.md"
    french.write_text(PROSE_PAGE.replace("0.346 (about 0.35)", "0,346 (environ 0,35)").replace("0.351", "0,351"),
                      encoding="utf-8")
    problems = prose_number_problems(pieces([french])[0].shown_at[0], run(piece).stdout, lang="fr")
    assert problems == [f"{french}:13: 0,351 is not printed by the code above it"]
