#!/usr/bin/env python3
"""Fails when a translation is incomplete.

Usage: check-translations.py --lupdate LUPDATE --project PROJECT.cmake --project-script SCRIPT herald_de.ts ...

Each .ts file is copied and brought up to date with the sources by lupdate, with the
project file the update_translations target uses (the same sources and include paths,
so the same contexts), so a tr() that is not yet in the file counts too. Then
every message must be finished and current: no type="unfinished", "vanished" or
"obsolete", no empty translation or plural form. herald_en.ts holds only the messages
with plural forms, and is checked for those.
"""
import argparse
import pathlib
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET


def problems(ts_path, english):
    out = []
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            numerus = message.get("numerus") == "yes"
            if english and not numerus:
                continue
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
            if kind in ("unfinished", "vanished", "obsolete", "missing"):
                out.append(f"{name}: {kind}: {source!r}")
            elif not all(f.strip() for f in forms):
                out.append(f"{name}: empty translation: {source!r}")
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate", required=True)
    parser.add_argument("--project", required=True, help="the .lupdate/TARGET_project.cmake of the build")
    parser.add_argument("--project-script", required=True, help="Qt's GenerateLUpdateProject.cmake")
    parser.add_argument("ts", nargs="+")
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for ts in args.ts:
            copy = pathlib.Path(tmp) / pathlib.Path(ts).name
            shutil.copy(ts, copy)
            copies.append(copy)
        # lupdate's project file, as the update_translations target writes it.
        project = pathlib.Path(tmp) / "project.json"
        subprocess.run(["cmake", f"-DIN_FILE={args.project}", f"-DOUT_FILE={project}", "-P", args.project_script],
                       check=True)
        # Once for all files (reading the sources is the slow part); without -no-obsolete,
        # so that messages no source has any more show as vanished.
        subprocess.run([args.lupdate, "-silent", "-locations", "none", "-project", str(project), "-ts"]
                       + [str(c) for c in copies], check=True)
        for copy in copies:
            found = problems(copy, copy.name.endswith("_en.ts"))
            if found:
                failed = True
                print(f"{copy.name}: {len(found)} message(s) to translate or remove")
                for line in found[:40]:
                    print("  " + line)
                if len(found) > 40:
                    print(f"  ... and {len(found) - 40} more")
            else:
                print(f"{copy.name}: complete")
    if failed:
        print("Run: cmake --build --preset ci --target update_translations, translate, see docs/translating.md")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
