#!/usr/bin/env python3
"""Scores claimcheck's contradiction and discrepancy findings against the
hand-made pairs of testdata/gold/pairs.tsv.

  claimcheck audit --format=json CORPUS/economy CORPUS/news-2019-2020 > r.json
  tools/pair_eval.py testdata/gold/pairs.tsv r.json CORPUS --split dev [--errors]

A pair is found when one contradiction or discrepancy finding has the two
figures as its evidence (each figure's byte range overlaps the finding's
quantity span on that line of that file). Reports, per split: recall on the
pairs that disagree (found by either rule; and found by the rule of the
pair's kind), and the pairs that agree but were reported (false alarms),
by rule. --errors lists the missed and the falsely reported pairs (dev
split only: the test split is for scores).
"""
import argparse
import json
import os
import sys


def figure_range(corpus, path, line, figure, cache):
    """Byte range of `figure` on 1-based `line` of the file, or None."""
    if path not in cache:
        with open(os.path.join(corpus, path), 'rb') as f:
            cache[path] = f.read()
    data = cache[path]
    start = 0
    for _ in range(line - 1):
        start = data.find(b'\n', start)
        if start < 0:
            return None
        start += 1
    end = data.find(b'\n', start)
    if end < 0:
        end = len(data)
    at = data[start:end].find(figure.encode('utf-8'))
    if at < 0:
        return None
    return (start + at, start + at + len(figure.encode('utf-8')))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('pairs')
    parser.add_argument('report')
    parser.add_argument('corpus')
    parser.add_argument('--split', default='dev')
    parser.add_argument('--errors', action='store_true')
    args = parser.parse_args()
    if args.errors and args.split != 'dev':
        sys.exit('--errors is for the dev split only')

    with open(args.report, encoding='utf-8') as f:
        report = json.load(f)
    corpus = os.path.abspath(args.corpus)
    # (file relative to the corpus, begin, end) of each evidence's figure.
    found = []
    for finding in report.get('findings', []):
        if finding['ruleId'] not in ('contradiction', 'discrepancy'):
            continue
        places = []
        for evidence in finding['evidence']:
            source = os.path.abspath(evidence['source'])
            if not source.startswith(corpus + os.sep):
                continue
            span = evidence.get('quantitySpan', {})
            places.append((os.path.relpath(source, corpus),
                           span.get('begin', 0), span.get('end', 0)))
        if len(places) == 2:
            found.append((finding['ruleId'], places, finding))

    by_file = {}
    for rule, places, finding in found:
        for place in places:
            by_file.setdefault(place[0], []).append((rule, places, finding))

    def overlaps(place, path, rng):
        return place[0] == path and place[1] < rng[1] and rng[0] < place[2]

    cache = {}
    stats = {'disagree': 0, 'found': 0, 'kind_right': 0, 'agree': 0,
             'false_contradiction': 0, 'false_discrepancy': 0}
    errors = []
    with open(args.pairs, encoding='utf-8') as f:
        lines = f.read().splitlines()
    header = lines[0].split('\t')
    for row in lines[1:]:
        if not row.strip() or row.startswith('#'):
            continue
        r = dict(zip(header, row.split('\t')))
        if r['split'] != args.split:
            continue
        a = figure_range(corpus, r['file_a'], int(r['line_a']), r['figure_a'],
                         cache)
        b = figure_range(corpus, r['file_b'], int(r['line_b']), r['figure_b'],
                         cache)
        rules = set()
        if a and b:
            for rule, places, _ in by_file.get(r['file_a'], []):
                if ((overlaps(places[0], r['file_a'], a) and
                     overlaps(places[1], r['file_b'], b)) or
                        (overlaps(places[1], r['file_a'], a) and
                         overlaps(places[0], r['file_b'], b))):
                    rules.add(rule)
        where = '%s %s %s:%s %r / %s:%s %r (%s)' % (
            r['id'], r['kind'], r['file_a'], r['line_a'], r['figure_a'],
            r['file_b'], r['line_b'], r['figure_b'], r['quantity'])
        if r['kind'] == 'agree':
            stats['agree'] += 1
            if 'contradiction' in rules:
                stats['false_contradiction'] += 1
                errors.append('reported as contradiction: ' + where)
            elif 'discrepancy' in rules:
                stats['false_discrepancy'] += 1
                errors.append('reported as discrepancy: ' + where)
        else:
            stats['disagree'] += 1
            if rules:
                stats['found'] += 1
                if r['kind'] in rules:
                    stats['kind_right'] += 1
            else:
                errors.append('missed: ' + where)

    d = stats['disagree']
    print('split %s: %d disagreeing pairs, %d agreeing pairs' %
          (args.split, d, stats['agree']))
    print('disagreement recall  %.2f (%d of %d; %d by the rule of their kind)' %
          (stats['found'] / d if d else 0, stats['found'], d,
           stats['kind_right']))
    print('agreements reported  %d as contradiction, %d as discrepancy' %
          (stats['false_contradiction'], stats['false_discrepancy']))
    if args.errors:
        for e in errors:
            print(e)


if __name__ == '__main__':
    main()
