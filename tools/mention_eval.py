#!/usr/bin/env python3
"""Score `claimcheck normalize` against the hand-annotated gold mentions.

Usage:
  tools/mention_eval.py --binary PATH [--split dev|test|all] [--errors]
  tools/mention_eval.py --check            (validate the gold files only)

Gold: testdata/gold/mentions/mentions_{dev,test}.tsv, articles listed in
testdata/gold/mentions/split.tsv, texts under testdata/gold/wikinews/ (see
testdata/gold/mentions/README.md for the format and conventions).

For each article the binary is run once as
  PATH normalize --date=<Published date> "<text>"
where <text> is the whole file with its `Published:` line (line 2) emptied,
so the headline (line 1) is scored too and the Published date is not read
as a mention. System byte offsets are mapped back to (line, column).

Matching. A system mention and a gold mention match when their byte ranges
overlap. Families: gold percent/money/duration/date/clock; system
PERCENT and PERCENTAGE_POINT -> percent, MONEY -> money, DURATION_DAYS ->
duration, time of granularity TIME_OF_DAY -> clock, other times -> date. System COUNT and MULTIPLE are ignored, except that
one overlapping a gold percent, money or duration mention is reported as a
wrong family for that gold mention (it is no false positive of any family).
A true positive needs overlap + same family + right value, one system
mention per gold mention:
  percent  same number (any `|` alternative, or the system's low or high)
           and percent-vs-points the same;
  money    amount within 0.5% and the same currency;
  duration the same number of days within 1% (year = 365.25 days, month =
           30.4375, week = 7, quarter = 91.3125, decade = 3652.5,
           century = 36525, hour = 1/24, minute = 1/1440, second = 1/86400);
  date     system begin and end equal to one of the gold alternatives;
  clock    HH:MM equal (the day is not scored).
Every system mention of a family that is not a true positive is a false
positive, except system dates that overlap a gold date whose value is `?`
(those count only for spotting). "Spotting" ignores the value: a gold
mention is spotted when a system mention of its family overlaps it, and a
system mention is a correct spot when it overlaps a gold mention of its
family. False friends: gold `age` and `notdur` mentions overlapped by a
system DURATION_DAYS mention.
"""
import argparse
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(ROOT, 'testdata', 'gold')
FAMILIES = ['percent', 'money', 'duration', 'date', 'clock']
KINDS = set(FAMILIES) | {'age', 'notdur'}
DAYS = {'second': 1 / 86400, 'minute': 1 / 1440, 'hour': 1 / 24, 'day': 1,
        'week': 7, 'month': 30.4375, 'quarter': 91.3125, 'year': 365.25,
        'decade': 3652.5, 'century': 36525}
DATE_RE = re.compile(r'^\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d$')


def read_split():
    split = {}
    with open(os.path.join(GOLD, 'mentions', 'split.tsv')) as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                s, p = line.rstrip('\n').split('\t')[:2]
                split[p] = s
    return split


class Article:
    def __init__(self, rel):
        self.rel = rel
        with open(os.path.join(GOLD, 'wikinews', rel), encoding='utf-8') as f:
            raw = f.read()
        self.lines = raw.split('\n')
        m = re.match(r'^Published: (\d{4}-\d\d-\d\d)\s*$', self.lines[1])
        if not m:
            raise SystemExit('%s: line 2 is no Published line' % rel)
        self.date = m.group(1)
        lines = list(self.lines)
        lines[1] = ''
        self.text = '\n'.join(lines)
        self.bytes = self.text.encode('utf-8')
        # byte offset of the start of each line (0-based index)
        self.starts = []
        off = 0
        for L in lines:
            self.starts.append(off)
            off += len(L.encode('utf-8')) + 1

    def span(self, line, text):
        """(begin, end) byte range of the gold text `X` or `X#n` on line."""
        m = re.match(r'^(.*)#(\d+)$', text)
        t, n = (m.group(1), int(m.group(2))) if m else (text, 1)
        L = self.lines[line - 1]
        pos = -1
        for _ in range(n):
            pos = L.find(t, pos + 1)
            if pos < 0:
                return None
        b = self.starts[line - 1] + len(L[:pos].encode('utf-8'))
        return b, b + len(t.encode('utf-8'))

    def line_of(self, byte):
        lo = 0
        for i, s in enumerate(self.starts):
            if s <= byte:
                lo = i
        return lo + 1


