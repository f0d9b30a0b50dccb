#!/usr/bin/env python3
"""Fills BinhYen's Vietnamese .ts file from translation tables and reports what is missing.

Usage: tools/translations.py [--check]

Source strings live in English inside tr() in the code; `cmake --build build --target
update_translations` (lupdate) adds new ones to resources/translations/binhyen_vi.ts as
"unfinished". Translations are written in resources/translations/vi/*.tsv, one line per string:
context<TAB>source<TAB>Vietnamese (\\n for a line break). This script copies them into the .ts
file. With --check it only lists strings still untranslated and exits 1 if there are any.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TS = os.path.join(ROOT, "resources", "translations", "binhyen_vi.ts")
TABLES = os.path.join(ROOT, "resources", "translations", "vi", "*.tsv")


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def load_tables():
    table = {}
    for path in sorted(glob.glob(TABLES)):
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{n}: expected context<TAB>source<TAB>translation")
                table[(parts[0], unescape(parts[1]))] = unescape(parts[2])
    return table


def main():
    check_only = "--check" in sys.argv
    table = load_tables()
    tree = ET.parse(TS)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            key = (name, source)
            numerus = message.get("numerus") == "yes"
            if not check_only and key in table:
                if numerus:  # Vietnamese has a single plural form
                    for child in list(translation):
                        translation.remove(child)
                    translation.text = None
                    ET.SubElement(translation, "numerusform").text = table[key]
                else:
                    translation.text = table[key]
                translation.attrib.pop("type", None)
            text = translation.findtext("numerusform") if numerus else translation.text
            if translation.get("type") in ("unfinished", "obsolete", "vanished") or not (text or "").strip():
                missing.append(f"{name}\t{source}")
    if not check_only:
        tree.write(TS, encoding="utf-8", xml_declaration=True)
        with open(TS, encoding="utf-8") as f:
            text = f.read()
        with open(TS, "w", encoding="utf-8") as f:
            f.write(text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1))
    for m in missing:
        print("untranslated:", m.replace("\n", "\\n"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
