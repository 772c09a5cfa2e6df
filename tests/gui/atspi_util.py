# atspi_util.py — what the end-to-end tests share: walking the
# accessibility tree of the real application and waiting for something to
# appear in it. Use it from /usr/bin/python3 (pyatspi).
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later

import sys
import time

import pyatspi


def fail(message):
    print(f"not ok: {message}", flush=True)
    sys.exit(1)


def walk(node, depth=0):
    """The node and everything under it, skipping what has gone meanwhile."""
    if node is None or depth > 80:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def name_of(node):
    try:
        return node.name or ''
    except Exception:
        return ''


def role(node):
    try:
        return node.getRoleName()
    except Exception:
        return ''


def text_of(node):
    try:
        text = node.queryText()
    except Exception:
        return ''
    # GTK 4.8 returns '' for getText(0, -1).
    return text.getText(0, text.characterCount)


def found(value):
    # A node without children is falsy to pyatspi: only None, False and
    # empty lists mean "not yet".
    return value is not None and value is not False and not (isinstance(value, list) and not value)


def wait_for(what, find, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = find()
        if found(value):
            return value
        time.sleep(0.2)
    fail(f"timed out waiting for {what}")


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None
