"""Fixture sites built into a temporary directory: missing translations fall back to English,
and bad input fails the build with a message naming the file at fault."""

import traceback

import pytest
from conftest import ROOT, build, i18n_languages, mkdocs_config, write
from coderun import Piece, run

def test_fixture_site_pages_and_fallback(project):
    code, log = build(project)
    assert code == 0 and "WARNING" not in log, log
    site = project / "site"
    pages = sorted(p.relative_to(site).as_posix() for p in site.rglob("index.html"))
    assert pages == sorted(
        f"{prefix}{page}index.html"
        for prefix in ["", "es/", "fr/", "pt/"]
        for page in ["", "guide/"]
    )
    # The French guide does not exist: English text at the French URL, a French banner, no 404.
    guide_fr = (site / "fr" / "guide" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in guide_fr and "course-fallback" in guide_fr
    assert "Pas encore traduite" in guide_fr and ">Usage<" in guide_fr.replace("Usage<a", "Usage<")
    assert '<a href="../translations/">' in guide_fr  # how to help translate
    # Translated pages carry no fallback banner, and show their translator.
    home_fr = (site / "fr" / "index.html").read_text(encoding="utf-8")
    assert "course-fallback" not in home_fr and "Traduction : Test" in home_fr
    assert "course-fallback" not in (site / "index.html").read_text(encoding="utf-8")
    assert "course-fallback" in (site / "es" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name, text, expected",
    [
        ("docs/en/index.md", "# Home\n\n[Missing](nowhere.md)\n", ["index.md", "nowhere.md"]),
        ("docs/en/index.md", "# Home\n\n[Missing](guide.md#no-such-part)\n", ["index.md", "guide.md#no-such-part"]),
        ("docs/en/guide.md", '# Guide\n\n```python\n--8<-- "examples/gone.py"\n```\n', ["examples/gone.py"]),
        ("docs/en/guide.md", "---\ntitle: [unclosed\n---\n\n# Guide\n", ["docs/en/guide.md", "front matter"]),
        ("docs/de/index.md", "# Startseite\n", ["docs/de/", "unknown language folder"]),
    ],
    ids=["missing-page", "missing-anchor", "missing-snippet", "bad-front-matter", "unknown-language"],
)
def test_bad_input_fails_the_build_naming_it(project, name, text, expected):
    write(project, name, text)
    code, log = build(project)
    assert code != 0, log
    for words in expected:
        assert words in log, f"{words!r} not in build log:\n{log}"


def test_failing_code_names_file_and_line():
    piece = Piece("x = 1\nraise ValueError('boom')\n", "docs/en/index.md", firstline=40)
    with pytest.raises(ValueError) as info:
        run(piece)
    frame = traceback.extract_tb(info.value.__traceback__)[-1]
    assert (frame.filename, frame.lineno) == (str(ROOT / "docs/en/index.md"), 41)


def test_notebook_pages_in_every_language_with_download_and_colab(project):
    import nbformat
    import yaml

    write(project, "examples/demo.py", "# Print one.\nprint(1)\n")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# demo.py"),
                                               nbformat.v4.new_code_cell("# Print one.\nprint(1)")])
    write(project, "docs/en/notebooks/demo.ipynb", nbformat.writes(notebook))
    code, log = build(project)
    assert code == 0, log
    for prefix in ["", "fr/", "es/", "pt/"]:
        page = (project / "site" / prefix / "notebooks/demo/index.html").read_text(encoding="utf-8")
        assert "jp-Notebook" in page and '"cells"' not in page  # rendered, not raw JSON
        assert '<a class="md-button" href="demo.ipynb" download>' in page
        assert (project / "site" / prefix / "notebooks/demo/demo.ipynb").is_file()
        assert "colab.research.google.com" not in page  # no repo_url, no Colab link
    config = mkdocs_config(project / "mkdocs.yml")
    config["repo_url"] = "https://github.com/example/course"
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    code, log = build(project)
    assert code == 0, log
    page = (project / "site/fr/notebooks/demo/index.html").read_text(encoding="utf-8")
    assert "https://colab.research.google.com/github/example/course/blob/main/docs/en/notebooks/demo.ipynb" in page


def test_compiling_notebook_templates_once_changes_no_page():
    """overrides/hooks/notebook_speed.py: the same HTML, with the cache empty and filled."""
    from coderun import hook
    from mkdocs_jupyter import nbconvert2
    from nbconvert.exporters.templateexporter import TemplateExporter

    notebook_speed = hook("notebook_speed")

    notebook = str(ROOT / "docs/en/notebooks/week5/gd_step_sizes.ipynb")
    before = nbconvert2.nb2html(notebook)
    notebook_speed.on_startup("build", False)
    try:
        assert TemplateExporter._create_environment is notebook_speed._with_cache
        assert nbconvert2.nb2html(notebook) == before == nbconvert2.nb2html(notebook)
        assert notebook_speed._CACHE.store  # the templates were compiled once, then loaded
    finally:
        TemplateExporter._create_environment = notebook_speed._create_environment


def test_serving_one_language_while_writing():
    """`make serve LANGS=fr` builds English and French only, and rebuilds only what changed."""
    import subprocess

    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}  # also when run by `make test`
    printed = subprocess.run(["make", "-s", "-n", "serve", "LANGS=fr"], cwd=ROOT, capture_output=True, text=True,
                             env=env).stdout
    command = next(line for line in printed.splitlines() if "mkdocs serve" in line)
    assert command.startswith("BUILD_FR=true BUILD_ES=false BUILD_PT=false ") and command.endswith("--dirty")

    os.environ.update(BUILD_ES="false", BUILD_PT="false")
    try:
        config = mkdocs_config(ROOT / "mkdocs.yml")
    finally:
        del os.environ["BUILD_ES"], os.environ["BUILD_PT"]
    assert [l["locale"] for l in i18n_languages(config) if l["build"]] == ["en", "fr"]
