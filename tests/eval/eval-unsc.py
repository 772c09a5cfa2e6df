#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the parties of statements in UN Security Council speeches.

  eval-unsc.py [--cli PATH/TO/readout-cli] [--corpus ../shared/corpora/unsc] [--dump]

The corpus holds 87 speeches by state representatives; speeches_index.tsv
gives each speech's country (gold: the verbatim record names it). The
speeches are in the first person ("We cannot accept …"), and the text
never says who "we" is, so the engine cannot know the speaker's country,
and a party for a first-person source can only come from a guess. What
is measurable:

1. First-person statements (source "I", "we", "my delegation", "my
   country", …): their party must be the speech's country or null. Any
   other party is a plain error ("a wrong party is worse than a missing
   one"): the error rate is reported.
2. Other statements: how their parties split between the speech's own
   country ("Ukraine has always insisted …" in Ukraine's speech), another
   country, an organisation and null.
3. Conflict instances (conflict_instances.tsv) whose target is a country
   (the speaker criticises, challenges or corrects that country): among
   third-person statements inside the instance, the share whose party is
   the target country. Reported speech inside a rebuttal is usually the
   target's ("The Russian Federation claims that …"), so this is a rough
   agreement figure, not an accuracy.

Speech files are passed to readout-cli as they are (they are read, never
copied or changed).
"""
import argparse, collections, csv, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

COUNTRIES = {
    'angola': 'AGO', 'argentina': 'ARG', 'australia': 'AUS', 'belgium': 'BEL', 'chad': 'TCD',
    'chile': 'CHL', 'china': 'CHN', 'egypt': 'EGY', 'france': 'FRA', 'indonesia': 'IDN',
    'japan': 'JPN', 'jordan': 'JOR', 'lithuania': 'LTU', 'luxembourg': 'LUX', 'malaysia': 'MYS',
    'namibia': 'NAM', 'new zealand': 'NZL', 'nigeria': 'NGA', 'republic of korea': 'KOR',
    'russian federation': 'RUS', 'rwanda': 'RWA', 'senegal': 'SEN', 'spain': 'ESP',
    'ukraine': 'UKR', 'united kingdom of great britain and northern ireland': 'GBR',
    'united states of america': 'USA', 'uruguay': 'URY',
    'venezuela (bolivarian republic of)': 'VEN', 'un': 'UN',
}
FIRST_PERSON = re.compile(r'^(i|we|us|me|my|our|my (own )?(delegation|country|government)|'
                          r'our (delegation|country|government|governments|countries))$', re.I)


def code_of(name):
    return COUNTRIES.get(name.replace('_', ' ').strip().lower())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cli', default=os.environ.get('READOUT_CLI',
                                                    os.path.join(ROOT, '_build', 'src', 'cli', 'readout-cli')))
    ap.add_argument('--corpus', default=os.path.join(ROOT, '..', 'shared', 'corpora', 'unsc'))
    ap.add_argument('--dump', action='store_true', help='list first-person statements with a foreign party')
    args = ap.parse_args()

    with open(os.path.join(args.corpus, 'speeches_index.tsv'), encoding='utf-8') as f:
        speeches = [row for row in csv.DictReader(f, delimiter='\t')]
    paths = [os.path.join(args.corpus, 'speeches', s['speech_file']) for s in speeches]
    proc = subprocess.run([args.cli, 'analyze', '--format', 'json'] + paths, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit('readout-cli failed: ' + proc.stderr.strip())
    analyses = json.loads(proc.stdout)
    if isinstance(analyses, dict):
        analyses = [analyses]
    by_id = {s['fileid']: (s, a) for s, a in zip(speeches, analyses)}

    first = collections.Counter()
    third = collections.Counter()
    wrong_first = []
    org_ids = set()
    for s, a in by_id.values():
        own = code_of(s['speaker_country'])
        for p in a.get('parties') or []:
            if p.get('kind') == 'organization':
                org_ids.add(p['id'])
        for st in a.get('statements') or []:
            party, source = st.get('party'), (st.get('source') or '').strip()
            if FIRST_PERSON.match(source):
                cat = 'null' if party is None else 'own country' if party == own else 'other party'
                first[cat] += 1
                if cat == 'other party':
                    wrong_first.append((s, st))
            else:
                cat = ('null' if party is None else 'own country' if party == own
                       else 'organisation' if party in org_ids else 'other country')
                third[cat] += 1

    agree = collections.Counter()
    with open(os.path.join(args.corpus, 'conflict_instances.tsv'), encoding='utf-8') as f:
        for inst in csv.DictReader(f, delimiter='\t'):
            target = code_of(inst['target_country'])
            if inst['target_type'] != 'Country' or target is None or inst['fileid'] not in by_id:
                continue
            s, a = by_id[inst['fileid']]
            own = code_of(s['speaker_country'])
            lo, hi = int(inst['char_start']), int(inst['char_end'])
            for st in a.get('statements') or []:
                if st['start'] >= hi or st['end'] <= lo or FIRST_PERSON.match((st.get('source') or '').strip()):
                    continue
                party = st.get('party')
                agree['null' if party is None else 'target' if party == target
                      else 'speaker' if party == own else 'other'] += 1

    pct = lambda a, b: 100.0 * a / b if b else 0.0
    n_first, n_third, n_agree = sum(first.values()), sum(third.values()), sum(agree.values())
    print('UNSC speeches: %d, statements: %d' % (len(by_id), n_first + n_third))
    print('First-person sources: %d — null %d (%.1f%%), own country %d, OTHER PARTY %d (%.1f%% error)'
          % (n_first, first['null'], pct(first['null'], n_first), first['own country'],
             first['other party'], pct(first['other party'], n_first)))
    print('Other sources: %d — own country %d (%.1f%%), other country %d (%.1f%%), organisation %d (%.1f%%), '
          'null %d (%.1f%%)' % (n_third, third['own country'], pct(third['own country'], n_third),
                                third['other country'], pct(third['other country'], n_third),
                                third['organisation'], pct(third['organisation'], n_third),
                                third['null'], pct(third['null'], n_third)))
    print('Third-person statements inside conflicts aimed at a country: %d — party = target %d (%.1f%%), '
          '= speaker %d, other %d, null %d' % (n_agree, agree['target'], pct(agree['target'], n_agree),
                                               agree['speaker'], agree['other'], agree['null']))
    if args.dump:
        for s, st in wrong_first:
            print('- %s (%s): source %r cue %r party %s: %s'
                  % (s['fileid'], s['speaker_country'], st.get('source'), st.get('cue'), st.get('party'),
                     (st.get('text') or '')[:120]))
    return 0


if __name__ == '__main__':
    sys.exit(main())
