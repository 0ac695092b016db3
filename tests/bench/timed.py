#!/usr/bin/env python3
"""Runs one command and reports its wall time and peak memory.

    timed.py RESULT STDOUT STDERR COMMAND [ARG…]

Starts COMMAND with posix_spawn (its output goes to the files STDOUT and
STDERR), waits for it with wait4 and writes "WALL_US MAXRSS_KB" to RESULT.
Exits with COMMAND's exit status (128 + N if signal N ended it).

The time is taken from just before the spawn to just after the wait, so it
holds the command and little else: starting it through the shell and GNU
time, as the benchmark first did, added about 10 ms of forking to every run
on the project's machines, as much to a 90 ms export as to a 400 ms one.
The peak memory is the kernel's ru_maxrss for the child, the figure GNU
time's "Maximum resident set size" reports.
"""

import os
import shutil
import sys
import time


def main(argv):
    if len(argv) < 5:
        sys.stderr.write("usage: timed.py RESULT STDOUT STDERR COMMAND [ARG…]\n")
        return 2
    result, out_path, err_path, command = argv[1], argv[2], argv[3], argv[4:]
    program = shutil.which(command[0])
    if program is None:
        sys.stderr.write(f"timed.py: {command[0]}: command not found\n")
        return 127
    out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    actions = [(os.POSIX_SPAWN_DUP2, out, 1), (os.POSIX_SPAWN_DUP2, err, 2)]

    start = time.perf_counter_ns()
    pid = os.posix_spawn(program, command, os.environ, file_actions=actions)
    _, status, usage = os.wait4(pid, 0)
    wall_us = (time.perf_counter_ns() - start) // 1000

    with open(result, "w", encoding="ascii") as f:
        f.write(f"{wall_us} {usage.ru_maxrss}\n")
    if os.WIFSIGNALED(status):
        return 128 + os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
