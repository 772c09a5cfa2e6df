#!/usr/bin/python3
# e2e-session.py READOUT ARTICLE… [--shots DIR] — never lose work, end to
# end with the real application over AT-SPI and xdotool: deletes a
# statement (Delete), annotates another (Ctrl+M), waits for the draft,
# kills the process (SIGKILL), starts again, accepts "Restore" and finds
# the edit and the note back; saves the
# session with Save As, reopens the file, and checks the edit once more;
# a file changed on disk asks before it is overwritten; quitting with
# unsaved changes asks Save / Discard / Cancel; a broken session file
# says what is wrong. With --shots it saves a screenshot of each dialog.
# Run it under headless-run.sh with /usr/bin/python3.
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

import pyatspi

from atspi_util import fail, find_app, name_of, role, wait_for, walk

NOTE = 'Compare with the ministry transcript'
HEADER = re.compile(r'^(.+) · ([A-Z]{2,4}) · (\d+) statements?$')
CARD = re.compile(r'^(.+?), (.+?), ([^,:]+?): (.+)$', re.S)


def statement_count(app):
    """The statements in all columns, from the column headers."""
    counts = [int(m.group(3)) for m in (HEADER.match(name_of(n)) for n in walk(app)) if m]
    return sum(counts) if counts else None


def cards(app):
    return [(n, CARD.match(name_of(n)).group(4)) for n in walk(app)
            if CARD.match(name_of(n)) and role(n) == 'panel']


def frame(app):
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if child is not None and role(child) == 'frame':
            return child
    return None


def title(app):
    f = frame(app)
    return name_of(f) if f is not None else None


def dialog_with(app, heading):
    """The top-level whose labels include @heading (an AdwMessageDialog)."""
    for i in range(app.childCount):
        child = app.getChildAtIndex(i)
        if child is None:
            continue
        if any(role(n) == 'label' and name_of(n) == heading for n in walk(child)):
            return child
    return None


def button(node, label):
    # GTK 4.8 names a button with a mnemonic "_Label Label".
    return next((n for n in walk(node) if role(n) == 'push button' and
                 (name_of(n) == label or name_of(n).endswith(' ' + label))), None)


def press(node, label):
    b = wait_for(f'the {label!r} button', lambda: button(node, label), 10)
    b.queryAction().doAction(0)
    time.sleep(0.5)


def window_id(pid):
    out = subprocess.run(['xdotool', 'search', '--onlyvisible', '--pid', str(pid)],
                         capture_output=True, text=True).stdout
    ids = out.split()
    return ids[0] if ids else None


def window_size(wid):
    geometry = subprocess.run(['xdotool', 'getwindowgeometry', '--shell', wid],
                              capture_output=True, text=True).stdout
    size = dict(line.split('=') for line in geometry.split() if '=' in line)
    return int(size.get('WIDTH', 1000)), int(size.get('HEIGHT', 1000))


def key(wid, keys):
    subprocess.run(['xdotool', 'windowfocus', '--sync', wid, 'key', '--clearmodifiers', keys],
                   check=False, timeout=15)
    time.sleep(0.6)


def type_text(text):
    subprocess.run(['xdotool', 'type', '--delay', '20', text], check=False, timeout=30)
    time.sleep(0.3)


def screenshot(shots, name):
    if not shots:
        return
    path = os.path.join(shots, name)
    time.sleep(0.5)
    subprocess.run(['import', '-window', 'root', path], check=False, timeout=30)
    print(f"ok - screenshot {path}", flush=True)


def drafts(data_home):
    return glob.glob(os.path.join(data_home, 'readout', 'drafts', '*.readout'))


class App:
    def __init__(self, readout, args, env):
        self.proc = subprocess.Popen([readout, *args], env=env)
        self.app = wait_for('the application on the accessibility bus', lambda: find_app(self.proc.pid))
        self.wid = wait_for('the window', lambda: window_id(self.proc.pid))

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


