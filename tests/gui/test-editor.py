#!/usr/bin/env python3
# Sammenkart — GUI tests: the real editor under X, driven with a real
# pointer and keyboard (xdotool), its saved files read back.
#
# Copyright 2026 The Sammenkart developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The editor runs with SAMMENKART_DEBUG=geometry: after each layout it
# prints where its cards and bands are on the screen, and a line when a
# save is on disk. Output is TAP. Without a display the tests are skipped.

import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time

import atspi_client  # noqa: F401 (warnings of AT-SPI's client not fatal; see there)

SAMMENKART = os.environ.get("SK_SAMMENKART", "build/src/sammenkart")
TIMEOUT = 30

results = []


def tap(ok, name, detail=""):
    results.append(ok)
    print(("ok" if ok else "not ok") + f" {len(results)} - {name}")
    if not ok and detail:
        for line in detail.splitlines():
            print(f"# {line}")
    sys.stdout.flush()


def xdotool(*args):
    subprocess.run(["xdotool", *[str(a) for a in args]], check=True)


last_editor = None  # the editor a failing test last started, for its log


class Editor:
    """One run of the editor on a file."""

    def __init__(self, path, home, debug="geometry"):
        env = dict(os.environ)
        env.update({
            "SAMMENKART_DEBUG": debug,
            "GDK_BACKEND": "x11",
            "GSK_RENDERER": "cairo",
            "GSETTINGS_BACKEND": "memory",
            "HOME": home,
            "XDG_DATA_HOME": os.path.join(home, "data"),
            "XDG_CONFIG_HOME": os.path.join(home, "config"),
            "XDG_STATE_HOME": os.path.join(home, "state"),
            "XDG_CACHE_HOME": os.path.join(home, "cache"),
        })
        env.pop("G_DEBUG", None)
        global last_editor
        last_editor = self
        self.path = path
        self.lines = queue.Queue()
        self.log = []
        self.proc = subprocess.Popen([SAMMENKART, path], env=env, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE, text=True)
        threading.Thread(target=self._read, daemon=True).start()
        self.cards, self.bands = self.wait_geometry()

    def _read(self):
        for line in self.proc.stderr:
            self.log.append(line)
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_for(self, prefix, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.5)
            except queue.Empty:
                continue
            if line is None:
                raise RuntimeError("the editor exited:\n" + "".join(self.log[-20:]))
            if line.startswith(prefix):
                return line
        raise RuntimeError(f"no «{prefix}» within {timeout} s:\n" + "".join(self.log[-20:]))

    def wait_geometry(self):
        cards, bands = {}, {}
        while True:
            line = self.wait_for("sammenkart-geometry:")
            parts = line.split()
            if parts[1] == "end":
                return cards, bands
            box = tuple(float(v) for v in parts[3:7])
            (cards if parts[1] == "card" else bands)[parts[2]] = box

    def drain(self):
        while not self.lines.empty():
            self.lines.get_nowait()

    def save(self):
        self.drain()
        xdotool("key", "ctrl+s")
        self.wait_for("sammenkart-debug: saved")

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def centre(box):
    x, y, w, h = box
    return int(x + w / 2), int(y + h / 2)


def level_of(path, service_id):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for service in data["services"]:
        if service["id"] == service_id:
            return service.get("level")
    return "(no such service)"


def first_service_on(path, level_id):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return next(s["id"] for s in data["services"] if s.get("level") == level_id)


def new_map(folder, name, template="generisk"):
    path = os.path.join(folder, name)
    subprocess.run([SAMMENKART, "new", "--template", template, "-o", path], check=True,
                   stdout=subprocess.DEVNULL)
    return path


def drag(start, end, steps=12):
    xdotool("mousemove", "--sync", *start)
    xdotool("mousedown", "1")
    for i in range(1, steps + 1):
        x = start[0] + (end[0] - start[0]) * i // steps
        y = start[1] + (end[1] - start[1]) * i // steps
        xdotool("mousemove", "--sync", x, y)
        time.sleep(0.03)
    time.sleep(0.2)
    xdotool("mouseup", "1")


