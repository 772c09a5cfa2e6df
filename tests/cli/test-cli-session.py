#!/usr/bin/python3
# test-cli-session.py — `readout-cli session new|info` and `readout-cli export`
# of sessions and articles in every format: the CSV read back with Python's
# csv module, the HTML with html.parser, the project with zipfile and
# ElementTree, the annotations with json; and the errors.
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later

import csv
import html.parser
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest
import xml.etree.ElementTree as ET
import zipfile

CLI = sys.argv.pop(1) if len(sys.argv) > 1 else os.environ['READOUT_CLI']
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', 'data', 'compare')
FILES = [os.path.join(DATA, 'readout-washington.txt'), os.path.join(DATA, 'readout-moscow.txt')]
FORMATS = ('html', 'markdown', 'csv', 'w3c', 'qdpx')
Q = '{urn:QDA-XML:project:1.0}'
NOTE = 'Compare with <b>the</b> Kremlin\'s version & "dates".\nSecond line.'
FORMULA = '=HYPERLINK("http://example.org","x")'
VOID = {'meta', 'br', 'link', 'img', 'hr', 'input', 'wbr', 'source', 'col', 'area', 'base', 'embed'}


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


def anchor(text, start, end):
    return {'start': start, 'end': end, 'exact': text[start:end],
            'prefix': text[max(0, start - 32):start], 'suffix': text[end:end + 32]}


def annotate(path):
    """Adds to the session file at @path what a user would: a tag, a note
    with markup and a tag on the first statement, a note that looks like a
    formula on the second, a passage, and an annotation whose text is gone."""
    with open(path, encoding='utf-8') as f:
        session = json.load(f)
    doc = session['documents'][0]
    text = doc['text']
    first, second = doc['analysis']['statements'][:2]
    start = text.index('Caldwell')
    session['tags'] = [{'id': 't1', 'name': 'Evasive', 'color': 'orange'}]
    common = {'author': 'Ana Lima', 'created': '2026-11-28T02:31:00Z', 'modified': '2026-11-28T02:35:12Z'}
    session['annotations'] = [
        dict(common, id='a1', document='d1', statement='d1-' + first['id'], anchor=first['anchor'],
             match='position', note=NOTE, tags=['t1'], status='disputed', color='yellow'),
        dict(common, id='a2', document='d1', statement='d1-' + second['id'], anchor=second['anchor'],
             match='position', note=FORMULA, tags=[], status='none', color=None),
        dict(common, id='a3', document='d1', statement=None, anchor=anchor(text, start, start + 8),
             match='position', note='Which Caldwell?', tags=['t1'], status='needs-check', color='green'),
        dict(common, id='a4', document='d1', statement=None,
             anchor={'start': 5, 'end': 30, 'exact': 'a sentence no article has ever held',
                     'prefix': '', 'suffix': ''},
             match='position', note='Lost', tags=[], status='none', color=None),
    ]
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(session, f)
    return session


