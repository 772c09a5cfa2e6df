#!/usr/bin/python3
# test-cli-export.py — `readout-cli export`: the REFI-QDA project read with
# Python's zipfile and ElementTree (and validated with xmllint when the
# schema is in ../shared), the W3C Web Annotations, and errors.
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
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
SCHEMA = os.environ.get('READOUT_REFI_QDA_SCHEMA') or os.path.join(
    HERE, '..', '..', '..', 'shared', 'standards', 'refi-qda', 'Project.xsd')
NS = {'q': 'urn:QDA-XML:project:1.0'}
GUID = re.compile(r'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$')
FILES = [os.path.join(DATA, 'readout-washington.txt'), os.path.join(DATA, 'readout-moscow.txt')]


def run(*args):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=120)


def compare(*files):
    r = run('compare', '--format', 'json', *files)
    if r.returncode != 0:
        raise AssertionError(r.stderr)
    return json.loads(r.stdout)


class Qdpx(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='readout-export-')
        cls.path = os.path.join(cls.tmp, 'talks.qdpx')
        r = run('export', '--format', 'qdpx', '-o', cls.path, *FILES)
        if r.returncode != 0:
            raise AssertionError(r.stderr)
        cls.zip = zipfile.ZipFile(cls.path)
        cls.root = ET.fromstring(cls.zip.read('project.qde'))
        cls.comparison = compare(*FILES)

    @classmethod
    def tearDownClass(cls):
        cls.zip.close()
        shutil.rmtree(cls.tmp)

    def test_archive(self):
        self.assertIsNone(self.zip.testzip())
        names = self.zip.namelist()
        self.assertEqual(names[0], 'project.qde')
        self.assertEqual(len(names), 3)
        for info in self.zip.infolist():
            self.assertEqual(info.compress_type, zipfile.ZIP_STORED)
            if info.filename != 'project.qde':
                self.assertRegex(info.filename, r'^sources/[0-9a-f-]{36}\.txt$')

    def codes(self):
        return {c.get('guid'): c for c in self.root.iter('{urn:QDA-XML:project:1.0}Code')}

    def test_project(self):
        self.assertEqual(self.root.tag, '{urn:QDA-XML:project:1.0}Project')
        self.assertEqual(self.root.get('name'), 'Comparison of 2 articles')
        self.assertTrue(self.root.get('origin').startswith('Readout'))
        users = self.root.findall('q:Users/q:User', NS)
        self.assertEqual(len(users), 1)
        self.assertEqual(self.root.get('creatingUserGUID'), users[0].get('guid'))
        names = {c.get('name') for c in self.codes().values()}
        for party in self.comparison['parties']:
            self.assertIn('Party: %s (%s)' % (party['name'], party['id']), names)
        self.assertIn('Act: REJECT', names)
        for topic in self.comparison['topics']:
            self.assertIn('Topic: ' + topic['label'], names)
        guids = [e.get('guid') for e in self.root.iter() if e.get('guid') is not None]
        self.assertEqual(len(guids), len(set(guids)))
        for g in guids:
            self.assertRegex(g, GUID)

    def test_selections(self):
        codes = self.codes()
        sources = self.root.findall('q:Sources/q:TextSource', NS)
        self.assertEqual(len(sources), 2)
        statements = self.comparison['statements']
        seen = 0
        for index, source in enumerate(sources):
            doc = 'd%d' % (index + 1)
            path = source.get('plainTextPath')
            self.assertEqual(path, 'internal://%s.txt' % source.get('guid'))
            text = self.zip.read('sources/' + path[len('internal://'):]).decode('utf-8')
            self.assertFalse(text.startswith('\ufeff'))
            self.assertNotIn('\r', text)
            mine = [s for s in statements if s['document'] == doc]
            selections = source.findall('q:PlainTextSelection', NS)
            self.assertEqual(len(selections), len(mine))
            for sel, st in zip(selections, mine):
                start, end = int(sel.get('startPosition')), int(sel.get('endPosition'))
                # Code points, end exclusive: Python's slice is the statement.
                self.assertEqual((start, end), (st['start'], st['end']))
                self.assertEqual(text[start:end], st['text'])
                self.assertIn(st['id'], sel.find('q:Description', NS).text)
                coded = set()
                for coding in sel.findall('q:Coding', NS):
                    code = codes[coding.find('q:CodeRef', NS).get('targetGUID')]
                    self.assertEqual(code.get('isCodable'), 'true')
                    coded.add(code.get('name'))
                self.assertIn('Act: ' + st['act'], coded)
                if st['party'] is not None:
                    self.assertTrue(any(n.startswith('Party: ') and n.endswith('(%s)' % st['party'])
                                        for n in coded))
                seen += 1
        self.assertEqual(seen, len(statements))

    def test_schema(self):
        xmllint = shutil.which('xmllint')
        if not os.path.exists(SCHEMA) or xmllint is None:
            self.skipTest('REFI-QDA schema or xmllint not found (%s)' % SCHEMA)
        qde = os.path.join(self.tmp, 'project.qde')
        with open(qde, 'wb') as f:
            f.write(self.zip.read('project.qde'))
        r = subprocess.run([xmllint, '--noout', '--schema', SCHEMA, qde], capture_output=True, text=True)
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_every_compare_set(self):
        # All the team's comparison articles (text, HTML, XML) in one project.
        files = sorted(os.path.join(DATA, f) for f in os.listdir(DATA)
                       if f.endswith(('.txt', '.html', '.xml')))
        path = os.path.join(self.tmp, 'all.qdpx')
        r = run('export', '--format', 'qdpx', '-o', path, *files)
        self.assertEqual(r.returncode, 0, r.stderr)
        with zipfile.ZipFile(path) as z:
            self.assertIsNone(z.testzip())
            root = ET.fromstring(z.read('project.qde'))
            sources = root.findall('q:Sources/q:TextSource', NS)
            self.assertEqual(len(sources), len(files))
            for source in sources:
                text = z.read('sources/%s.txt' % source.get('guid')).decode('utf-8')
                for sel in source.findall('q:PlainTextSelection', NS):
                    start, end = int(sel.get('startPosition')), int(sel.get('endPosition'))
                    self.assertLess(start, end)
                    self.assertLessEqual(end, len(text))
            xmllint = shutil.which('xmllint')
            if os.path.exists(SCHEMA) and xmllint is not None:
                qde = os.path.join(self.tmp, 'all.qde')
                with open(qde, 'wb') as f:
                    f.write(z.read('project.qde'))
                r = subprocess.run([xmllint, '--noout', '--schema', SCHEMA, qde],
                                   capture_output=True, text=True)
                self.assertEqual(r.returncode, 0, r.stderr)


