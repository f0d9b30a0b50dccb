#!/usr/bin/env python3
"""Checks that every user-visible string of BinhYen has its Vietnamese translation.

Runs lupdate over the sources into a scratch .ts file (so a tr() added to the code but never
translated is caught even if nobody updated the .ts), then checks that each of those strings is
translated in resources/translations/binhyen_vi.ts. Usage: check_translations.py LUPDATE
"""
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def messages(path):
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            t = message.find("translation")
            text = None if t is None else (t.findtext("numerusform") if message.get("numerus") == "yes" else t.text)
            done = t is not None and t.get("type") not in ("unfinished", "obsolete", "vanished") \
                and (text or "").strip()
            out[(name, message.findtext("source"))] = bool(done)
    return out


def main():
    lupdate = sys.argv[1]
    sources = []
    for layer in ("models", "reports", "ui", "app"):
        for folder, _, files in os.walk(os.path.join(ROOT, layer)):
            sources += [os.path.join(folder, f) for f in files if f.endswith((".cpp", ".h", ".ui"))]
    with tempfile.TemporaryDirectory() as tmp:
        scratch = os.path.join(tmp, "scratch_vi.ts")
        subprocess.run([lupdate, "-silent", "-locations", "none", "-I", ROOT, *sorted(sources), "-ts", scratch],
                       check=True, stdout=subprocess.DEVNULL)
        needed = messages(scratch)
    have = messages(os.path.join(ROOT, "resources", "translations", "binhyen_vi.ts"))
    missing = [k for k in needed if not have.get(k)]
    for context, source in missing:
        print(f"untranslated: [{context}] {source!r}")
    print(f"{len(needed)} strings in the code, {len(missing)} without Vietnamese")
    if len(needed) < 50:
        print("suspiciously few strings found: is lupdate scanning the sources?")
        return 1
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
