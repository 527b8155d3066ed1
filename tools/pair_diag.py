#!/usr/bin/env python3
"""Where the comparison loses each disagreeing pair of the dev split:
the first stage a pair fails, counted, with the pairs listed by stage.

  claimcheck extract --format=json CORPUS/economy CORPUS/news-2019-2020 > x.json
  story_dump < x.json > stories.tsv
  tools/pair_diag.py testdata/gold/pairs.tsv x.json stories.tsv CORPUS

Stages, in order: each figure is a claim (kind CLAIM) at the gold place;
the two share an article or a story; their units meet; subject keys;
counted keys; predicate lemmas. Dev split only: the test split is for
scores.
"""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pair_eval import figure_range  # noqa: E402


def read_objects(path):
    """The top-level JSON objects of `path`, one after another."""
    decoder = json.JSONDecoder()
    with open(path, encoding='utf-8') as f:
        text = f.read()
    at = 0
    while True:
        while at < len(text) and text[at].isspace():
            at += 1
        if at >= len(text):
            return
        obj, at = decoder.raw_decode(text, at)
        yield obj


def keys(part):
    return set((part or {}).get('keys', [])) | (
        {part['key']} if part and part.get('key') else set())


def unit(claim):
    if 'quantity' not in claim:
        return 'DATE'
    return claim['quantity'].get('unit', '')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('pairs')
    parser.add_argument('extract')
    parser.add_argument('stories')
    parser.add_argument('corpus')
    parser.add_argument('--show', default='')
    parser.add_argument('--ignore_story', action='store_true',
                        help='skip the story stage (what looser stories '
                        'would let through)')
    args = parser.parse_args()
    corpus = os.path.abspath(args.corpus)

    claims = collections.defaultdict(list)
    for obj in read_objects(args.extract):
        for c in obj.get('claims', []):
            rel = os.path.relpath(os.path.abspath(c['articleId']), corpus)
            claims[rel].append(c)
    story = {}
    with open(args.stories, encoding='utf-8') as f:
        for line in f:
            index, _, source = line.rstrip('\n').split('\t')
            story[os.path.relpath(os.path.abspath(source), corpus)] = index

    def claim_at(path, rng):
        best = None
        for c in claims.get(path, []):
            s = c['quantitySpan']
            if s['begin'] < rng[1] and rng[0] < s['end']:
                if best is None or c.get('kind') == 'CLAIM':
                    best = c
        return best

    cache = {}
    stages = collections.Counter()
    listed = collections.defaultdict(list)
    with open(args.pairs, encoding='utf-8') as f:
        lines = f.read().splitlines()
    header = lines[0].split('\t')
    for row in lines[1:]:
        r = dict(zip(header, row.split('\t')))
        if r.get('split') != 'dev' or r['kind'] == 'agree':
            continue
        ra = figure_range(corpus, r['file_a'], int(r['line_a']),
                          r['figure_a'], cache)
        rb = figure_range(corpus, r['file_b'], int(r['line_b']),
                          r['figure_b'], cache)
        a = claim_at(r['file_a'], ra) if ra else None
        b = claim_at(r['file_b'], rb) if rb else None
        where = '%s %r / %r (%s)' % (r['id'], r['figure_a'], r['figure_b'],
                                     r['quantity'])
        if not a or not b:
            stage = 'no claim'
        elif a.get('kind') != 'CLAIM' or b.get('kind') != 'CLAIM':
            stage = 'not a claim (%s/%s)' % (a.get('kind'), b.get('kind'))
        elif (not args.ignore_story and r['file_a'] != r['file_b'] and
              story.get(r['file_a']) != story.get(r['file_b'])):
            stage = 'other story'
        elif unit(a) != unit(b):
            stage = 'unit %s/%s' % (unit(a), unit(b))
        else:
            fa, fb = a.get('frame', {}), b.get('frame', {})
            sa, sb = keys(a.get('subject')), keys(b.get('subject'))
            ca, cb = keys(fa.get('counted')), keys(fb.get('counted'))
            pa = (fa.get('predicate') or {}).get('lemma', '')
            pb = (fb.get('predicate') or {}).get('lemma', '')
            if not sa or not sb:
                stage = 'subject missing'
            elif not sa & sb:
                stage = 'subject differs'
            elif not ca or not cb:
                stage = 'counted missing'
            elif not ca & cb:
                stage = 'counted differs'
            elif pa != pb:
                stage = 'predicate differs'
            else:
                stage = 'frames meet'
            where += '\n      A subj=%s counted=%s pred=%s\n      B subj=%s counted=%s pred=%s' % (
                (a.get('subject') or {}).get('text'),
                (fa.get('counted') or {}).get('text'), pa,
                (b.get('subject') or {}).get('text'),
                (fb.get('counted') or {}).get('text'), pb)
        stages[stage.split(' (')[0]] += 1
        listed[stage].append(where)
    total = sum(stages.values())
    for stage, n in stages.most_common():
        print('%-22s %3d  %.2f' % (stage, n, n / total))
    if args.show:
        for stage, items in sorted(listed.items()):
            if stage.startswith(args.show) or args.show == 'all':
                print('\n== ' + stage)
                for w in items:
                    print('  ' + w)


if __name__ == '__main__':
    main()
