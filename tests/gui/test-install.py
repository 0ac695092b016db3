#!/usr/bin/env python3
# test-install.py — Sammenkart installed into a temporary prefix, as on a
# fresh machine: the files are where the desktop expects them, a map opens
# from its file manager's double-click (the MIME type's default
# application, launched from the desktop file), and the editor speaks
# nynorsk when asked.
#
# Copyright 2026 The Sammenkart developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Argument: the build directory. `meson install --destdir` puts the install
# in a temporary folder; the program finds its modules, translations and
# schema from its own place there (src/main.c). What a package's triggers
# do (compile the schemas, update the MIME and desktop databases) is done
# here by hand, since an install into DESTDIR skips it. Output is TAP.
import glob
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

import atspi_client  # noqa: F401 (warnings of AT-SPI's client not fatal; see there)

APP_ID = "io.github.sammenkart.Sammenkart"
TIMEOUT = 40
results = []


def tap(ok, name, detail=""):
    results.append(ok)
    print(f"{'ok' if ok else 'not ok'} {len(results)} - {name}")
    for line in str(detail).splitlines()[:30]:
        print(f"# {line}")
    sys.stdout.flush()


def run(args, **kwargs):
    return subprocess.run(args, capture_output=True, text=True, **kwargs)


def accessible_app(pid):
    import pyatspi
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.3)
    return None


def names(root):
    import pyatspi

    def named(node):
        try:
            return bool(node.name)
        except Exception:
            return False
    return [node.name for node in pyatspi.findAllDescendants(root, named)]


def editor_pid(prefix_bin, before):
    """The editor started by the launch (its program is in the prefix), not
    one of the processes there were @before (process ids wrap around)."""
    deadline = time.monotonic() + TIMEOUT
    target = os.path.realpath(os.path.join(prefix_bin, "sammenkart"))
    while time.monotonic() < deadline:
        for entry in os.listdir("/proc"):
            if not entry.isdigit() or int(entry) in before:
                continue
            try:
                if os.path.realpath(f"/proc/{entry}/exe") == target:
                    return int(entry)
            except OSError:
                pass
        time.sleep(0.2)
    return None


