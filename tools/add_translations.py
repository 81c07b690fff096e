"""Add English translations to resources/translations/controlroom_en.ts and rebuild the .qm.

Usage: ``.venv/bin/python tools/add_translations.py FILE.json``, where the JSON maps a context to
its source strings and their translations: ``{"TimerPanel": {"Neste": "Next"}, "core": {…}}``.
A source string not yet in the ``.ts`` is picked up first (``update_translations``), so new code
and its translations go in with one call. The ``.ts`` is read and written under the same lock as
``update_translations``, so two people adding strings at once never lose each other's work.
Prints the strings it could not place (a wrong context or a string no longer in the source).
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import update_translations as ut

ROOT = Path(__file__).resolve().parent.parent


def apply(ts: Path, wanted: dict[str, dict[str, str]]) -> list[str]:
    tree = ET.parse(ts)
    root = tree.getroot()
    unplaced: list[str] = []
    for context, pairs in wanted.items():
        ctx = next((c for c in root.findall("context") if (c.findtext("name") or "") == context), None)
        messages = {} if ctx is None else {m.findtext("source"): m for m in ctx.findall("message")}
        for source, translation in pairs.items():
            msg = messages.get(source)
            if msg is None:
                unplaced.append(f"[{context}] {source!r}")
                continue
            el = msg.find("translation")
            if el is None:
                el = ET.SubElement(msg, "translation")
            el.text = translation
            el.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return unplaced


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    wanted = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    with ut.ts_lock():
        ut.update_all()
        unplaced = apply(ut.ts_path("en"), wanted)
        subprocess.run([sys.executable, str(ROOT / "tools" / "build_translations.py"), "--quiet"], check=True)
    for line in unplaced:
        print("not placed:", line)
    return 1 if unplaced else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