def select_a_card(app, wid):
    """Clicks the first line of a card inside the window (the last columns
    may be cut off at the right edge); returns its text, or None."""
    width, height = window_size(wid)
    for node, text in wait_for('statement cards', lambda: cards(app)):
        try:
            e = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
        except Exception:
            continue
        if e.width <= 0 or e.height <= 0 or e.x < 0 or e.y < 0 or \
                e.y + 20 > height or e.x + e.width // 2 >= width:
            continue
        subprocess.run(['xdotool', 'mousemove', '--window', wid, str(e.x + e.width // 2), str(e.y + 12),
                        'click', '1'], check=False, timeout=15)
        time.sleep(0.6)
        return text
    return None


def delete_a_statement(app, wid):
    """Selects a visible card with a click, deletes it with Delete."""
    before = wait_for('the column headers', lambda: statement_count(app))
    text = select_a_card(app, wid)
    if text is None:
        fail('no visible card to delete')
    key(wid, 'Delete')
    after = wait_for('one statement fewer', lambda: (c := statement_count(app)) is not None and
                     c == before - 1 and c, 10)
    return text, after


def annotate_a_statement(app, wid):
    """Selects another visible card, annotates it (Ctrl+M) with a note."""
    text = select_a_card(app, wid)
    if text is None:
        fail('no visible card to annotate')
    key(wid, 'ctrl+m')
    type_text(NOTE)
    return text


def with_note(app):
    return next((n for n in walk(app) if NOTE in name_of(n)), None)


def draft_has_note(data_home):
    for path in drafts(data_home):
        try:
            with open(path, encoding='utf-8') as f:
                if NOTE in f.read():
                    return path
        except OSError:
            continue
    return None


def main():
    args = sys.argv[1:]
    shots = None
    if '--shots' in args:
        i = args.index('--shots')
        shots = args[i + 1]
        del args[i:i + 2]
        os.makedirs(shots, exist_ok=True)
    readout, articles = args[0], args[1:]

    tmp = tempfile.mkdtemp(prefix='readout-e2e-session-')
    try:
        run(readout, articles, shots, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def run(readout, articles, shots, tmp):
    env = dict(os.environ)
    env.pop('GTK_A11Y', None)
    env['XDG_DATA_HOME'] = os.path.join(tmp, 'data')
    env['XDG_CONFIG_HOME'] = os.path.join(tmp, 'config')
    os.makedirs(env['XDG_DATA_HOME'])
    os.makedirs(env['XDG_CONFIG_HOME'])
    saved = os.path.join(tmp, 'talks-session.readout')

    # 1. An edit, its draft, a crash.
    first = App(readout, articles, env)
    try:
        subprocess.run(['xdotool', 'windowsize', '--sync', first.wid, '1280', '1000'], check=False, timeout=15)
        time.sleep(1)
        text, count = delete_a_statement(first.app, first.wid)
        print(f"ok - Delete removed \u201c{text[:50]}\u201d: {count} statements", flush=True)
        wait_for('the unsaved mark in the title', lambda: (t := title(first.app)) and t.startswith('\u2022'), 10)
        print(f"ok - title {title(first.app)!r}", flush=True)
        annotated = annotate_a_statement(first.app, first.wid)
        wait_for('the note on the card', lambda: with_note(first.app), 10)
        print(f"ok - Ctrl+M annotated \u201c{annotated[:50]}\u201d", flush=True)
        draft = wait_for('the draft with the edit and the note', lambda: draft_has_note(env['XDG_DATA_HOME']), 15)
        print(f"ok - draft written: {os.path.basename(draft)}", flush=True)
        first.proc.send_signal(signal.SIGKILL)
        first.proc.wait(timeout=10)
        print('ok - killed with SIGKILL', flush=True)
    finally:
        first.stop()

    # 2. The next start offers the draft back.
    second = App(readout, [], env)
    try:
        dialog = wait_for('the restore dialog', lambda: dialog_with(second.app, 'Restore Unsaved Work?'))
        screenshot(shots, 'restore-dialog.png')
        press(dialog, 'Restore')
        restored = wait_for('the restored comparison', lambda: statement_count(second.app), 30)
        if restored != count:
            fail(f'restored {restored} statements, expected {count}')
        print(f"ok - restored: {restored} statements, the deletion kept", flush=True)
        wait_for('the restored note', lambda: with_note(second.app), 10)
        print('ok - the note is back', flush=True)
        wait_for('the unsaved mark after restoring',
                 lambda: (t := title(second.app)) and t.startswith('\u2022'), 10)
        print(f"ok - title {title(second.app)!r}", flush=True)

        # 3. Save As, typing a full path without the suffix.
        key(second.wid, 'ctrl+shift+s')
        wait_for('the save dialog', lambda: next((second.app.getChildAtIndex(i) for i in range(second.app.childCount)
                                                  if name_of(second.app.getChildAtIndex(i)) == 'Save Session'), None), 10)
        screenshot(shots, 'save-dialog.png')
        subprocess.run(['xdotool', 'key', '--clearmodifiers', 'ctrl+a'], check=False, timeout=10)
        type_text(saved[:-len('.readout')])
        subprocess.run(['xdotool', 'key', 'Return'], check=False, timeout=10)
        wait_for('the saved file', lambda: os.path.exists(saved), 15)
        wait_for('the title without the mark', lambda: title(second.app) == 'talks-session', 10)
        print(f"ok - saved {saved}; title {title(second.app)!r}", flush=True)
        wait_for('the draft removed on saving', lambda: not drafts(env['XDG_DATA_HOME']), 10)
        print('ok - draft removed', flush=True)

        # 4. Changed on disk: asks before overwriting.
        time.sleep(0.2)
        with open(saved, 'rb') as f:
            data = f.read()
        with open(saved, 'wb') as f:
            f.write(data)
        delete_a_statement(second.app, second.wid)
        key(second.wid, 'ctrl+s')
        dialog = wait_for('the changed-on-disk dialog', lambda: dialog_with(second.app, 'File Changed on Disk'), 10)
        screenshot(shots, 'changed-on-disk-dialog.png')
        press(dialog, 'Overwrite')
        wait_for('the title without the mark', lambda: title(second.app) == 'talks-session', 10)
        print('ok - File Changed on Disk asked; Overwrite saved', flush=True)
        count -= 1

        key(second.wid, 'ctrl+q')
        try:
            rc = second.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            fail('Ctrl+Q did not quit a saved session')
        if rc != 0:
            fail(f'readout exited with status {rc}')
        print('ok - a saved session quits without asking', flush=True)
    finally:
        second.stop()

    # 5. The file reopens as saved; quitting with unsaved changes asks.
    third = App(readout, [saved], env)
    try:
        reopened = wait_for('the reopened comparison', lambda: statement_count(third.app), 30)
        if reopened != count:
            fail(f'reopened {reopened} statements, expected {count}')
        wait_for('the session title', lambda: title(third.app) == 'talks-session', 10)
        print(f"ok - reopened {saved}: {reopened} statements, title {title(third.app)!r}", flush=True)
        wait_for('the note in the reopened session', lambda: with_note(third.app), 10)
        print('ok - the note is in the reopened session', flush=True)
        delete_a_statement(third.app, third.wid)
        key(third.wid, 'ctrl+q')
        dialog = wait_for('the save-changes dialog', lambda: dialog_with(third.app, 'Save Changes?'), 10)
        screenshot(shots, 'save-changes-dialog.png')
        press(dialog, 'Cancel')
        if third.proc.poll() is not None:
            fail('Cancel quit anyway')
        key(third.wid, 'ctrl+q')
        dialog = wait_for('the save-changes dialog again', lambda: dialog_with(third.app, 'Save Changes?'), 10)
        press(dialog, 'Discard')
        try:
            rc = third.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            fail('Discard did not quit')
        print('ok - Ctrl+Q asked; Cancel stayed, Discard quit', flush=True)
        if drafts(env['XDG_DATA_HOME']):
            fail('a draft is left after Discard')
    finally:
        third.stop()

    # 6. A broken file: a clear error, the file untouched.
    broken = os.path.join(tmp, 'broken.readout')
    with open(broken, 'w') as f:
        f.write('{"format": "readout-session", "version": 1, "documents": [')
    fourth = App(readout, [broken], env)
    try:
        dialog = wait_for('the error dialog', lambda: dialog_with(fourth.app, 'Could Not Open Session'), 15)
        screenshot(shots, 'broken-file-dialog.png')
        body = [name_of(n) for n in walk(dialog) if role(n) == 'label' and 'broken.readout' in name_of(n)]
        if not body:
            fail('the error does not name the file')
        print(f"ok - {body[0]!r}", flush=True)
        press(dialog, 'Close')
    finally:
        fourth.stop()
    with open(broken) as f:
        if f.read() != '{"format": "readout-session", "version": 1, "documents": [':
            fail('the broken file was changed')
    print('ok - the broken file is left as it was', flush=True)


if __name__ == '__main__':
    main()