class W3C(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        r = run('export', '--format', 'w3c', *FILES)
        if r.returncode != 0:
            raise AssertionError(r.stderr)
        cls.out = json.loads(r.stdout)
        cls.comparison = compare(*FILES)
        # The documents' texts, from the project export of the same files.
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'p.qdpx')
            r = run('export', '--format', 'qdpx', '-o', path, *FILES)
            assert r.returncode == 0, r.stderr
            with zipfile.ZipFile(path) as z:
                root = ET.fromstring(z.read('project.qde'))
                cls.texts = [z.read('sources/%s.txt' % s.get('guid')).decode('utf-8')
                             for s in root.findall('q:Sources/q:TextSource', NS)]

    def test_collection(self):
        self.assertEqual(self.out['@context'], 'http://www.w3.org/ns/anno.jsonld')
        self.assertEqual(self.out['type'], 'AnnotationCollection')
        self.assertTrue(self.out['id'].startswith('urn:uuid:'))
        page = self.out['first']
        self.assertEqual(page['type'], 'AnnotationPage')
        self.assertEqual(self.out['total'], len(page['items']))
        self.assertEqual(len(page['items']), len(self.comparison['statements']))

    def test_annotations(self):
        docs = {d['id']: i for i, d in enumerate(self.comparison['documents'])}
        for a, st in zip(self.out['first']['items'], self.comparison['statements']):
            self.assertEqual(a['type'], 'Annotation')
            self.assertTrue(a['id'].startswith('urn:uuid:'))
            self.assertEqual(a['creator']['name'], 'Readout')
            tags = {b['value'] for b in a['body'] if b['purpose'] == 'tagging'}
            self.assertIn('act:' + st['act'], tags)
            if st['party']:
                self.assertIn('party:' + st['party'], tags)
            target = a['target']
            # The files have no web address: their file URI names them.
            self.assertTrue(target['source'].startswith('file://'))
            quote, position = target['selector']
            self.assertEqual(quote['type'], 'TextQuoteSelector')
            self.assertEqual(position['type'], 'TextPositionSelector')
            text = self.texts[docs[st['document']]]
            start, end = position['start'], position['end']
            self.assertEqual((start, end), (st['start'], st['end']))
            self.assertEqual(text[start:end], quote['exact'])
            self.assertEqual(quote.get('prefix', ''), text[max(0, start - 32):start])
            self.assertEqual(quote.get('suffix', ''), text[end:end + 32])

    def test_output_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'notes.jsonld')
            r = run('export', '--format', 'w3c', '-o', path, *FILES)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(r.stdout, '')
            with open(path, encoding='utf-8') as f:
                self.assertEqual(json.load(f)['total'], self.out['total'])


class Errors(unittest.TestCase):
    def test_usage(self):
        for args in ([], ['--format', 'pdf', '-o', 'x', FILES[0]], ['-o', 'x.qdpx', FILES[0]],
                     ['--format', 'qdpx', FILES[0]], ['--format', 'w3c']):
            r = run('export', *args)
            self.assertEqual(r.returncode, 2, args)
            self.assertTrue(r.stderr.startswith('readout-cli: '), r.stderr)

    def test_missing_article(self):
        with tempfile.TemporaryDirectory() as tmp:
            missing = os.path.join(tmp, 'no-such-article.txt')
            out = os.path.join(tmp, 'out.qdpx')
            r = run('export', '--format', 'qdpx', '-o', out, FILES[0], missing)
            self.assertEqual(r.returncode, 1)
            self.assertIn('no-such-article.txt', r.stderr)
            # The other article is still exported.
            with zipfile.ZipFile(out) as z:
                self.assertEqual(len(z.namelist()), 2)
            r = run('export', '--format', 'w3c', '-o', out, missing)
            self.assertEqual(r.returncode, 1)
            self.assertIn('no-such-article.txt', r.stderr)

    def test_unwritable_output(self):
        with tempfile.TemporaryDirectory() as tmp:
            for fmt in ('qdpx', 'w3c'):
                out = os.path.join(tmp, 'no-such-folder', 'out.' + fmt)
                r = run('export', '--format', fmt, '-o', out, FILES[0])
                self.assertEqual(r.returncode, 1, fmt)
                self.assertIn('out.' + fmt, r.stderr)
                self.assertFalse(os.path.exists(out))


if __name__ == '__main__':
    unittest.main(verbosity=2)