def test_pointer_drag(folder, home):
    path = new_map(folder, "drag.sammenkart")
    service = first_service_on(path, "niva-2")
    editor = Editor(path, home)
    try:
        start = centre(editor.cards[service])
        bx, by, bw, bh = editor.bands["niva-4"]
        # Into the band, left of its cards: it lands first on level 4.
        end = (int(bx + bw * 0.3), int(by + bh * 0.6))
        editor.drain()
        drag(start, end)
        editor.wait_geometry()
        editor.save()
        moved = level_of(path, service)
        tap(moved == "niva-4", f"a pointer drag moves «{service}» from level 2 to level 4, and Ctrl+S saves it",
            f"level in the saved file: {moved}")

        xdotool("key", "ctrl+z")
        editor.save()
        back = level_of(path, service)
        tap(back == "niva-2", "Ctrl+Z puts it back on level 2", f"level in the saved file: {back}")
    finally:
        editor.close()


def test_keyboard_move(folder, home):
    path = new_map(folder, "keys.sammenkart")
    service = first_service_on(path, "niva-2")
    editor = Editor(path, home)
    try:
        # A click gives the card the focus; Alt+Up twice is two levels up.
        xdotool("mousemove", "--sync", *centre(editor.cards[service]))
        xdotool("click", "1")
        time.sleep(0.2)
        editor.drain()
        xdotool("key", "alt+Up")
        editor.wait_geometry()
        xdotool("key", "alt+Up")
        editor.wait_geometry()
        editor.save()
        moved = level_of(path, service)
        tap(moved == "niva-4", f"Alt+Up twice moves «{service}» from level 2 to level 4", f"saved level: {moved}")

        xdotool("key", "ctrl+z")
        xdotool("key", "ctrl+z")
        editor.save()
        back = level_of(path, service)
        tap(back == "niva-2", "Ctrl+Z twice restores level 2", f"saved level: {back}")
    finally:
        editor.close()


def accessible_app(pid):
    """The editor's accessible application, found by its process."""
    import pyatspi
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.3)
    raise RuntimeError("the editor is not on the accessibility bus")


def find(root, name, roles=None):
    """The first showing accessible with this name (and one of these roles)."""
    import pyatspi

    def matches(node):
        try:
            # GTK 4.8 says a button's label twice: "Add Steps Add Steps".
            return (node.name in (name, f"{name} {name}")
                    and (roles is None or node.getRoleName() in roles))
        except Exception:
            return False

    def showing(node):
        try:
            return node.getState().contains(pyatspi.STATE_SHOWING)
        except Exception:
            return False

    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        found = descendants(root, matches)
        # What is on screen first: a hidden page has widgets of the same name.
        found.sort(key=lambda node: not showing(node))
        if found:
            return found[0]
        time.sleep(0.3)
    raise RuntimeError(f"no «{name}» in the window")


def pyatspi_all(root):
    """Every accessible under @root."""
    import pyatspi
    return pyatspi.findAllDescendants(root, lambda node: True)