def main():
    build = sys.argv[1]
    if not os.environ.get("DISPLAY"):
        print("1..0 # SKIP no X display")
        return 0
    for tool in ("gio", "update-mime-database", "update-desktop-database", "glib-compile-schemas"):
        if shutil.which(tool) is None:
            print(f"1..0 # SKIP no {tool}")
            return 0
    print("1..6")
    with tempfile.TemporaryDirectory(prefix="sammenkart-install-") as folder:
        destdir = os.path.join(folder, "root")
        install = run(["meson", "install", "-C", build, "--no-rebuild", "--quiet", "--destdir", destdir])
        bins = glob.glob(os.path.join(destdir, "**", "bin", "sammenkart"), recursive=True)
        if install.returncode != 0 or len(bins) != 1:
            tap(False, "meson install into a temporary folder", install.stdout + install.stderr)
            return 1
        prefix = os.path.dirname(os.path.dirname(bins[0]))
        share = os.path.join(prefix, "share")
        wanted = [
            f"share/applications/{APP_ID}.desktop",
            f"share/metainfo/{APP_ID}.metainfo.xml",
            f"share/mime/packages/{APP_ID}.xml",
            f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
            f"share/icons/hicolor/symbolic/apps/{APP_ID}-symbolic.svg",
            "share/icons/hicolor/scalable/mimetypes/application-x-sammenkart.svg",
            f"share/glib-2.0/schemas/{APP_ID}.gschema.xml",
            "share/sammenkart/templates/generisk.sammenkart",
            "share/sammenkart/templates/sondre-trondelag.sammenkart",
            "share/locale/nb/LC_MESSAGES/sammenkart.mo",
            "share/locale/nn/LC_MESSAGES/sammenkart.mo",
        ]
        missing = [path for path in wanted if not os.path.exists(os.path.join(prefix, path))]
        modules = glob.glob(os.path.join(prefix, "lib*", "**", "sammenkart", "libsammenkart-*.so"), recursive=True)
        module_names = sorted(os.path.basename(m) for m in modules)
        tap(not missing and module_names == ["libsammenkart-app.so", "libsammenkart-qpdf.so"],
            "the install has the program, its modules, desktop file, metainfo, MIME type, icons, schema, "
            "templates and translations",
            "missing: " + ", ".join(missing) + f"\nmodules: {modules}")

        # What the package's triggers would do.
        run(["glib-compile-schemas", os.path.join(share, "glib-2.0", "schemas")])
        run(["update-mime-database", os.path.join(share, "mime")])
        run(["update-desktop-database", os.path.join(share, "applications")])

        home = os.path.join(folder, "home")
        os.makedirs(home)
        env = {key: value for key, value in os.environ.items()
               if key not in ("SK_MODULE_DIR", "GSETTINGS_SCHEMA_DIR", "G_DEBUG", "LC_ALL", "LANG")}
        env.update({
            "HOME": home,
            "XDG_DATA_HOME": os.path.join(home, "data"),
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_STATE_HOME": os.path.join(home, "state"),
            "XDG_CACHE_HOME": os.path.join(home, "cache"),
            "XDG_DATA_DIRS": share + ":/usr/share",
            "PATH": os.path.join(prefix, "bin") + ":" + os.environ.get("PATH", "/usr/bin:/bin"),
            "GDK_BACKEND": "x11",
            "GSK_RENDERER": "cairo",
            "GSETTINGS_BACKEND": "memory",
            "LANGUAGE": "nn",
            "LC_ALL": "C.UTF-8",
            "SAMMENKART_DEBUG": "geometry",
        })

        # The command line, installed, in nynorsk.
        help_text = run([bins[0], "--help"], env=env).stdout
        tap("tenestene" in help_text, "the installed program speaks nynorsk with LANGUAGE=nn",
            help_text.splitlines()[0] if help_text else "(no output)")

        path = os.path.join(folder, "Kart for Røros.sammenkart")
        made = run([bins[0], "new", "--template", "generisk", "-o", path], env=env)
        filetype = run(["gio", "info", "-a", "standard::content-type", path], env=env).stdout
        handler = run(["gio", "mime", "application/x-sammenkart"], env=env).stdout
        tap(made.returncode == 0 and "application/x-sammenkart" in filetype and f"{APP_ID}.desktop" in handler,
            "a .sammenkart file has the MIME type application/x-sammenkart, opened by Sammenkart's desktop file",
            made.stderr + filetype + handler)

        # A double-click in the file manager: the default application for the
        # file's type, started from its desktop file with the file.
        before = {int(p) for p in os.listdir("/proc") if p.isdigit()}
        launch = subprocess.Popen(["gio", "open", path], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL)
        pid = editor_pid(os.path.join(prefix, "bin"), before)
        try:
            tap(pid is not None, "gio open on the map (a double-click) starts the installed editor",
                f"gio open exit: {launch.wait(timeout=TIMEOUT)}")
            if pid is None:
                return 1
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                argv = f.read().split(b"\0")
            app = accessible_app(pid)
            labels = names(app) if app is not None else []
            deadline = time.monotonic() + TIMEOUT
            while app is not None and time.monotonic() < deadline and not any(l.startswith("Nivå ") for l in labels):
                time.sleep(0.5)
                labels = names(app)
            with open(path, encoding="utf-8") as f:
                title = json.load(f)["title"]["nb"]
            tap(path.encode() in argv and any(title in label for label in labels),
                "the editor opened the double-clicked map",
                f"argv: {argv}\nlooking for the title «{title}»")
            nynorsk = [l for l in labels if re.match(r"^Nivå \d+: .*, \d+ teneste(r)?$", l)]
            tap(len(nynorsk) >= 3, "the editor speaks nynorsk: the levels are named in nynorsk on the accessibility bus",
                "\n".join(nynorsk[:6]) or "\n".join(labels[:30]))
        finally:
            if pid is not None:
                try:
                    os.kill(pid, 15)
                except OSError:
                    pass
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