def read_gold(name, articles, problems):
    out = []
    path = os.path.join(GOLD, 'mentions', name)
    with open(path, encoding='utf-8') as f:
        for no, line in enumerate(f, 1):
            if not line.strip() or line.startswith('#'):
                continue
            p = line.rstrip('\n').split('\t')
            where = '%s:%d' % (name, no)
            if len(p) != 7:
                problems.append('%s: %d columns' % (where, len(p)))
                continue
            art, ln, text, kind, value, unit, note = p
            if art not in articles:
                articles[art] = Article(art)
            a = articles[art]
            g = dict(article=art, line=int(ln), text=text, kind=kind,
                     value=value, unit=unit, note=note, where=where)
            g['span'] = a.span(g['line'], text)
            if g['span'] is None:
                problems.append('%s: %r not on line %s' % (where, text, ln))
                continue
            if kind not in KINDS:
                problems.append('%s: kind %r' % (where, kind))
            if kind in ('percent', 'money', 'duration', 'age'):
                try:
                    g['nums'] = [float(x) for x in value.split('|')]
                except ValueError:
                    problems.append('%s: value %r' % (where, value))
            if kind == 'duration' and unit not in DAYS:
                problems.append('%s: unit %r' % (where, unit))
            if kind == 'date' and value != '?':
                for alt in value.split('|'):
                    if not DATE_RE.match(alt) or alt[:10] > alt[12:]:
                        problems.append('%s: date %r' % (where, alt))
            if kind == 'clock' and not re.match(r'^\d\d:\d\d$', value):
                problems.append('%s: clock %r' % (where, value))
            out.append(g)
    return out


