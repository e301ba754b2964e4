"""The collector itself: it must see every Python fence a reader sees, and run it as a script."""

import pytest
from coderun import fence_problems, pieces, run

PAGE = '''# Page

```python title="example.py"
print("titled")
```

```output
titled
```

```python hl_lines="2"
x = 1
print("highlighted", x)
```

    ```python
    if __name__ == "__main__":
        print("main ran")
    ```
'''

BAD = '''```py
print("short name")
```

```python3
print(3)
```

~~~python
print("tilde")
~~~

```bash
rm -rf build
```

<!--pytest-codeblocks:skip-->
'''


def test_fences_with_attributes_and_indented_fences_are_run(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(PAGE, encoding="utf-8")
    found = pieces([page])
    assert [run(p).stdout for p in found] == ["titled\n", "highlighted 1\n", "main ran\n"]
    assert found[0].expected == [(f"{page}:7", "titled\n")]
    assert found[1].firstline == 12  # tracebacks point at the page's own line numbers


@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_fences_the_collector_would_skip_are_reported(tmp_path):
    page = tmp_path / "bad.md"
    page.write_text(BAD, encoding="utf-8")
    problems = "\n".join(fence_problems([page]))
    for expected in ["bad.md:1: write ```python", "bad.md:5: write ```python", "bad.md:9: use ``` fences",
                     "bad.md:13: ```bash blocks are executed", "bad.md:17: code blocks are never skipped"]:
        assert expected in problems
