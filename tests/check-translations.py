#!/usr/bin/env python3
# check-translations.py — every user-visible string has a bokmål and a
# nynorsk translation, none of them fuzzy
#
# Copyright 2026 The Sammenkart developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The strings come from the sources as they are now (xgettext over
# po/POTFILES, with the keywords po/meson.build's glib preset uses), not
# from a template kept in the tree, so a string added without translations
# fails here. A source file with translatable strings that po/POTFILES
# leaves out fails too. TAP output.
import os
import re
import subprocess
import sys
import tempfile

source_root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
po_dir = os.path.join(source_root, "po")
results = []


def tap(ok, name, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    for line in detail.splitlines():
        print(f"# {line}")


def listed_files():
    with open(os.path.join(po_dir, "POTFILES"), encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def files_with_strings():
    """Sources that mark strings for translation."""
    marked = re.compile(r'\b(N?C?_|g_dngettext|ngettext)\s*\(\s*"|translatable="yes"')
    found = []
    for top in ("src", "ui", "data"):
        for folder, _, names in os.walk(os.path.join(source_root, top)):
            for name in names:
                if not name.endswith((".c", ".ui")):
                    continue
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8", errors="replace") as f:
                    if marked.search(f.read()):
                        found.append(os.path.relpath(path, source_root))
    return sorted(found)


def main():
    for tool in ("xgettext", "msgmerge", "msgfmt"):
        if subprocess.run(["which", tool], capture_output=True).returncode != 0:
            print(f"1..0 # SKIP no {tool} (the gettext package)")
            return 0
    languages = [line.strip() for line in open(os.path.join(po_dir, "LINGUAS"), encoding="utf-8")
                 if line.strip() and not line.startswith("#")]
    print(f"1..{2 + len(languages)}")

    listed = set(listed_files())
    missing = [path for path in files_with_strings() if path not in listed]
    tap(not missing, "po/POTFILES lists every source file with translatable strings",
        "not listed: " + ", ".join(missing) if missing else "")
    gone = [path for path in sorted(listed) if not os.path.exists(os.path.join(source_root, path))]
    tap(not gone, "every file po/POTFILES lists exists", ", ".join(gone))

    with tempfile.TemporaryDirectory(prefix="sammenkart-po-") as folder:
        pot = os.path.join(folder, "sammenkart.pot")
        xgettext = subprocess.run(
            ["xgettext", "--files-from=po/POTFILES", "--directory=.", "--from-code=UTF-8",
             "--keyword=_", "--keyword=N_", "--keyword=C_:1c,2", "--keyword=NC_:1c,2",
             "--keyword=g_dngettext:2,3", "--add-comments=TRANSLATORS", "-o", pot],
            cwd=source_root, capture_output=True, text=True)
        if xgettext.returncode != 0:
            for language in languages:
                tap(False, f"{language}: every string translated", xgettext.stderr)
            return 1
        for language in languages:
            merged = os.path.join(folder, f"{language}.po")
            merge = subprocess.run(["msgmerge", "--quiet", "--no-fuzzy-matching", "-o", merged,
                                    os.path.join(po_dir, f"{language}.po"), pot],
                                   capture_output=True, text=True)
            if merge.returncode != 0:
                tap(False, f"{language}: every string translated", merge.stderr)
                continue
            # Which messages are untranslated or fuzzy, by their text.
            attrib = subprocess.run(["msgattrib", "--no-obsolete", "--no-wrap", "--only-fuzzy", merged],
                                    capture_output=True, text=True).stdout
            untranslated = subprocess.run(["msgattrib", "--no-obsolete", "--no-wrap", "--untranslated", merged],
                                          capture_output=True, text=True).stdout
            stats = subprocess.run(["msgfmt", "--check", "--statistics", "-o", "/dev/null", merged],
                                   capture_output=True, text=True)
            bad = [m for m in re.findall(r'^msgid "(.+)"$', attrib + untranslated, re.M)]
            ok = stats.returncode == 0 and not bad and "fuzzy" not in stats.stderr and "untranslated" not in stats.stderr
            detail = stats.stderr.strip()
            if bad:
                detail += "\n" + "\n".join(f"«{m}»" for m in bad[:40])
                if len(bad) > 40:
                    detail += f"\n… and {len(bad) - 40} more"
            tap(ok, f"{language}: every string translated, none fuzzy", detail)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