class Structure(html.parser.HTMLParser):
    """Checks that elements nest and close, and collects what the tests ask."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.ids = [], [], set()
        self.cells, self.notes, self.scripts, self.external = [], [], 0, []
        self._cell = self._note = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if 'id' in a:
            if a['id'] in self.ids:
                self.errors.append('duplicate id ' + a['id'])
            self.ids.add(a['id'])
        if tag == 'script':
            self.scripts += 1
        if tag in ('link', 'img', 'iframe', 'object') or 'src' in a:
            self.external.append(tag)
        if tag == 'td' and self.stack.count('table') and self._in_matrix():
            self._cell = []
        if tag == 'p' and 'note' in a.get('class', '').split():
            self._note = []
        if tag not in VOID:
            self.stack.append(tag)

    def _in_matrix(self):
        return getattr(self, 'matrix', False)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append('</%s> closes <%s>' % (tag, self.stack[-1] if self.stack else ''))
            return
        self.stack.pop()
        if tag == 'td' and self._cell is not None:
            self.cells.append(''.join(self._cell))
            self._cell = None
        if tag == 'p' and self._note is not None:
            self.notes.append(''.join(self._note))
            self._note = None
        if tag == 'table':
            self.matrix = False

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)
        if self._note is not None:
            self._note.append(data)

    def feed_html(self, text):
        # The matrix is the table after the heading "Parties and Topics".
        head, sep, tail = text.partition('<table class="matrix">')
        self.feed(head)
        if sep:
            self.matrix = True
            self.feed(sep + tail)
        self.close()
        return self


class Session(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='readout-session-')
        cls.path = os.path.join(cls.tmp, 'talks.readout')
        r = run('session', 'new', '-o', cls.path, *FILES)
        if r.returncode != 0:
            raise AssertionError(r.stderr)
        cls.plain_info = json.loads(run('session', 'info', cls.path).stdout)
        cls.session = annotate(cls.path)
        cls.compare = json.loads(run('compare', '--format', 'json', *FILES).stdout)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def export(self, fmt, *inputs):
        out = os.path.join(self.tmp, 'out.' + fmt)
        r = run('export', '--format', fmt, '-o', out, *(inputs or (self.path,)))
        self.assertEqual(r.returncode, 0, r.stderr)
        with open(out, 'rb') as f:
            return f.read()

    def test_new_and_info(self):
        info = self.plain_info
        self.assertEqual(info['name'], 'talks')
        self.assertEqual([d['id'] for d in info['documents']], ['d1', 'd2'])
        for d, path in zip(info['documents'], FILES):
            self.assertTrue(d['uri'].endswith(os.path.basename(path)))
            self.assertRegex(d['sha256'], r'^[0-9a-f]{64}$')
            self.assertGreater(d['characters'], 1000)
        self.assertEqual(info['statements'], len(self.compare['statements']))
        self.assertEqual(info['topics'], len(self.compare['topics']))
        by_party = {}
        for s in self.compare['statements']:
            by_party[s['party']] = by_party.get(s['party'], 0) + 1
        self.assertEqual({p['id']: p['statements'] for p in info['parties']},
                         {p['id']: by_party[p['id']] for p in self.compare['parties']})
        self.assertEqual((info['annotations'], info['tags']), (0, 0))

    def test_info_annotated(self):
        r = run('session', 'info', self.path)
        self.assertEqual(r.returncode, 0, r.stderr)
        info = json.loads(r.stdout)
        self.assertEqual(info['annotations'], 4)
        self.assertEqual(info['tags'], 1)
        self.assertEqual(info['orphaned'], {'statements': 0, 'annotations': 1})

    def test_csv(self):
        data = self.export('csv').decode('utf-8-sig')
        self.assertIn('\r\n', data)
        rows = list(csv.reader(io.StringIO(data, newline='')))
        header, rows = rows[0], rows[1:]
        self.assertEqual(header[:4], ['document_id', 'document_title', 'statement', 'kind'])
        self.assertEqual(len(rows), len(self.compare['statements']))
        col = {name: i for i, name in enumerate(header)}
        for row, st in zip(rows, self.compare['statements']):
            self.assertEqual(len(row), len(header))
            self.assertEqual(row[col['text']], st['text'])
            self.assertEqual(row[col['act']], st['act'])
            self.assertEqual((int(row[col['start']]), int(row[col['end']])), (st['start'], st['end']))
        first, second = rows[0], rows[1]
        self.assertEqual(first[col['notes']], NOTE)
        self.assertEqual(first[col['tags']], 'Evasive')
        self.assertEqual(first[col['status']], 'disputed')
        self.assertEqual(first[col['author']], 'Ana Lima')
        # The formula guard.
        self.assertEqual(second[col['notes']], "'" + FORMULA)
        for row in rows:
            for cell in row:
                self.assertFalse(cell[:1] in ('=', '+', '-', '@'), cell)

    def test_html(self):
        text = self.export('html').decode('utf-8')
        self.assertTrue(text.startswith('<!DOCTYPE html>'))
        p = Structure().feed_html(text)
        self.assertEqual(p.errors, [])
        self.assertEqual(p.stack, [])
        self.assertEqual(p.scripts, 0)
        self.assertEqual(p.external, [])
        self.assertIn('@media print', text)
        # Every statement has its entry, and its words are in a cell.
        cells = '\n'.join(p.cells)
        for st in self.compare['statements']:
            self.assertIn('s-' + st['id'], p.ids)
            self.assertIn(st['text'], cells)
        self.assertIn(NOTE, p.notes)
        self.assertIn('Which Caldwell?', p.notes)
        self.assertIn('Lost', p.notes)
        self.assertIn('annotation-a4', p.ids)
        self.assertIn('orphaned', p.ids)

    def test_markdown(self):
        text = self.export('markdown').decode('utf-8')
        self.assertIn('## Topics', text)
        self.assertIn("  > Compare with &lt;b>the&lt;/b> Kremlin's version &amp; \"dates\".  \n  > Second line.",
                      text)
        self.assertIn('## Annotations on passages', text)
        self.assertIn('## Orphaned annotations', text)

    def test_w3c(self):
        out = json.loads(self.export('w3c'))
        items = out['first']['items']
        n = len(self.compare['statements'])
        self.assertEqual(len(items), n + 4)
        self.assertEqual(out['total'], n + 4)
        mine = items[n:]
        self.assertEqual([a['motivation'] for a in mine], ['commenting'] * 4)
        first = mine[0]
        self.assertEqual(first['creator'], {'type': 'Person', 'name': 'Ana Lima'})
        self.assertEqual(first['created'], '2026-11-28T02:31:00Z')
        self.assertEqual(first['modified'], '2026-11-28T02:35:12Z')
        bodies = {(b['purpose'], b['value']) for b in first['body']}
        self.assertIn(('commenting', NOTE), bodies)
        self.assertIn(('tagging', 'Evasive'), bodies)
        self.assertIn(('assessing', 'disputed'), bodies)
        text = self.session['documents'][0]['text']
        for a in mine[:3]:
            quote, position = a['target']['selector']
            self.assertEqual(quote['type'], 'TextQuoteSelector')
            self.assertEqual(text[position['start']:position['end']], quote['exact'])

    def test_qdpx(self):
        path = os.path.join(self.tmp, 'p.qdpx')
        with open(path, 'wb') as f:
            f.write(self.export('qdpx'))
        with zipfile.ZipFile(path) as z:
            self.assertIsNone(z.testzip())
            root = ET.fromstring(z.read('project.qde'))
        self.assertEqual(root.get('name'), 'talks')
        codes = {c.get('guid'): c for c in root.iter(Q + 'Code')}
        tags = [c for c in codes.values() if c.get('name') == 'Evasive']
        self.assertEqual(len(tags), 1)
        self.assertRegex(tags[0].get('color'), r'^#[0-9a-fA-F]{6}$')
        notes = {n.get('guid'): n for n in root.iter(Q + 'Note')}
        contents = {n.find(Q + 'PlainTextContent').text for n in notes.values()}
        self.assertIn(NOTE, contents)
        self.assertIn('Lost', contents)
        users = {u.get('name') for u in root.iter(Q + 'User')}
        self.assertIn('Ana Lima', users)
        for ref in root.iter(Q + 'NoteRef'):
            self.assertIn(ref.get('targetGUID'), notes)
        tagged = [sel for sel in root.iter(Q + 'PlainTextSelection')
                  if any(c.find(Q + 'CodeRef').get('targetGUID') == tags[0].get('guid')
                         for c in sel.findall(Q + 'Coding'))]
        self.assertEqual(len(tagged), 2)   # the first statement and the passage

    def test_articles(self):
        # The same formats from the articles, compared in memory.
        for fmt in FORMATS:
            data = self.export(fmt, *FILES)
            self.assertGreater(len(data), 1000, fmt)
        rows = list(csv.reader(io.StringIO(self.export('csv', *FILES).decode('utf-8-sig'), newline='')))
        self.assertEqual(len(rows) - 1, len(self.compare['statements']))
        self.assertTrue(all(r[-4:] == ['', '', '', ''] for r in rows[1:]))

    def test_stdout(self):
        r = run('export', '--format', 'markdown', self.path)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertTrue(r.stdout.startswith('# talks\n'))


class Errors(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='readout-session-errors-')

    def tearDown(self):
        shutil.rmtree(self.tmp)

    def test_new_refuses_to_overwrite(self):
        path = os.path.join(self.tmp, 'mine.readout')
        with open(path, 'w') as f:
            f.write('hours of work')
        r = run('session', 'new', '-o', path, FILES[0])
        self.assertEqual(r.returncode, 1)
        self.assertIn('mine.readout', r.stderr)
        with open(path) as f:
            self.assertEqual(f.read(), 'hours of work')
        r = run('session', 'new', '--force', '-o', path, FILES[0])
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(json.loads(run('session', 'info', path).stdout)['documents'][0]['id'], 'd1')

    def test_new_missing_article(self):
        path = os.path.join(self.tmp, 'new.readout')
        r = run('session', 'new', '-o', path, FILES[0], os.path.join(self.tmp, 'no-such-article.txt'))
        self.assertEqual(r.returncode, 1)
        self.assertIn('no-such-article.txt', r.stderr)
        self.assertFalse(os.path.exists(path))

    def test_bad_session(self):
        for name, content in (('broken.readout', '{"format": "readout-session", "version": 1, "documents": ['),
                              ('future.readout', '{"format": "readout-session", "version": 99, "documents": []}')):
            path = os.path.join(self.tmp, name)
            with open(path, 'w') as f:
                f.write(content)
            out = os.path.join(self.tmp, 'out.html')
            for args in (['session', 'info', path], ['export', '--format', 'html', '-o', out, path]):
                r = run(*args)
                self.assertEqual(r.returncode, 1, args)
                self.assertIn(name, r.stderr)
                self.assertFalse(os.path.exists(out))
            with open(path) as f:
                self.assertEqual(f.read(), content)

    def test_missing_session(self):
        r = run('session', 'info', os.path.join(self.tmp, 'gone.readout'))
        self.assertEqual(r.returncode, 1)
        self.assertIn('gone.readout', r.stderr)

    def test_unwritable_output_keeps_old_file(self):
        session = os.path.join(self.tmp, 's.readout')
        self.assertEqual(run('session', 'new', '-o', session, FILES[0]).returncode, 0)
        for fmt in FORMATS:
            out = os.path.join(self.tmp, 'no-such-folder', 'out.' + fmt)
            r = run('export', '--format', fmt, '-o', out, session)
            self.assertEqual(r.returncode, 1, fmt)
            self.assertIn('out.' + fmt, r.stderr)
        # A failed export leaves the old file whole.
        out = os.path.join(self.tmp, 'report.html')
        with open(out, 'w') as f:
            f.write('old report')
        os.chmod(self.tmp, 0o500)
        try:
            r = run('export', '--format', 'html', '-o', out, session)
        finally:
            os.chmod(self.tmp, 0o700)
        if os.geteuid() != 0:
            self.assertEqual(r.returncode, 1)
            self.assertIn('report.html', r.stderr)
        with open(out) as f:
            content = f.read()
        self.assertTrue(content == 'old report' or content.startswith('<!DOCTYPE html>'))

    def test_usage(self):
        session = os.path.join(self.tmp, 's.readout')
        self.assertEqual(run('session', 'new', '-o', session, FILES[0]).returncode, 0)
        for args in (['session'], ['session', 'frobnicate'], ['session', 'new', FILES[0]],
                     ['session', 'new', '-o', session], ['session', 'info'],
                     ['export', '--format', 'pdf', session], ['export', '--format', 'qdpx', session],
                     ['export', '--format', 'html', session, FILES[0]],
                     ['export', '--format', 'html', '-o', session, session]):
            r = run(*args)
            self.assertEqual(r.returncode, 2, args)
            self.assertTrue(r.stderr.startswith('readout-cli: '), r.stderr)
        # The session survived the attempt to export over it.
        self.assertEqual(json.loads(run('session', 'info', session).stdout)['documents'][0]['id'], 'd1')


if __name__ == '__main__':
    unittest.main(verbosity=2)
