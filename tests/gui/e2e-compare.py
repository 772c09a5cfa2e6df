#!/usr/bin/python3
# e2e-compare.py READOUT ARTICLE [SCREENSHOT_DIR] — end to end over AT-SPI
# with the real `readout ARTICLE`: reads the comparison's column headers and
# a statement card, moves the card to the next party's column with the
# keyboard (Alt+Right) and undoes it (Ctrl+Z), then drags a card into
# another party's cell with the real mouse (xdotool) and undoes that too.
# With SCREENSHOT_DIR it saves the window in light and dark. Run it under
# headless-run.sh with /usr/bin/python3 (pyatspi is not in other Pythons).
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import subprocess
import sys
import time

import pyatspi

from atspi_util import fail, find_app, name_of, wait_for, walk

HEADER = re.compile(r'^(.+) · ([A-Z]{2,4}) · (\d+) statements?$')
CARD = re.compile(r'^(.+?), (.+?), ([^,:]+?): (.+)$', re.S)


def headers(app):
    return [HEADER.match(name_of(n)).groups() for n in walk(app) if HEADER.match(name_of(n))]


def cards(app):
    found = []
    for n in walk(app):
        m = CARD.match(name_of(n))
        if m and n.getRoleName() == 'panel':
            found.append((n, m.group(1), m.group(2), m.group(3), m.group(4)))
    return found


def card_with(app, text):
    return next((c for c in cards(app) if c[4] == text), None)


def window_id(pid):
    """The application's visible top-level X window."""
    out = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(pid)],
                         capture_output=True, text=True).stdout
    ids = out.split()
    return ids[-1] if ids else None


def extents(node):
    e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return e.x, e.y, e.width, e.height


def inside(box, width, height):
    x, y, w, h = box
    return w > 0 and h > 0 and x >= 0 and y >= 0 and x + w <= width and y + h <= height


def key(wid, keys):
    subprocess.run(['xdotool', 'windowfocus', '--sync', wid, 'key', '--clearmodifiers', keys],
                   check=False, timeout=15)
    time.sleep(0.8)


def screenshot(path):
    subprocess.run(['import', '-window', 'root', path], check=False, timeout=30)
    print(f"ok - screenshot {path}", flush=True)


