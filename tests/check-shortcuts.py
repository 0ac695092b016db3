#!/usr/bin/env python3
# check-shortcuts.py — the shortcuts window (Ctrl+?) lists every shortcut
# the application sets
#
# Copyright 2026 The Sammenkart developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The accelerators are read from the table in src/app/sk-application.c,
# the one place they are set; each action's first accelerator must appear
# in ui/gtk/help-overlay.ui. TAP output.
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

source_root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")


def normal(accel):
    """"<Control><Shift>s" and "<ctrl><shift>S" alike."""
    mods = sorted(m.lower().replace("ctrl", "control").replace("primary", "control")
                  for m in re.findall(r"<([^>]+)>", accel))
    key = re.sub(r"<[^>]+>", "", accel)
    return "+".join(mods + [key.lower()])


def main():
    with open(os.path.join(source_root, "src", "app", "sk-application.c"), encoding="utf-8") as f:
        code = f.read()
    table = re.findall(r'\{\s*"((?:app|win|window|panel|canvas)\.[a-z0-9-]+)",\s*\{\s*"([^"]+)"', code)
    tree = ElementTree.parse(os.path.join(source_root, "ui", "gtk", "help-overlay.ui"))
    listed = set()
    for prop in tree.iter("property"):
        if prop.get("name") == "accelerator" and prop.text:
            for accel in prop.text.split():
                listed.add(normal(accel))
    print("1..2")
    print(f"{'ok' if len(table) >= 10 else 'not ok'} 1 - the accelerator table is found ({len(table)} actions)")
    missing = [f"{action} {accel}" for action, accel in table if normal(accel) not in listed]
    print(f"{'not ok' if missing else 'ok'} 2 - the shortcuts window lists every accelerator")
    for line in missing:
        print(f"# not listed: {line}")
    return 1 if missing or len(table) < 10 else 0


if __name__ == "__main__":
    sys.exit(main())
