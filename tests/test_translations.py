"""Translation freshness: a translation stamped against its English page is current until
that English page changes; then the page shows a banner and the status page lists it."""

import subprocess
import sys

from conftest import ROOT, build, write

STATUS = "---\ntemplate: translation-status.html\n---\n\n# Status {#status}\n"


def test_outdated_translation_after_a_real_change(project):
    write(project, "docs/en/translations.md", STATUS)
    write(project, "docs/fr/guide.md", "# Guide {#guide}\n\n## Utilisation {#usage}\n\nTexte.\n")
    stamp = [sys.executable, str(ROOT / "overrides/hooks/translations.py"), "docs/fr/guide.md", "docs/fr/index.md"]
    subprocess.run(stamp, cwd=project, check=True, capture_output=True)
    assert "source-hash:" in (project / "docs/fr/guide.md").read_text(encoding="utf-8")

    code, log = build(project)
    assert code == 0, log
    guide = (project / "site/fr/guide/index.html").read_text(encoding="utf-8")
    assert "course-outdated" not in guide and "course-fallback" not in guide
    status = (project / "site/fr/translations/index.html").read_text(encoding="utf-8")
    assert status.count("course-status--translated") == 2  # index.md and guide.md in French

    english = project / "docs/en/guide.md"
    english.write_text(english.read_text(encoding="utf-8") + "\nA new paragraph.\n", encoding="utf-8")
    code, log = build(project)
    assert code == 0, log
    guide = (project / "site/fr/guide/index.html").read_text(encoding="utf-8")
    assert "course-outdated" in guide and "La page anglaise a changé" in guide
    assert 'href="../../guide/"' in guide  # the banner links the English page
    status = (project / "site/es/translations/index.html").read_text(encoding="utf-8")
    assert status.count("course-status--outdated") == 1 and status.count("course-status--translated") == 1
