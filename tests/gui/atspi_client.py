"""The GUI tests' side of AT-SPI.

SPDX-License-Identifier: GPL-3.0-or-later

A test script is an AT-SPI client. libatspi warns ("dbind-WARNING") when an
application on the bus is gone, or not yet ready, at the moment the script
asks about it; meson's G_DEBUG=fatal-warnings then killed the script with
SIGTRAP (test-install, once in CI). Such a warning says nothing about the
editor, which each script starts without G_DEBUG, so in the script's own
process only errors stay fatal; the warning is still printed to the log.
"""

from gi.repository import GLib

GLib.log_set_always_fatal(GLib.LogLevelFlags.LEVEL_ERROR)
