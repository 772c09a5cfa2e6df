#!/usr/bin/python3
# e2e-open.py READOUT READOUT_CLI ARTICLE — end to end over AT-SPI: starts
# the real `readout ARTICLE`, finds its window by the article's title,
# reads the title label and the body through accessibility, opens the file
# dialog with Ctrl+O and quits with Ctrl+Q. Run it under headless-run.sh
# with /usr/bin/python3 (pyatspi is not in other Pythons).
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import pathlib
import subprocess
import sys
import time

from atspi_util import fail, find_app, role, text_of, wait_for, walk

SENTENCE = "Envoys from Europe, the United States, China and Russia ended three days"


def expected_title(cli, article):
    """The title the window must show: the importer's, else the file name."""
    out = subprocess.run([cli, "analyze", "--format", "json", article],
                         check=True, capture_output=True, text=True).stdout
    title = json.loads(out)["document"].get("title")
    return title or pathlib.Path(article).name


def main():
    readout, cli, article = sys.argv[1:4]
    title = expected_title(cli, article)
    env = dict(os.environ)
    env.pop("GTK_A11Y", None)

    proc = subprocess.Popen([readout, article], env=env)
    try:
        app = wait_for("the application on the accessibility bus", lambda: find_app(proc.pid))
        print(f"ok - found application {app.name!r}", flush=True)

        def find_window():
            for i in range(app.childCount):
                child = app.getChildAtIndex(i)
                if child is not None and role(child) == "frame" and child.name == title:
                    return child
            return None

        window = wait_for(f"a window named {title!r}", find_window)
        print(f"ok - window {window.name!r}", flush=True)

        label = wait_for("the title label", lambda: next(
            (n for n in walk(window) if role(n) == "label" and n.name == title), None))
        print(f"ok - title label {label.name!r}", flush=True)

        body = wait_for("the article text", lambda: next(
            (n for n in walk(window) if role(n) == "text" and SENTENCE in text_of(n)), None))
        print(f"ok - body text ({body.queryText().characterCount} characters) contains the sentence",
              flush=True)

        subprocess.run(["xdotool", "search", "--sync", "--name", f"^{title}$",
                        "windowfocus", "--sync", "key", "--clearmodifiers", "ctrl+o"],
                       check=False, timeout=15)

        def find_dialog():
            for i in range(app.childCount):
                child = app.getChildAtIndex(i)
                if child is not None and child.name == "Open":
                    return child
            return None

        dialog = wait_for("the Open dialog", find_dialog, timeout=10)
        print(f"ok - Ctrl+O opened {dialog.name!r} ({role(dialog)})", flush=True)

        subprocess.run(["xdotool", "key", "Escape"], check=False, timeout=5)
        time.sleep(0.5)
        subprocess.run(["xdotool", "search", "--name", f"^{title}$",
                        "windowfocus", "--sync", "key", "--clearmodifiers", "ctrl+q"],
                       check=False, timeout=15)
        try:
            rc = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            fail("Ctrl+Q did not quit the application")
        if rc != 0:
            fail(f"readout exited with status {rc}")
        print("ok - Ctrl+Q quit the application", flush=True)
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()
