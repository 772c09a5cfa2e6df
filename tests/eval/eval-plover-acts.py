#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Score the speech act of statements against the PLOVER gold records.

  eval-plover-acts.py [--cli PATH/TO/readout-cli] [--corpus ../shared/corpora/plover-gsr]
                      [--dump] [--batch 60] [--json] [--split tune|test|all]

Records scored: those whose gold event is one a statement can carry —
AGREE, DEMAND, REJECT, THREATEN and DISAPPROVE (accusation, criticism);
PLOVER has no plain "statement" event (CAMEO 01 is dropped), so there is
no gold class for CLAIM. Every sentence is written to its own file in a
temporary directory (never into the repository) and analysed with
`readout-cli analyze --format json`, many files per call (the helpers of
eval-plover.py).

The statement compared: the first whose source span overlaps a gold
source actor's text, else the first statement of the sentence. A record
with no statement is uncovered. Our act is correct when it is in the
gold event's family (docs/acts.md):

  AGREE      AGREE, COMMIT, OFFER   (CAMEO 03 "express intent to cooperate")
  DEMAND     DEMAND, REQUEST        (PLOVER v2 folds DEMAND into REQUEST)
  REJECT     REJECT
  THREATEN   THREATEN
  DISAPPROVE ACCUSE, PROTEST        (PLOVER v2 folds DISAPPROVE into ACCUSE)

Halves: "tune" holds the records whose number (the id's last field) is
odd, "test" those where it is even; the rules were tuned on "tune" only.
"""
import argparse, collections, importlib.util, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

_spec = importlib.util.spec_from_file_location('eval_plover', os.path.join(HERE, 'eval-plover.py'))
base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(base)

FAMILIES = {
    'AGREE': {'AGREE', 'COMMIT', 'OFFER'},
    'DEMAND': {'DEMAND', 'REQUEST'},
    'REJECT': {'REJECT'},
    'THREATEN': {'THREATEN'},
    'DISAPPROVE': {'ACCUSE', 'PROTEST'},
}


def half(record):
    number = record['id'].rsplit('-', 1)[-1]
    return 'tune' if number.isdigit() and int(number) % 2 == 1 else 'test'


def source_spans(record, text):
    spans = []
    for actor in record.get('source') or []:
        span = base.locate(actor.get('actorText') or '', text)
        if span:
            spans.append(span)
    return spans or base.markup_spans(record, text)


def pick(record, analysis):
    if isinstance(analysis, str):
        return None
    statements = analysis.get('statements') or []
    spans = source_spans(record, analysis['document']['text'])
    for st in statements:
        src = (st.get('source_start'), st.get('source_end'))
        if None not in src and src[0] < src[1] and any(base.overlaps(src, g) for g in spans):
            return st
    return statements[0] if statements else None


def figures(rows):
    n = len(rows)
    covered = [r for r in rows if r['act'] is not None]
    correct = [r for r in covered if r['correct']]
    per = {}
    for event in FAMILIES:
        ev = [r for r in rows if r['gold'] == event]
        cov = [r for r in ev if r['act'] is not None]
        per[event] = {'records': len(ev), 'covered': len(cov),
                      'correct': sum(r['correct'] for r in cov),
                      'accuracy': sum(r['correct'] for r in cov) / len(cov) if cov else 0.0}
    return {'records': n, 'covered': len(covered), 'coverage': len(covered) / n if n else 0.0,
            'correct': len(correct),
            'accuracy_covered': len(correct) / len(covered) if covered else 0.0,
            'accuracy_all': len(correct) / n if n else 0.0,
            'per_class': per}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cli', default=os.environ.get('READOUT_CLI',
                                                    os.path.join(ROOT, '_build', 'src', 'cli', 'readout-cli')))
    ap.add_argument('--corpus', default=os.path.join(ROOT, '..', 'shared', 'corpora', 'plover-gsr'))
    ap.add_argument('--batch', type=int, default=60, help='files per readout-cli call')
    ap.add_argument('--split', choices=('tune', 'test', 'all'), default=None,
                    help='only this half in --dump (the figures always show all three)')
    ap.add_argument('--dump', action='store_true', help='list every record not scored correct')
    ap.add_argument('--json', action='store_true', help='print the figures as JSON')
    args = ap.parse_args()

    with open(os.path.join(args.corpus, 'PLOVER_GSR_CAMEO.json'), encoding='utf-8') as f:
        records = [r for r in json.load(f) if isinstance(r, dict) and r.get('text')
                   and r.get('id', '').startswith('PLOVER') and r.get('event') in FAMILIES]
    results = base.analyse(args.cli, records, args.batch)

    rows = []
    for r in records:
        st = pick(r, results[r['id']])
        act = st.get('act') if st else None
        rows.append({'id': r['id'], 'gold': r['event'], 'half': half(r), 'act': act,
                     'correct': act in FAMILIES[r['event']], 'record': r, 'statement': st})

    out = {name: figures([x for x in rows if name == 'all' or x['half'] == name])
           for name in ('tune', 'test', 'all')}
    confusion = collections.Counter((x['gold'], x['act'] or '(none)') for x in rows)
    out['confusion'] = {'%s→%s' % k: v for k, v in sorted(confusion.items())}

    if args.json:
        print(json.dumps(out, indent=2, ensure_ascii=False))
    else:
        for name in ('tune', 'test', 'all'):
            f = out[name]
            print('%-4s %3d records, covered %3d (%.1f%%), correct %3d: accuracy %.1f%% of covered, %.1f%% of all'
                  % (name, f['records'], f['covered'], 100 * f['coverage'], f['correct'],
                     100 * f['accuracy_covered'], 100 * f['accuracy_all']))
            for event, p in f['per_class'].items():
                print('       %-10s %3d records, %3d covered, %3d correct  %.1f%%'
                      % (event, p['records'], p['covered'], p['correct'], 100 * p['accuracy']))
        print('Confusion (gold → ours), all records:')
        for event in FAMILIES:
            cells = sorted(((v, k.split('→')[1]) for k, v in out['confusion'].items()
                            if k.split('→')[0] == event), reverse=True)
            print('  %-10s %s' % (event, ', '.join('%s %d' % (a, v) for v, a in cells)))
    if args.dump:
        for x in rows:
            if x['correct'] or (args.split not in (None, 'all') and x['half'] != args.split):
                continue
            st = x['statement']
            print('- %s [%s] gold %s, ours %s' % (x['id'], x['half'], x['gold'], x['act']))
            print('    %s' % x['record']['text'])
            if st:
                print('    cue %r, mode %s, content %r' % (st.get('cue'), st.get('mode'), st.get('text')))
    return 0


if __name__ == '__main__':
    sys.exit(main())
