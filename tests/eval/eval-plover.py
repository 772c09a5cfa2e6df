#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Score the party of attributed statements against the PLOVER gold records.

  eval-plover.py [--cli PATH/TO/readout-cli] [--corpus ../shared/corpora/plover-gsr]
                 [--dump] [--batch 60] [--json]

Every record of PLOVER_GSR_CAMEO.json is one news sentence with human-coded
source actors (actorText, ISO3 country code or IGO/NGO/…, sector). Each
sentence is written to its own file in a temporary directory (never into
the repository) and analysed with `readout-cli analyze --format json`,
many files per call.

Scored records ("state actors"): at least one source actor has a country
code and a sector that makes it the country or its official — no sector
(the country itself: "Libya has offered …"), GOV, MIL, COP, UAF, LEG, JUD
or SPY. Rebels, opposition, civilians, ethnic groups etc. are left out:
their country code names where they are, not a party that speaks for the
country. Old CAMEO codes are mapped (JAP→JPN, ITL→ITA, VTN→VNM).

The statement compared for a record: the first statement whose source
span overlaps a gold source actor's text in the sentence ("matched"). If
no statement's source overlaps, the record counts as uncovered in the
strict measure; the lenient measure then takes the first statement with
any party. A record is correct when the statement's party is one of the
gold codes of its state actors. See docs/evaluation.md.
"""
import argparse, collections, json, os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

STATE_SECTORS = {None, '', 'GOV', 'MIL', 'COP', 'UAF', 'LEG', 'JUD', 'SPY'}
NOT_COUNTRIES = {'IGO', 'NGO', 'IMG', 'ISM', 'MNC'}
OLD_CODES = {'JAP': 'JPN', 'ITL': 'ITA', 'VTN': 'VNM'}
# PLOVER events that are speech acts or stances, where a statement is
# expected; the others (FIGHT, ASSAULT, AID, …) are material actions.
SPEECH_EVENTS = {'AGREE', 'DEMAND', 'REJECT', 'THREATEN', 'DISAPPROVE', 'SUPPORT', 'CONSULT',
                 'CONCEDE', 'PROTEST'}


def state_codes(record):
    codes = []
    for actor in record.get('source') or []:
        code = OLD_CODES.get(actor.get('code'), actor.get('code'))
        if not code or len(code) != 3 or code in NOT_COUNTRIES:
            continue
        if actor.get('sector') in STATE_SECTORS:
            codes.append((actor.get('actorText') or '', code))
    return codes


def locate(needle, text):
    """Code-point span of needle in text, whitespace- and case-tolerant."""
    needle = needle.strip()
    if not needle:
        return None
    pattern = r'\s+'.join(re.escape(word) for word in needle.split())
    m = re.search(pattern, text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def markup_spans(record, text):
    """Spans of the (SRC: …) / (SRC/TAR: …) brackets of the markup."""
    markup = (record.get('textInfo') or {}).get('markup') or ''
    out = []
    for m in re.finditer(r'\((?:SRC|SRC/TAR): ([^()]*)\)', markup):
        span = locate(m.group(1), text)
        if span:
            out.append(span)
    return out


def run_cli(cli, paths):
    proc = subprocess.run([cli, 'analyze', '--format', 'json'] + paths,
                          capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.strip())
    data = json.loads(proc.stdout)
    return data if isinstance(data, list) else [data]


def analyse(cli, records, batch):
    """id -> analysis object (or an error string)."""
    results = {}
    with tempfile.TemporaryDirectory(prefix='readout-plover-') as tmp:
        paths = {}
        for record in records:
            path = os.path.join(tmp, record['id'] + '.txt')
            with open(path, 'w', encoding='utf-8') as f:
                f.write(record['text'].strip() + '\n')
            paths[record['id']] = path
        ids = list(paths)
        for i in range(0, len(ids), batch):
            chunk = ids[i:i + batch]
            try:
                out = run_cli(cli, [paths[k] for k in chunk])
                if len(out) != len(chunk):
                    raise RuntimeError('expected %d results, got %d' % (len(chunk), len(out)))
                results.update(zip(chunk, out))
            except (RuntimeError, ValueError):
                # One bad file must not lose the whole batch.
                for k in chunk:
                    try:
                        results[k] = run_cli(cli, [paths[k]])[0]
                    except (RuntimeError, ValueError) as e:
                        results[k] = str(e)
    return results


TIME_WORDS = re.compile(r'\b(today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|'
                        r'january|february|march|april|may|june|july|august|september|october|november|'
                        r'december)\b', re.I)


def bogus_source(statements):
    """A date word taken for the source, or a capitalised word for the cue."""
    for st in statements:
        if TIME_WORDS.fullmatch((st.get('source') or '').strip()):
            return 'a date word read as the source ("X on Tuesday demanded")'
        cue = st.get('cue') or ''
        if cue[:1].isupper() and st.get('cue_start', 1) > 0:
            return 'a capitalised name word read as the cue ("The United States")'
    return None


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(record, analysis):
    """Returns (outcome, class, statement or None, details)."""
    gold = state_codes(record)
    codes = {c for _, c in gold}
    if isinstance(analysis, str):
        return 'error', 'CLI failed: ' + analysis[:80], None
    text = analysis['document']['text']
    statements = analysis.get('statements') or []
    spans = [s for s in (locate(t, text) for t, _ in gold) if s]
    if not spans:
        spans = markup_spans(record, text)

    matched = None
    for st in statements:
        src = (st.get('source_start'), st.get('source_end'))
        if None not in src and src[0] < src[1] and any(overlaps(src, g) for g in spans):
            matched = st
            break
    lenient = matched or next((s for s in statements if s.get('party')), None)

    if matched is not None:
        party = matched.get('party')
        if party in codes:
            return 'correct', 'correct', matched, lenient
        if party is None:
            if TIME_WORDS.search(matched.get('source') or ''):
                return 'no-party', 'source found, party null: a date word inside the source ("Iran today")', matched, lenient
            return 'no-party', 'source found, party null', matched, lenient
        content = (matched.get('text') or '')
        in_content = any(p.get('id') == party and any(
            re.search(r'\b' + re.escape(a) + r'\b', content) for a in (p.get('aliases') or []) + [p.get('name') or ''] if a)
            for p in analysis.get('parties') or [])
        return 'wrong', ('wrong party, named in the content' if in_content
                         else 'wrong party, not from the content'), matched, lenient
    if not statements:
        if record.get('event') in SPEECH_EVENTS:
            return 'uncovered', 'no statement (speech-act event: cue missed)', None, lenient
        return 'uncovered', 'no statement (material event)', None, lenient
    bogus = bogus_source(statements)
    if bogus:
        return 'uncovered', 'gold actor missed: ' + bogus, None, lenient
    if any(st.get('party') in codes for st in statements):
        return 'uncovered', 'gold actor is not the speaker; a same-country source is ("…, the Peruvian embassy said")', None, lenient
    return 'uncovered', 'statements, but none with the gold actor as source', None, lenient


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cli', default=os.environ.get('READOUT_CLI',
                                                    os.path.join(ROOT, '_build', 'src', 'cli', 'readout-cli')))
    ap.add_argument('--corpus', default=os.path.join(ROOT, '..', 'shared', 'corpora', 'plover-gsr'))
    ap.add_argument('--batch', type=int, default=60, help='files per readout-cli call')
    ap.add_argument('--dump', action='store_true', help='list every record not scored correct')
    ap.add_argument('--json', action='store_true', help='print the figures as JSON')
    args = ap.parse_args()

    with open(os.path.join(args.corpus, 'PLOVER_GSR_CAMEO.json'), encoding='utf-8') as f:
        records = [r for r in json.load(f) if isinstance(r, dict) and r.get('text') and r.get('id', '').startswith('PLOVER')]
    scored = [r for r in records if state_codes(r)]
    results = analyse(args.cli, scored, args.batch)

    counts = collections.Counter()
    classes = collections.Counter()
    by_event = collections.defaultdict(collections.Counter)
    mistakes = []
    for r in scored:
        analysis = results[r['id']]
        outcome, cls, st, lenient = score(r, analysis)
        family = 'speech' if r.get('event') in SPEECH_EVENTS else 'material'
        counts[outcome] += 1
        classes[cls] += 1
        by_event[family]['records'] += 1
        by_event[family][outcome] += 1
        if not isinstance(analysis, str) and analysis.get('statements'):
            counts['any statement'] += 1
            if any(s.get('party') for s in analysis['statements']):
                counts['any party'] += 1
        codes = {c for _, c in state_codes(r)}
        if lenient is not None and lenient.get('party'):
            counts['lenient covered'] += 1
            counts['lenient correct'] += lenient.get('party') in codes
        if outcome != 'correct':
            mistakes.append((cls, r, st, analysis))

    n = len(scored)
    matched = counts['correct'] + counts['wrong'] + counts['no-party']
    with_party = counts['correct'] + counts['wrong']
    pct = lambda a, b: 100.0 * a / b if b else 0.0
    figures = {
        'records': len(records), 'scored': n,
        'any_statement': counts['any statement'], 'any_party': counts['any party'],
        'source_matched': matched, 'matched_with_party': with_party,
        'correct': counts['correct'], 'wrong': counts['wrong'], 'no_party': counts['no-party'],
        'accuracy_covered': pct(counts['correct'], with_party),
        'accuracy_overall': pct(counts['correct'], n),
        'lenient_covered': counts['lenient covered'], 'lenient_correct': counts['lenient correct'],
        'classes': dict(classes),
    }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        print('PLOVER gold records: %d, scored (source is a country or its official): %d' % (len(records), n))
        print('  any statement in the sentence   %4d  %5.1f%%' % (counts['any statement'], pct(counts['any statement'], n)))
        print('  any statement with a party      %4d  %5.1f%%' % (counts['any party'], pct(counts['any party'], n)))
        print('  statement sourced at gold actor %4d  %5.1f%%' % (matched, pct(matched, n)))
        print('  ... of which with a party       %4d  %5.1f%%' % (with_party, pct(with_party, n)))
        print('  correct party                   %4d  accuracy %5.1f%% among covered, %5.1f%% overall'
              % (counts['correct'], figures['accuracy_covered'], figures['accuracy_overall']))
        print('  wrong party                     %4d  %5.1f%% of covered' % (counts['wrong'], pct(counts['wrong'], with_party)))
        print('  lenient (matched, else first statement with a party): %d covered, %d correct,'
              ' accuracy %.1f%% among covered, %.1f%% overall'
              % (counts['lenient covered'], counts['lenient correct'],
                 pct(counts['lenient correct'], counts['lenient covered']), pct(counts['lenient correct'], n)))
        for family in ('speech', 'material'):
            c = by_event[family]
            print('  %-8s events: %3d records, %3d correct, %3d wrong, %3d party null, %3d uncovered'
                  % (family, c['records'], c['correct'], c['wrong'], c['no-party'], c['uncovered']))
        print('Classes:')
        for cls, k in classes.most_common():
            print('  %4d  %s' % (k, cls))
    if args.dump:
        print('\nMistakes:')
        for cls, r, st, analysis in sorted(mistakes, key=lambda m: m[0]):
            gold = ', '.join('%s=%s' % (t, c) for t, c in state_codes(r))
            print('- [%s] %s %s | gold %s' % (cls, r['id'], r.get('event'), gold))
            print('    %s' % r['text'])
            if st is not None:
                print('    matched: %s %r cue %r party %s' % (st.get('kind'), st.get('source'), st.get('cue'), st.get('party')))
            elif not isinstance(analysis, str):
                for s in analysis.get('statements') or []:
                    print('    statement: %s %r cue %r party %s' % (s.get('kind'), s.get('source'), s.get('cue'), s.get('party')))
    return 0


if __name__ == '__main__':
    sys.exit(main())