def run_system(binary, a):
    r = subprocess.run([binary, 'normalize', '--date=' + a.date, a.text],
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if r.returncode != 0:
        raise SystemExit('%s failed on %s: %s' % (binary, a.rel,
                                                  r.stderr.decode()[:500]))
    out = []
    for line in r.stdout.decode('utf-8').splitlines():
        line = line.strip()
        if not line.startswith('{'):
            continue
        j = json.loads(line)
        s = dict(text=j.get('text', ''), span=(j['begin'], j['end']),
                 article=a.rel, raw=j)
        if 'time' in j and j['time'].get('granularity') == 'TIME_OF_DAY':
            s['family'] = 'clock'
            s['clock'] = j['time'].get('clock', '')
            s['show'] = '%s %s %s' % (s['clock'], j['time'].get('clockZone', ''),
                                      j['time'].get('begin', ''))
        elif 'time' in j:
            s['family'] = 'date'
            s['tb'], s['te'] = j['time'].get('begin', ''), j['time'].get('end', '')
            s['show'] = '%s..%s %s' % (s['tb'], s['te'],
                                       j['time'].get('granularity', ''))
        else:
            q = j.get('quantity', {})
            u = q.get('unit', '')
            s['unit'] = u
            s['family'] = {'PERCENT': 'percent', 'PERCENTAGE_POINT': 'percent',
                           'MONEY': 'money',
                           'DURATION_DAYS': 'duration'}.get(u, 'other')
            s['nums'] = [x for x in (q.get('value'), q.get('low'), q.get('high'))
                         if isinstance(x, (int, float))]
            s['currency'] = q.get('currency', '')
            s['show'] = '%s %s %s' % (u, q.get('value'), q.get('currency', '')
                                      or q.get('unitText', ''))
        if a.line_of(s['span'][0]) == 2:
            continue  # cannot happen: line 2 is empty
        out.append(s)
    return out


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def close(x, y, rel):
    return abs(x - y) <= rel * max(abs(x), abs(y), 1e-12)


def value_ok(g, s):
    k = g['kind']
    if k == 'percent':
        if (g['unit'] == 'pp') != (s['unit'] == 'PERCENTAGE_POINT'):
            return False
        return any(close(x, y, 1e-9) for x in g['nums'] for y in s['nums'])
    if k == 'money':
        if g['unit'] != s['currency']:
            return False
        return any(close(x, y, 0.005) for x in g['nums'] for y in s['nums'])
    if k == 'duration':
        return any(close(x * DAYS[g['unit']], y, 0.01)
                   for x in g['nums'] for y in s['nums'])
    if k == 'date':
        return any(alt == '%s..%s' % (s['tb'], s['te'])
                   for alt in g['value'].split('|'))
    if k == 'clock':
        return s['clock'] in g['value'].split('|')
    return False


def score(golds, systems, articles, show_errors):
    by_art = defaultdict(list)
    for s in systems:
        by_art[s['article']].append(s)
    used = set()
    res = {f: defaultdict(int) for f in FAMILIES}
    errors = []
    friends = {'age': [0, 0], 'notdur': [0, 0]}
    date_known = date_exact = 0
    for g in golds:
        k = g['kind']
        over = [s for s in by_art[g['article']] if overlaps(s['span'], g['span'])]
        if k in ('age', 'notdur'):
            friends[k][0] += 1
            if any(s['family'] == 'duration' for s in over):
                friends[k][1] += 1
            continue
        r = res[k]
        r['gold'] += 1
        same = [s for s in over if s['family'] == k]
        if same:
            r['spot_gold'] += 1
        elif [s for s in over if s['family'] != k and
              (s['family'] != 'other' or k in ('percent', 'money', 'duration'))]:
            r['wrong_family'] += 1
        if k == 'date' and g['value'] == '?':
            r['unknown'] += 1
            for s in same:
                used.add(id(s))  # neither TP nor FP
            continue
        r['gold_valued'] += 1
        hit = None
        for s in same:
            if id(s) not in used and value_ok(g, s):
                hit = s
                break
        if k == 'date':
            date_known += 1
            if hit:
                date_exact += 1
        if hit:
            used.add(id(hit))
            r['tp'] += 1
        else:
            why = ('no system mention' if not over else
                   'wrong family: ' + '; '.join('%s %r' % (s['family'], s['text'])
                                                for s in over)
                   if not same else
                   'wrong value: ' + '; '.join('%r %s' % (s['text'], s['show'])
                                               for s in same))
            errors.append(('MISS', g['article'], g['line'], k, '%r gold %s %s'
                           % (g['text'], g['value'], g['unit']), why))
    golds_by_art = defaultdict(list)
    for g in golds:
        golds_by_art[g['article']].append(g)
    for s in systems:
        f = s['family']
        if f not in res:
            continue
        res[f]['sys'] += 1
        over = [g for g in golds_by_art[s['article']] if overlaps(s['span'], g['span'])]
        if any(g['kind'] == f for g in over):
            res[f]['spot_sys'] += 1
        if id(s) in used:
            if any(g['kind'] == f and g['value'] == '?' for g in over) and \
                    not any(g['kind'] == f and g['value'] != '?' for g in over):
                res[f]['sys_unknown'] += 1
            continue
        a = articles[s['article']]
        ln = a.line_of(s['span'][0])
        what = ('overlaps gold ' + '; '.join('%s %r' % (g['kind'], g['text']) for g in over)
                if over else 'no gold mention')
        errors.append(('FP', s['article'], ln, f, '%r %s' % (s['text'], s['show']), what))
    tp_sys = {f: sum(1 for s in systems if s['family'] == f and id(s) in used)
              for f in FAMILIES}
    return res, friends, date_known, date_exact, errors, tp_sys


def prf(tp, nsys, ngold):
    p = tp / nsys if nsys else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--binary')
    ap.add_argument('--split', default='dev', choices=['dev', 'test', 'all'])
    ap.add_argument('--errors', action='store_true')
    ap.add_argument('--check', action='store_true')
    args = ap.parse_args()
    split = read_split()
    articles = {}
    problems = []
    names = {'dev': ['mentions_dev.tsv'], 'test': ['mentions_test.tsv'],
             'all': ['mentions_dev.tsv', 'mentions_test.tsv']}
    golds = []
    for n in (names['all'] if args.check else names[args.split]):
        golds += read_gold(n, articles, problems)
    for g in golds:
        want = 'dev' if g['where'].startswith('mentions_dev') else 'test'
        if split.get(g['article']) != want:
            problems.append('%s: article not in the %s split' % (g['where'], want))
    seen = defaultdict(list)
    for g in golds:
        seen[(g['article'], g['span'])].append(g['where'])
    for k, v in seen.items():
        if len(v) > 1:
            problems.append('same span twice: ' + ', '.join(v))
    if problems:
        print('\n'.join(problems), file=sys.stderr)
        raise SystemExit(1)
    if args.check:
        counts = defaultdict(lambda: defaultdict(int))
        for g in golds:
            counts[g['kind']][g['where'].split(':')[0]] += 1
        for k in sorted(counts):
            print('%-9s %s' % (k, dict(counts[k])))
        print('gold OK: %d mentions' % len(golds))
        return
    if not args.binary:
        ap.error('--binary is required')
    arts = sorted(p for p, s in split.items() if args.split in ('all', s))
    systems = []
    for rel in arts:
        if rel not in articles:
            articles[rel] = Article(rel)
        systems += run_system(args.binary, articles[rel])
    res, friends, dk, de, errors, tp_sys = score(golds, systems, articles, args.errors)
    print('split %s: %d articles, %d gold mentions, %d system mentions '
          '(%d COUNT/MULTIPLE ignored)' % (args.split, len(arts), len(golds),
                                          len(systems),
                                          sum(1 for s in systems if s['family'] == 'other')))
    print()
    print('%-9s %5s %5s %5s %6s %6s %6s | %6s %6s %6s | %5s' % (
        'family', 'gold', 'sys', 'tp', 'P', 'R', 'F1', 'spotP', 'spotR', 'spotF',
        'wrfam'))
    tot = defaultdict(int)
    for f in FAMILIES:
        r = res[f]
        nsys = r['sys'] - r['sys_unknown']
        p, rc, f1 = prf(r['tp'], nsys, r['gold_valued'])
        sp = r['spot_sys'] / r['sys'] if r['sys'] else 0.0
        sr = r['spot_gold'] / r['gold'] if r['gold'] else 0.0
        sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
        for key in ('gold', 'gold_valued', 'sys', 'sys_unknown', 'tp', 'spot_sys',
                    'spot_gold', 'wrong_family'):
            tot[key] += r[key]
        print('%-9s %5d %5d %5d %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %5d' % (
            f, r['gold'], r['sys'], r['tp'], p, rc, f1, sp, sr, sf, r['wrong_family']))
    p, rc, f1 = prf(tot['tp'], tot['sys'] - tot['sys_unknown'], tot['gold_valued'])
    sp = tot['spot_sys'] / tot['sys'] if tot['sys'] else 0.0
    sr = tot['spot_gold'] / tot['gold'] if tot['gold'] else 0.0
    sf = 2 * sp * sr / (sp + sr) if sp + sr else 0.0
    print('%-9s %5d %5d %5d %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %5d' % (
        'all', tot['gold'], tot['sys'], tot['tp'], p, rc, f1, sp, sr, sf,
        tot['wrong_family']))
    print()
    print('dates resolved exactly: %d / %d gold dates with a known value (%.3f); '
          '%d gold dates with value ?' % (de, dk, de / dk if dk else 0.0,
                                          res['date']['unknown']))
    print('false friends read as a duration: age %d / %d, notdur %d / %d' % (
        friends['age'][1], friends['age'][0], friends['notdur'][1],
        friends['notdur'][0]))
    if args.errors:
        print()
        for kind, art, ln, fam, what, why in sorted(errors, key=lambda e: (e[1], e[2], e[0])):
            line = articles[art].lines[ln - 1]
            print('%-4s %-8s %s:%d  %s  [%s]' % (kind, fam, art, ln, what, why))
            print('        | ' + (line if len(line) < 300 else line[:300] + '...'))


if __name__ == '__main__':
    main()
