#!/usr/bin/python3
# test-cli.py — the readout-cli contract: exit codes, JSON shape, errors.
#
# Copyright 2026 The Readout authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import subprocess
import sys
import tempfile
import unittest

CLI = sys.argv.pop(1) if len(sys.argv) > 1 else os.environ['READOUT_CLI']

ARTICLE = """Ministers agree to meet again in Oslo

By Marta Lindqvist and Tomasz Nowak

OSLO, May 4 (Readout Wire) — Foreign ministers from Norway and Poland agreed on Tuesday to meet again next month.

“We have made progress, but not enough,” the Norwegian minister, Kari Berg, told reporters.

Poland’s deputy foreign minister said Warsaw wanted firmer guarantees before any deal.
"""


def run(*args, **kw):
    return subprocess.run([CLI, *args], capture_output=True, text=True, timeout=60, **kw)


class CliTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        cls.article = os.path.join(cls.tmp.name, 'oslo.txt')
        with open(cls.article, 'w', encoding='utf-8') as f:
            f.write(ARTICLE)
        cls.second = os.path.join(cls.tmp.name, 'second.txt')
        with open(cls.second, 'w', encoding='utf-8') as f:
            f.write('A short note\n\nThe committee said it would publish its report on Friday.\n')
        cls.png = os.path.join(cls.tmp.name, 'picture.png')
        with open(cls.png, 'wb') as f:
            f.write(b'\x89PNG\r\n\x1a\n' + bytes(range(256)) * 4)

    @classmethod
    def tearDownClass(cls):
        cls.tmp.cleanup()

    def check_document(self, doc):
        for key in ('title', 'authors', 'date', 'source', 'url', 'language', 'format', 'sha256',
                    'text', 'blocks'):
            self.assertIn(key, doc)
        self.assertIsInstance(doc['authors'], list)
        self.assertRegex(doc['sha256'], r'^[0-9a-f]{64}$')
        text = doc['text']
        self.assertTrue(text)
        last_end = 0
        for block in doc['blocks']:
            self.assertIn(block['kind'], ('paragraph', 'heading', 'blockquote', 'list-item',
                                          'transcript-turn'))
            self.assertGreaterEqual(block['start'], last_end)
            self.assertGreater(block['end'], block['start'])
            # Offsets are code points: Python's str indexes the same way.
            span = text[block['start']:block['end']]
            self.assertEqual(span, span.strip())
            last_end = block['end']
        self.assertEqual(last_end, len(text))

    def check_analysis(self, out):
        """The analysis members next to "document": structure and types."""
        text = out['document']['text']
        for key in ('parties', 'speakers', 'statements'):
            self.assertIn(key, out)
            self.assertIsInstance(out[key], list)
        party_ids = set()
        for party in out['parties']:
            self.assertEqual(set(party), {'id', 'name', 'kind', 'aliases'})
            self.assertIsInstance(party['id'], str)
            self.assertIsInstance(party['name'], str)
            self.assertIn(party['kind'], ('country', 'organization'))
            self.assertIsInstance(party['aliases'], list)
            self.assertTrue(all(isinstance(a, str) for a in party['aliases']))
            party_ids.add(party['id'])
        speaker_ids = set()
        for speaker in out['speakers']:
            self.assertEqual(set(speaker), {'id', 'name', 'kind', 'role', 'party', 'anonymous',
                                            'mentions'})
            self.assertIsInstance(speaker['id'], str)
            self.assertIsInstance(speaker['name'], str)
            self.assertIn(speaker['kind'], ('person', 'institution', 'anonymous'))
            self.assertIsInstance(speaker['role'], (str, type(None)))
            self.assertTrue(speaker['party'] is None or speaker['party'] in party_ids)
            self.assertEqual(speaker['anonymous'], speaker['kind'] == 'anonymous')
            for start, end in speaker['mentions']:
                self.assertLessEqual(0, start)
                self.assertLessEqual(start, end)
                self.assertLessEqual(end, len(text))
            speaker_ids.add(speaker['id'])
        for st in out['statements']:
            self.assertEqual(set(st), {'id', 'kind', 'text', 'start', 'end', 'cue', 'cue_start',
                                       'cue_end', 'source', 'source_start', 'source_end',
                                       'speaker', 'party', 'block', 'negated', 'conditional',
                                       'confidence', 'act', 'cameo', 'mode', 'target', 'tone',
                                       'topic'})
            self.assertIsInstance(st['id'], str)
            self.assertIn(st['kind'], ('direct', 'mixed', 'indirect', 'stance'))
            # Offsets are code points: the text is exactly that slice.
            self.assertEqual(st['text'], text[st['start']:st['end']])
            for name in ('cue', 'source'):
                if st[name] is None:
                    self.assertIsNone(st[name + '_start'])
                    self.assertIsNone(st[name + '_end'])
                else:
                    self.assertEqual(st[name], text[st[name + '_start']:st[name + '_end']])
            self.assertTrue(st['speaker'] is None or st['speaker'] in speaker_ids)
            self.assertTrue(st['party'] is None or st['party'] in party_ids)
            self.assertIsInstance(st['block'], int)
            self.assertLess(st['block'], len(out['document']['blocks']))
            self.assertIsInstance(st['negated'], bool)
            self.assertIsInstance(st['conditional'], bool)
            self.assertIsInstance(st['confidence'], (int, float))
            self.assertTrue(0 <= st['confidence'] <= 1)
            self.assertEqual(st['confidence'], round(st['confidence'], 2))
            self.assertRegex(st['act'], r'^[A-Z]+$')
            self.assertRegex(st['cameo'], r'^[0-9]{2,3}$')
            self.assertLessEqual(set(st['mode']), {'negated', 'conditional', 'future'})
            # The mode covers the attributor's flags and negation inside the content.
            if st['negated']:
                self.assertIn('negated', st['mode'])
            if st['conditional']:
                self.assertIn('conditional', st['mode'])
            for target in st['target']:
                self.assertRegex(target, r'^[A-Z][A-Za-z0-9-]+$')
                self.assertNotEqual(target, st['party'])
            self.assertIsInstance(st['tone'], list)
        # Topics of the one document: every statement in exactly one, and
        # the topic lists it.
        topic_ids = [t['id'] for t in out['topics']]
        self.assertEqual(len(topic_ids), len(set(topic_ids)))
        listed = [i for t in out['topics'] for i in t['statements']]
        self.assertEqual(sorted(listed), sorted(st['id'] for st in out['statements']))
        for st in out['statements']:
            topic = out['topics'][topic_ids.index(st['topic'])]
            self.assertIn(st['id'], topic['statements'])

    def test_version(self):
        r = run('--version')
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r'^readout-cli \d+\.\d+\.\d+')

    def test_help(self):
        r = run('--help')
        self.assertEqual(r.returncode, 0)
        self.assertIn('analyze', r.stdout)
        r = run('analyze', '--help')
        self.assertEqual(r.returncode, 0)
        self.assertIn('--format', r.stdout)

    def test_usage_errors(self):
        self.assertEqual(run().returncode, 2)
        self.assertEqual(run('frobnicate').returncode, 2)
        self.assertEqual(run('analyze').returncode, 2)
        r = run('analyze', '--format', 'yaml', self.article)
        self.assertEqual(r.returncode, 2)
        self.assertIn('--format', r.stderr)
        self.assertEqual(run('analyze', '--no-such-option', self.article).returncode, 2)

    def test_one_file(self):
        r = run('analyze', self.article)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        self.assertIsInstance(out, dict)
        doc = out['document']
        self.check_document(doc)
        self.assertEqual(doc['format'], 'text')
        self.assertIn('Kari Berg', doc['text'])
        self.assertEqual(doc['sha256'],
                         __import__('hashlib').sha256(doc['text'].encode()).hexdigest())
        self.check_analysis(out)

    def test_several_files_json_and_jsonl(self):
        r = run('analyze', '--format', 'json', self.article, self.second)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        self.assertIsInstance(out, list)
        self.assertEqual(len(out), 2)
        for item in out:
            self.check_document(item['document'])
            self.check_analysis(item)
        self.assertIn('publish its report', out[1]['document']['text'])

        r = run('analyze', '--format', 'jsonl', self.article, self.second)
        self.assertEqual(r.returncode, 0, r.stderr)
        lines = r.stdout.splitlines()
        self.assertEqual(len(lines), 2)
        self.assertEqual([json.loads(l)['document']['text'] for l in lines],
                         [o['document']['text'] for o in out])
        for line, item in zip(lines, out):
            parsed = json.loads(line)
            self.check_analysis(parsed)
            for key in ('parties', 'speakers', 'statements'):
                self.assertEqual(parsed[key], item[key])

    def test_text_format(self):
        r = run('analyze', '--format', 'text', self.second)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, '')
        self.assertIn('The committee said it would publish its report on Friday.', r.stdout)

        # Every statement of the JSON output is printed, in quotation marks,
        # with its kind; with none, the output says so.
        r = run('analyze', '--format', 'text', self.article, self.second)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(r.stderr, '')
        self.assertIn('Kari Berg', r.stdout)
        out = json.loads(run('analyze', '--format', 'json', self.article, self.second).stdout)
        statements = [st for item in out for st in item['statements']]
        for st in statements:
            # Quotation marks only around a direct quote's words.
            words = '“%s”' % st['text'] if st['kind'] == 'direct' else st['text']
            self.assertIn('[%s] %s' % (st['kind'], words), r.stdout)
        for item in out:
            for speaker in item['speakers']:
                self.assertIn(speaker['name'], r.stdout)
        if not statements:
            self.assertEqual(r.stdout.count('No statements found.'), 2)

    def test_analysis_content(self):
        # The speaker's name, role and party come from the apposition; the
        # quote is the text between the marks, without its final comma.
        r = run('analyze', self.article)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        speakers = {s['id']: s for s in out['speakers']}
        quotes = [st for st in out['statements'] if st['kind'] == 'direct']
        self.assertEqual(len(quotes), 1)
        quote = quotes[0]
        self.assertEqual(quote['text'], 'We have made progress, but not enough')
        self.assertEqual(quote['cue'], 'told reporters')
        self.assertEqual(quote['party'], 'NOR')
        self.assertEqual(speakers[quote['speaker']]['name'], 'Kari Berg')
        self.assertEqual(speakers[quote['speaker']]['role'], 'minister')
        reported = [st for st in out['statements'] if st['text'].startswith('Warsaw wanted')]
        self.assertEqual(len(reported), 1)
        self.assertEqual(reported[0]['kind'], 'indirect')
        self.assertEqual(reported[0]['party'], 'POL')
        self.assertIn('NOR', [p['id'] for p in out['parties']])
        text = run('analyze', '--format', 'text', self.article)
        self.assertEqual(text.returncode, 0, text.stderr)
        self.assertIn('Kari Berg, minister', text.stdout)
        self.assertIn('[direct] “We have made progress, but not enough”', text.stdout)

    def test_empty_analysis(self):
        # A document with no quotation and no speech verb has no statements.
        plain = os.path.join(self.tmp.name, 'plain.txt')
        with open(plain, 'w', encoding='utf-8') as f:
            f.write('Harbour notes\n\nThe ferry left at noon. Rain is expected by evening.\n')
        r = run('analyze', plain)
        self.assertEqual(r.returncode, 0, r.stderr)
        out = json.loads(r.stdout)
        self.check_analysis(out)
        self.assertEqual(out['statements'], [])
        self.assertEqual(out['speakers'], [])
        self.assertEqual(out['parties'], [])

    def test_failed_file_others_processed(self):
        missing = os.path.join(self.tmp.name, 'missing.txt')
        r = run('analyze', missing, self.article, self.png)
        self.assertEqual(r.returncode, 1)
        self.assertIn(missing, r.stderr)
        self.assertIn(self.png, r.stderr)
        self.assertIn('not a supported article format', r.stderr)
        out = json.loads(r.stdout)
        self.assertEqual(len(out), 1)
        self.assertIn('Kari Berg', out[0]['document']['text'])

    def test_empty_file(self):
        empty = os.path.join(self.tmp.name, 'empty.txt')
        open(empty, 'w').close()
        r = run('analyze', empty)
        self.assertEqual(r.returncode, 1)
        self.assertIn(empty, r.stderr)
        self.assertIn('empty', r.stderr)
        self.assertEqual(r.stdout.strip(), '')


if __name__ == '__main__':
    unittest.main(verbosity=2)
