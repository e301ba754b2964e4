"""Old links to a section of a page that became a folder of parts still find the section.

A long page was split into a folder (``week5/lecture-a.md`` became ``week5/lecture-a/index.md``
and its parts ``sgd.md``, ``momentum.md``…) with every heading id kept, so an old bookmark
``week5/lecture-a/#momentum`` now opens the folder's first page, where ``#momentum`` is not.
Each folder index gets ``page.meta["sections_elsewhere"]``: the ids written in its sibling
pages (``{#id}``), each with the sibling's address; ``overrides/main.html`` hands it to a
few lines of script that send such a link on to the part that holds the section.
"""

import re
from pathlib import Path

ID = re.compile(r"\{\s*#([\w-]+)\s*\}")


def on_page_markdown(markdown, page, config, files):
    source = Path(page.file.abs_src_path)
    if source.name == "index.md" and source.parent.parent.resolve() != Path(config.docs_dir).resolve():  # not a home
        here = set(ID.findall(markdown))
        elsewhere = {}
        for part in sorted(source.parent.glob("*.md")):
            if part.name != "index.md":
                for anchor in ID.findall(part.read_text(encoding="utf-8")):
                    if anchor not in here:
                        elsewhere.setdefault(anchor, f"{part.stem}/")
        page.meta["sections_elsewhere"] = elsewhere
    return markdown
