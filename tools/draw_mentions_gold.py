#!/usr/bin/env python3
"""Redo the draw of the articles of testdata/gold/mentions/split.tsv.

Candidates: files of the Wikinews corpus (economy/, news-2019-2020/) of
1,500 to 6,000 bytes whose text (whole file, Published line included) holds
at least 4 digit groups (maximal runs of digits, regex [0-9]+), and that are
not listed in testdata/gold/split.tsv. Each folder's candidate list is
sorted by path; one random.Random(20261130) draws 26 from economy
(rng.sample), then 14 from news-2019-2020 (rng.sample). The split keeps the
folders' proportions and the draw order within each folder:
dev = economy draws 1-15 + news draws 1-9 (24 articles),
test = economy draws 16-26 + news draws 10-14 (16 articles).

Usage: tools/draw_mentions_gold.py [CORPUS_DIR] [--copy]
  prints split.tsv to stdout; --copy copies the articles into
  testdata/gold/wikinews/.
"""
import os, random, re, shutil, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
args = [a for a in sys.argv[1:] if not a.startswith('--')]
CORPUS = args[0] if args else '/work/shared/corpora/wikinews'

used = set()
with open(os.path.join(ROOT, 'testdata/gold/split.tsv')) as f:
    for line in f:
        parts = line.rstrip('\n').split('\t')
        if len(parts) >= 2:
            used.add(parts[1])

def candidates(folder):
    out = []
    for name in sorted(os.listdir(os.path.join(CORPUS, folder))):
        if not name.endswith('.txt'):
            continue
        rel = folder + '/' + name
        path = os.path.join(CORPUS, rel)
        size = os.path.getsize(path)
        if not (1500 <= size <= 6000) or rel in used:
            continue
        with open(path, encoding='utf-8') as f:
            text = f.read()
        if len(re.findall(r'[0-9]+', text)) < 4:
            continue
        out.append(rel)
    return sorted(out)

rng = random.Random(20261130)
eco = rng.sample(candidates('economy'), 26)
news = rng.sample(candidates('news-2019-2020'), 14)
dev = eco[:15] + news[:9]
test = eco[15:] + news[9:]
rows = [('dev', p) for p in dev] + [('test', p) for p in test]
for split, p in rows:
    print(split + '\t' + p)
if '--copy' in sys.argv:
    for _, p in rows:
        dst = os.path.join(ROOT, 'testdata/gold/wikinews', p)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        shutil.copyfile(os.path.join(CORPUS, p), dst)
