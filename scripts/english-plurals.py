#!/usr/bin/env python3
"""Keeps translations/herald_en.ts to the English plural forms.

Source strings with a count say "%n campaign(s)"; English needs "1 campaign" and
"2 campaigns". After 'cmake --build --preset dev --target update_translations', run
this script: it drops every message without a count and fills in the singular and
plural form of each one with a count (words that change with the count, such as
"They" -> "It", are in SINGULAR below).
"""
import pathlib
import re
import xml.etree.ElementTree as ET

TS = pathlib.Path(__file__).resolve().parent.parent / "translations" / "herald_en.ts"

# Whole-word changes a singular sentence needs besides dropping "(s)".
SINGULAR = [("They ", "It "), ("Their ", "Its "), (" are still", " is still"), ("Pause them", "Pause it"),
            ("their ", "its ")]


def forms(source):
    singular = source.replace("(s)", "")
    for plural_word, singular_word in SINGULAR:
        singular = singular.replace(plural_word, singular_word)
    plural = source.replace("(s)", "s")
    return singular, plural


def main():
    tree = ET.parse(TS)
    for context in tree.getroot().findall("context"):
        for message in list(context.findall("message")):
            if message.get("numerus") != "yes":
                context.remove(message)
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)  # finished
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            for text in forms(message.find("source").text):
                form = ET.SubElement(translation, "numerusform")
                form.text = text
        if not context.findall("message"):
            tree.getroot().remove(context)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    TS.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