def press(node):
    """Clicks a widget: through its action, or with the pointer where it is."""
    import pyatspi
    try:
        action = node.queryAction()
    except NotImplementedError:
        action = None
    if action is not None and action.nActions > 0:
        for i in range(action.nActions):
            if action.getName(i) in ("click", "press", "activate", "toggle"):
                action.doAction(i)
                return
        action.doAction(0)
        return
    box = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    xdotool("mousemove", "--sync", box.x + box.width // 2, box.y + box.height // 2)
    xdotool("click", "1")


def service_name(path, service_id, lang="nb"):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    for service in data["services"]:
        if service["id"] == service_id:
            return service["name"].get(lang)
    return None


def test_inspector(folder, home):
    path = new_map(folder, "inspector.sammenkart")
    service = first_service_on(path, "niva-3")
    before = service_name(path, service)
    editor = Editor(path, home)
    try:
        # Enter on a card puts the keyboard in its name; typing edits it.
        xdotool("mousemove", "--sync", *centre(editor.cards[service]))
        xdotool("click", "1")
        time.sleep(0.3)
        xdotool("key", "Return")
        time.sleep(0.5)
        xdotool("type", "--delay", "40", " i dag")
        time.sleep(0.5)
        editor.save()
        after = service_name(path, service)
        tap(after == before + " i dag", "Enter, then typing in the inspector renames the service, and it is saved",
            f"name in the saved file: {after!r}, before: {before!r}")
        xdotool("key", "ctrl+z")
        time.sleep(0.3)
        editor.save()
        undone = service_name(path, service)
        tap(undone == before, "the typing is one step: one Ctrl+Z restores the name", f"name: {undone!r}")
    finally:
        editor.close()


def test_pathway_by_clicks(folder, home):
    path = new_map(folder, "pathway.sammenkart")
    steps = [first_service_on(path, level) for level in ("niva-1", "niva-2", "niva-4")]
    editor = Editor(path, home)
    try:
        app = accessible_app(editor.proc.pid)
        press(find(app, "Pathways", ("toggle button", "push button", "page tab", "radio button")))
        press(find(app, "Add Pathway", ("toggle button", "push button")))
        time.sleep(0.5)
        xdotool("type", "--delay", "40", "Testforlop")
        xdotool("key", "Return")
        time.sleep(0.5)
        press(find(app, "Add Steps", ("toggle button", "push button")))
        time.sleep(0.3)
        for service in steps:
            xdotool("mousemove", "--sync", *centre(editor.cards[service]))
            xdotool("click", "1")
            time.sleep(0.4)
        if os.environ.get("SK_GUI_SHOT"):
            subprocess.run(["import", "-window", "root", os.environ["SK_GUI_SHOT"]])
        editor.save()
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        made = [p for p in data["pathways"] if p["name"].get("nb") == "Testforlop"]
        got = [s["service"] for s in made[0]["steps"]] if made else None
        tap(got == steps, "a new pathway gets a step for each of three cards clicked, in order",
            f"steps in the saved file: {got}, clicked: {steps}")
    finally:
        editor.close()


def descendants(root, matches):
    """pyatspi.findAllDescendants, or [] when the tree changed while it was
    walked (a window or dialog opening or closing); the callers ask again."""
    import pyatspi

    try:
        return pyatspi.findAllDescendants(root, matches)
    except Exception:
        return []


def find_containing(root, text, present=True, timeout=TIMEOUT, count=1):
    """Every accessible whose name contains @text, once there are @count of
    them (or, with present=False, once there is none). GTK 4.8 does not
    always mark an overlay's child "showing", so that state is not asked
    for."""

    def matches(node):
        try:
            return text in (node.name or "") and node.getRoleName() == "status bar"
        except Exception:
            return False

    deadline = time.monotonic() + timeout
    while True:
        found = descendants(root, matches)
        if (len(found) >= count if present else not found) or time.monotonic() > deadline:
            return found
        time.sleep(0.3)


def showing(node):
    import pyatspi
    return node.getState().contains(pyatspi.STATE_SHOWING)


def test_workshop(folder, home):
    """Presenting, the audience window and a walkthrough, by keys."""
    path = new_map(folder, "workshop.sammenkart", "sondre-trondelag")
    editor = Editor(path, home)
    try:
        app = accessible_app(editor.proc.pid)
        open_button = find(app, "Open a Map", ("push button",))
        card = next(iter(editor.cards))
        before = editor.cards[card]
        xdotool("mousemove", "--sync", 300, 200)
        editor.drain()
        xdotool("key", "F5")
        time.sleep(1)
        cards, _ = editor.wait_geometry()
        # Only the map; the cards larger, their text readable in a room.
        tap(not showing(open_button) and cards[card][3] >= 1.5 * before[3],
            "F5 presents: the header bar is hidden and the cards are drawn larger",
            f"header showing: {showing(open_button)}, card height {before[3]} → {cards[card][3]}")

        xdotool("key", "shift+F5")
        deadline = time.monotonic() + TIMEOUT
        audience = []
        while not audience and time.monotonic() < deadline:
            audience = subprocess.run(["xdotool", "search", "--name", "Audience"], capture_output=True,
                                      text=True).stdout.split()
            time.sleep(0.3)
        tap(bool(audience), "Shift+F5 opens the audience window")
        if audience:
            xdotool("windowmove", "--sync", audience[0], 600, 400)
            time.sleep(0.5)

        # Walk through Angstplager with a case: Ctrl+F5, a case, Enter.
        xdotool("mousemove", "--sync", 300, 200)
        xdotool("key", "ctrl+F5")
        find(app, "Case", ("text", "entry"))
        time.sleep(0.5)
        # The dialog's case field has the focus; with no window manager here
        # the keyboard is given to the dialog by hand.
        xdotool("search", "--sync", "--name", "Walk Through a Pathway", "windowfocus", "--sync")
        xdotool("type", "--delay", "30", "Lasse, 15")
        xdotool("key", "Return")
        first = find_containing(app, "Step 1 of 10", count=2)
        tap(len(first) == 2 and all("Lasse, 15" in node.name for node in first),
            "Ctrl+F5 starts a walkthrough with a case, shown in both windows",
            f"found: {[node.name for node in first]}")

        # A clicker's Page Down, pressed in the audience window, goes on.
        xdotool("mousemove", "--sync", 1000, 700)
        xdotool("key", "Next")
        second = find_containing(app, "Step 2 of 10", count=2)
        xdotool("mousemove", "--sync", 300, 200)
        xdotool("key", "Next")
        xdotool("key", "Prior")
        xdotool("key", "Right")
        third = find_containing(app, "Step 3 of 10", count=2)
        tap(len(second) == 2 and len(third) == 2,
            "Page Down in the audience window and Page Down/Up, → in the editor move the walk in both windows",
            f"step 2: {[n.name for n in second]}, step 3: {[n.name for n in third]}")

        xdotool("key", "Escape")
        gone = find_containing(app, "of 10", present=False)
        time.sleep(1)
        editor.drain()
        xdotool("key", "Escape")
        # Back to the whole map: the cards as small as before.
        cards, _ = editor.wait_geometry()
        tap(not gone and cards[card][3] < 1.2 * before[3], "Esc ends the walk, a second Esc stops presenting",
            f"still walking: {[n.name for n in gone]}, card height {before[3]} → {cards[card][3]}")
        if os.environ.get("SK_GUI_SHOT"):
            subprocess.run(["import", "-window", "root", os.environ["SK_GUI_SHOT"]])
    finally:
        editor.close()


def test_quick_capture(folder, home):
    """Typing with the pointer over a level adds a service there."""
    path = new_map(folder, "capture.sammenkart")
    editor = Editor(path, home)
    try:
        x, y, w, h = editor.bands["niva-2"]
        xdotool("mousemove", "--sync", int(x + w * 0.1), int(y + h * 0.5))
        xdotool("type", "--delay", "40", "Nytt tilbud")
        time.sleep(0.5)
        xdotool("key", "Return")
        time.sleep(0.5)
        editor.save()
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        added = [s.get("level") for s in data["services"] if s["name"].get("nb") == "Nytt tilbud"]
        tap(added == ["niva-2"], "typing «Nytt tilbud» and Enter with the pointer over level 2 adds it there",
            f"levels of services so named: {added}")
    finally:
        editor.close()


def add_note_on_level(app, band, text):
    """Clicks a level's empty space, then adds a note there from the Notes
    page."""
    x, y, w, h = band
    xdotool("mousemove", "--sync", int(x + w * 0.03), int(y + h * 0.9))
    xdotool("click", "1")
    time.sleep(0.5)
    press(find(app, "Notes", ("page tab", "toggle button", "radio button")))
    time.sleep(0.5)
    press(find(app, "Add Note", ("push button",)))
    time.sleep(0.5)
    xdotool("type", "--delay", "30", text)
    xdotool("key", "Return")
    time.sleep(0.5)


def test_note_on_level(folder, home):
    """A click on a level's empty space, then Add Note on the Notes page."""
    path = new_map(folder, "notes.sammenkart")
    editor = Editor(path, home)
    try:
        app = accessible_app(editor.proc.pid)
        x, y, w, h = editor.bands["niva-3"]
        add_note_on_level(app, editor.bands["niva-3"], "Mangler psykolog")
        editor.save()
        with open(path, encoding="utf-8") as f:
            notes = json.load(f).get("notes", [])
        got = [(n["target"]["type"], n["target"]["id"], n["text"]) for n in notes]
        tap(got == [("level", "niva-3", "Mangler psykolog")],
            "a click on level 3's empty space and Add Note pin a workshop note to the level", f"notes: {got}")
        xdotool("mousemove", "--sync", int(x + w * 0.5), int(y + h * 0.5))
        xdotool("key", "ctrl+z")
        time.sleep(0.3)
        editor.save()
        with open(path, encoding="utf-8") as f:
            left = json.load(f).get("notes", [])
        tap(left == [], "Ctrl+Z takes the note away again", f"notes: {left}")
    finally:
        editor.close()


def accessible_nodes(root, predicate):
    def matches(node):
        try:
            return predicate(node)
        except Exception:
            return False
    return descendants(root, matches)


def test_accessible_move(folder, home):
    """A screen reader's view: the card found by its name over AT-SPI,
    given the focus with Tab alone, moved a level with Alt+Up."""
    import pyatspi
    path = new_map(folder, "a11y.sammenkart")
    service = first_service_on(path, "niva-2")
    name = service_name(path, service)
    editor = Editor(path, home)
    try:
        app = accessible_app(editor.proc.pid)

        def card():
            deadline = time.monotonic() + TIMEOUT
            while time.monotonic() < deadline:
                found = accessible_nodes(app, lambda n: (n.name or "").startswith(name + " — "))
                if found:
                    return found[0]
                time.sleep(0.3)
            raise RuntimeError(f"no card named «{name} — …» on the accessibility bus")

        node = card()
        tap(node.getRoleName() == "push button" and " — level 2, " in node.name,
            "a card is on the accessibility bus with its role, name, level and sector",
            f"role {node.getRoleName()!r}, name {node.name!r}")
        levels = accessible_nodes(app, lambda n: n.getRoleName() == "panel" and (n.name or "").startswith("Level "))
        numbers = sorted(int(n.name.split()[1].rstrip(":")) for n in levels)
        tap(numbers == list(range(1, len(editor.bands) + 1)) and len(numbers) >= 3,
            "each level's band is on the accessibility bus with its number, name and services",
            "; ".join(n.name for n in levels))

        # Only the keyboard from here: Tab until the card has the focus.
        x, y, w, h = next(iter(editor.bands.values()))
        xdotool("mousemove", "--sync", int(x + 4), int(y + h - 4))
        focused = False
        for _ in range(150):
            if node.getState().contains(pyatspi.STATE_FOCUSED):
                focused = True
                break
            xdotool("key", "Tab")
            time.sleep(0.05)
        tap(focused, f"Tab reaches «{name}»")
        editor.drain()
        xdotool("key", "alt+Up")
        editor.wait_geometry()
        node = card()
        tap(" — level 3, " in node.name and node.getState().contains(pyatspi.STATE_FOCUSED),
            "Alt+Up moves it to level 3: its accessible name says so, and it keeps the focus",
            f"name {node.name!r}")
        editor.save()
        moved = level_of(path, service)
        tap(moved == "niva-3", "the move is saved", f"saved level: {moved}")

        # The levels are in the Tab order too (each before its cards); Ctrl+N
        # on one adds a service there (the way to an empty level by keyboard).
        top = max(editor.bands, key=lambda level: int(level.split("-")[-1]))
        number = int(top.split("-")[-1])
        band = accessible_nodes(app, lambda n: n.getRoleName() == "panel"
                                and (n.name or "").startswith(f"Level {number}:"))[0]
        reached = False
        for _ in range(200):
            if band.getState().contains(pyatspi.STATE_FOCUSED):
                reached = True
                break
            xdotool("key", "Tab")
            time.sleep(0.05)
        xdotool("key", "ctrl+n")
        time.sleep(0.5)
        xdotool("type", "--delay", "40", "Tilbud på toppen")
        xdotool("key", "Return")
        time.sleep(0.5)
        editor.save()
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        added = [s.get("level") for s in data["services"] if s["name"].get("nb") == "Tilbud på toppen"]
        tap(reached and added == [top], f"Tab reaches level {number}, and Ctrl+N there adds a service to it",
            f"reached: {reached}; levels of services so named: {added}")
    finally:
        editor.close()


def test_spreadsheet_import(folder, home):
    """A spreadsheet opened with Sammenkart while a map is open: the import
    dialog previews it with its columns guessed; Import adds the services
    as one undo step."""
    path = new_map(folder, "csv.sammenkart")
    csv = os.path.join(folder, "tjenester.csv")
    with open(csv, "w", encoding="utf-8", newline="") as f:
        f.write("\ufeffNavn;Nivå;Beskrivelse;Telefon;Tilgang\r\n"
                "Ungdomskontakten;2;\"Treffsted for unge\nhver tirsdag\";+47 72 00 00 01;direkte\r\n"
                "Natteravnene;1;Voksne ute om natta;;\r\n")
    editor = Editor(path, home)
    try:
        app = accessible_app(editor.proc.pid)
        env = dict(os.environ, GDK_BACKEND="x11", HOME=home)
        subprocess.run([SAMMENKART, csv], env=env, timeout=TIMEOUT, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + TIMEOUT
        summary = []
        while not summary and time.monotonic() < deadline:
            summary = accessible_nodes(app, lambda n: n.getRoleName() == "label" and "new service" in (n.name or ""))
            time.sleep(0.3)
        text = summary[0].name if summary else "(no summary)"
        phone = accessible_nodes(app, lambda n: n.getRoleName() == "combo box" and n.name == "Column 4: Telefon")
        shown = accessible_nodes(phone[0], lambda n: n.getRoleName() == "label" and n.name == "Phone") if phone else []
        cell = accessible_nodes(app, lambda n: n.getRoleName() == "label" and n.name == "Ungdomskontakten")
        tap(text == "2 new services, 0 updated, 0 as on the map, 0 rows left out" and shown and cell,
            "the spreadsheet's import dialog previews its rows, maps «Telefon» to Phone and says what Import will do",
            f"summary: {text!r}; phone column: {bool(shown)}; cell: {bool(cell)}")
        press(accessible_nodes(app, lambda n: n.getRoleName() == "push button"
                               and (n.name or "").endswith("Import"))[0])
        time.sleep(1)
        x, y, w, h = editor.bands["niva-1"]
        xdotool("mousemove", "--sync", int(x + 4), int(y + h - 4))
        editor.save()
        with open(path, encoding="utf-8") as f:
            services = {s["name"].get("nb"): s for s in json.load(f)["services"]}
        young = services.get("Ungdomskontakten", {})
        tap(young.get("level") == "niva-2" and young.get("contact", {}).get("phone") == "+47 72 00 00 01"
            and young.get("description", {}).get("nb") == "Treffsted for unge\nhver tirsdag"
            and young.get("access", {}).get("mode") == "direct" and "Natteravnene" in services,
            "Import adds both services with their level, description, phone and access, and they are saved",
            json.dumps(young, ensure_ascii=False))
        xdotool("key", "ctrl+z")
        time.sleep(0.3)
        editor.save()
        with open(path, encoding="utf-8") as f:
            names = [s["name"].get("nb") for s in json.load(f)["services"]]
        tap("Ungdomskontakten" not in names and "Natteravnene" not in names,
            "one Ctrl+Z takes the whole import back")
    finally:
        editor.close()


def test_preferences(folder, home):
    """Ctrl+comma opens Preferences: the name typed there signs new notes,
    and the language chosen there is the one a new map is written in."""
    import pyatspi
    path = new_map(folder, "prefs.sammenkart")
    editor = Editor(path, home)
    try:
        app = accessible_app(editor.proc.pid)
        x, y, w, h = editor.bands["niva-3"]
        xdotool("mousemove", "--sync", int(x + w * 0.03), int(y + h * 0.9))
        xdotool("key", "ctrl+comma")
        window = None
        deadline = time.monotonic() + TIMEOUT
        while window is None and time.monotonic() < deadline:
            window = next((child for child in app if child is not None and child.name == "Preferences"), None)
            time.sleep(0.3)
        tap(window is not None, "Ctrl+comma opens Preferences")
        if window is None:
            return
        name = accessible_nodes(window, lambda n: n.getRoleName() == "text")
        press(name[0])
        time.sleep(0.3)
        xdotool("type", "--delay", "30", "Kari Nordmann")
        time.sleep(0.3)
        press(accessible_nodes(window, lambda n: n.getRoleName() in ("combo box", "push button", "list item")
                               and (n.name or "").startswith("Language"))[0])
        time.sleep(0.5)
        # The list opens on Bokmål; Nynorsk is the next.
        xdotool("key", "Down")
        xdotool("key", "Return")
        time.sleep(0.5)
        chosen = accessible_nodes(window, lambda n: n.getRoleName() == "label" and n.name == "Nynorsk")
        tap(bool(chosen), "the language row shows Nynorsk once chosen")
        press(accessible_nodes(window, lambda n: n.getRoleName() == "push button" and n.name == "Close")[0])
        time.sleep(0.5)

        # A note, signed with the name from Preferences.
        add_note_on_level(app, editor.bands["niva-3"], "Sjekk åpningstidene")
        editor.save()
        with open(path, encoding="utf-8") as f:
            authors = [n.get("author") for n in json.load(f).get("notes", [])]
        tap(authors == ["Kari Nordmann"], "a new note is signed with the name typed in Preferences",
            f"authors: {authors}")

        # A new window, a map from the generic template: written in nynorsk.
        xdotool("mousemove", "--sync", int(x + w * 0.5), int(y + h * 0.5))
        xdotool("key", "ctrl+shift+n")
        time.sleep(1.5)
        start = next((child for child in app if child is not None and child.name == "Sammenkart"), None)
        # The generic template's row (the recent maps have a row of the same
        # title: the map saved above).
        templates = accessible_nodes(start, lambda n: n.getRoleName() == "list"
                                     and n.name == "New from Template") if start else []
        rows = accessible_nodes(templates[0], lambda n: n.getRoleName() == "list item"
                                and n.name == "Barn og unges helsetjeneste") if templates else []
        if rows:
            press(rows[0])
        # The map is drawn in its own language: level 1 in nynorsk.
        levels = []
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline and not any(name.startswith("Level 1: Tilbod") for name in levels):
            levels = [n.name for n in accessible_nodes(app, lambda n: n.getRoleName() == "panel"
                                                       and (n.name or "").startswith("Level 1:"))]
            time.sleep(0.3)
        tap(any(name.startswith("Level 1: Tilbod til alle") for name in levels),
            "with Nynorsk chosen, a map made from a template is written in nynorsk first (its levels are)",
            f"level 1 in the windows: {levels}")

        # About, through the application's action (as the menu calls it).
        subprocess.run(["gapplication", "action", "io.github.sammenkart.Sammenkart", "about"],
                       timeout=TIMEOUT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        version = []
        deadline = time.monotonic() + TIMEOUT
        while not version and time.monotonic() < deadline:
            version = accessible_nodes(app, lambda n: n.getRoleName() in ("label", "push button")
                                       and "0.1.0" in (n.name or ""))
            time.sleep(0.3)
        tap(bool(version), "About shows the version", str([n.name for n in version]))
    finally:
        editor.close()


def main():
    if not os.environ.get("DISPLAY") or shutil.which("xdotool") is None:
        print("1..0 # SKIP no X display or no xdotool")
        return 0
    print("1..29")
    with tempfile.TemporaryDirectory(prefix="sammenkart-gui-") as folder:
        home = os.path.join(folder, "home")
        os.makedirs(home)
        for test in (test_pointer_drag, test_keyboard_move, test_inspector, test_pathway_by_clicks,
                     test_quick_capture, test_note_on_level, test_workshop, test_accessible_move,
                     test_spreadsheet_import, test_preferences):
            try:
                test(folder, home)
            except Exception as error:  # a crashed or stuck editor fails the test, with its log
                detail = str(error)
                if last_editor is not None:
                    status = last_editor.proc.poll()
                    detail += ("\nthe editor is still running" if status is None
                               else f"\nthe editor exited with status {status}")
                    detail += "\n" + "".join(last_editor.log[-20:])
                tap(False, test.__name__, detail)
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