def main():
    readout, article = sys.argv[1:3]
    shots = sys.argv[3] if len(sys.argv) > 3 else None
    env = dict(os.environ)
    env.pop('GTK_A11Y', None)
    proc = subprocess.Popen([readout, article], env=env)
    try:
        app = wait_for('the application on the accessibility bus', lambda: find_app(proc.pid))
        cols = wait_for('the comparison\'s column headers', lambda: headers(app) if len(headers(app)) >= 2 else None)
        print(f"ok - {len(cols)} columns: " + '; '.join(f"{n} ({c}, {k})" for n, c, k in cols), flush=True)
        counts = {code: int(k) for _, code, k in cols}

        found = wait_for("statement cards", lambda: cards(app))
        node, speaker, party, act, text = found[0]
        print(f"ok - card: {speaker} ({party}), {act}: {text[:60]}", flush=True)

        wid = wait_for('the window', lambda: window_id(proc.pid))
        subprocess.run(['xdotool', 'windowsize', '--sync', wid, '1280', '1000'], check=False, timeout=15)
        time.sleep(1.5)
        geometry = subprocess.run(['xdotool', 'getwindowgeometry', '--shell', wid],
                                  capture_output=True, text=True).stdout
        size = dict(line.split('=') for line in geometry.split())
        width, height = int(size['WIDTH']), int(size['HEIGHT'])

        # A visible card whose row has a visible cell of another party.
        names = [h[0] for h in cols]

        def pick():
            for n, sp, pa, ac, tx in cards(app):
                try:
                    box = extents(n)
                except Exception:
                    continue
                if not inside(box, width, height):
                    continue
                # card → its cell (named after the party) → the row's cells
                try:
                    cells = n.parent.parent
                except Exception:
                    continue
                for cell in cells:
                    if name_of(cell) in names and name_of(cell) != pa:
                        try:
                            cb = extents(cell)
                        except Exception:
                            continue
                        # Its top part is enough to drop onto.
                        top = (cb[0], cb[1], cb[2], min(cb[3], 60))
                        if inside(top, width, height):
                            return n, pa, tx, box, name_of(cell), top
            # Which rows come first depends on the analysis: scroll the
            # comparison down a little and look again.
            subprocess.run(['xdotool', 'mousemove', '--window', wid, str(width * 3 // 4), str(height // 2),
                            'click', '4' if pick.up else '5'], check=False, timeout=15)
            pick.scrolls += 1
            if pick.scrolls % 15 == 0:
                pick.up = not pick.up
            time.sleep(0.4)
            return None
        pick.scrolls, pick.up = 0, False

        node, party, text, box, target, target_box = wait_for('a visible card and another party\'s cell', pick, 40)
        print(f"ok - picked the {party} card \u201c{text[:40]}\u201d and the {target} cell", flush=True)

        # Select it with a click, move it right with the keyboard, undo.
        x, y, w, h = box
        subprocess.run(['xdotool', 'mousemove', '--window', wid, str(x + w // 2), str(y + 12), 'click', '1'],
                       check=False, timeout=15)
        time.sleep(0.8)
        key(wid, 'alt+Right')
        moved = wait_for('the card in the next column', lambda: (c := card_with(app, text)) and c[2] != party and c, 10)
        print(f"ok - Alt+Right moved it from {party} to {moved[2]}", flush=True)
        key(wid, 'ctrl+z')
        wait_for('the card back after Ctrl+Z', lambda: (c := card_with(app, text)) and c[2] == party, 10)
        print(f"ok - Ctrl+Z put it back in {party}", flush=True)

        # A real drag with the mouse into the other party's cell.
        node = card_with(app, text)[0]
        x, y, w, h = extents(node)
        tx, ty, tw, th = target_box
        steps = [('mousemove', '--window', wid, str(x + w // 2), str(y + 12)), ('mousedown', '1')]
        for i in range(1, 11):
            steps.append(('mousemove', '--window', wid,
                          str(x + w // 2 + (tx + tw // 2 - x - w // 2) * i // 10),
                          str(y + 12 + (ty + th // 2 - y - 12) * i // 10)))
        steps.append(('mouseup', '1'))
        for step in steps:
            subprocess.run(['xdotool', *step], check=False, timeout=10)
            time.sleep(0.08)
        dragged = wait_for(f'the card in {target} after the drag',
                           lambda: (c := card_with(app, text)) and c[2] == target and c, 10)
        print(f"ok - the mouse dragged it into {dragged[2]}", flush=True)
        key(wid, 'ctrl+z')
        wait_for('the card back after undoing the drag', lambda: (c := card_with(app, text)) and c[2] == party, 10)
        print("ok - Ctrl+Z undid the drag", flush=True)

        after = {code: int(k) for _, code, k in headers(app)}
        if after != counts:
            fail(f"column counts changed: {counts} -> {after}")
        print("ok - column counts are as before", flush=True)

        if shots:
            os.makedirs(shots, exist_ok=True)
            screenshot(os.path.join(shots, 'comparison-light.png'))

        key(wid, 'ctrl+q')
        try:
            rc = proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            fail('Ctrl+Q did not quit')
        if rc != 0:
            fail(f'readout exited with status {rc}')
        print('ok - Ctrl+Q quit', flush=True)

        if shots:
            env['ADW_DEBUG_COLOR_SCHEME'] = 'prefer-dark'
            dark = subprocess.Popen([readout, article], env=env)
            try:
                app = wait_for('the dark window', lambda: find_app(dark.pid))
                wait_for('cards in the dark window', lambda: cards(app))
                wid = wait_for('the window', lambda: window_id(dark.pid))
                subprocess.run(['xdotool', 'windowsize', '--sync', wid, '1280', '1000'], check=False, timeout=15)
                time.sleep(1.5)
                screenshot(os.path.join(shots, 'comparison-dark.png'))
            finally:
                dark.terminate()
                dark.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == '__main__':
    main()
