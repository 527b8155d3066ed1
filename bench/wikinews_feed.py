#!/usr/bin/env python3
"""Writes a .jsonl feed of real news text: the Wikinews corpus, replicated.

    bench/wikinews_feed.py COUNT [WIKINEWS_DIR] > /tmp/wikinews-COUNT.jsonl

Writes COUNT feed records (claims/ingest.h's feed format) made from the
articles of WIKINEWS_DIR (default ../shared/corpora/wikinews, its economy/
and news-2019-2020/ folders), again and again: copy k of article i has the
id "wn<k>/<file name>" and is published on a day of 2025 that spreads the
copies over the year (day (k * 97 + i) mod 365), so that every record is a
distinct article with its own date, as in a scraped feed that carries the
same wire stories many times. The text is the article's, unchanged; so is
its title. About 2,250 bytes of text a record; 10^6 records are about
2.7 GB of JSON.
"""
import datetime
import json
import os
import sys

FOLDERS = ("economy", "news-2019-2020")
FIRST_DAY = datetime.date(2025, 1, 1)


def read_articles(root):
    """(file name, title, text) of every article, in file-name order."""
    articles = []
    for folder in FOLDERS:
        directory = os.path.join(root, folder)
        for name in sorted(os.listdir(directory)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(directory, name), encoding="utf-8") as f:
                lines = f.read().split("\n")
            title = lines[0].strip()
            body = lines[1:]
            if body and body[0].startswith("Published:"):
                body = body[1:]
            articles.append((name, title, "\n".join(body).strip() + "\n"))
    return articles


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: bench/wikinews_feed.py COUNT [WIKINEWS_DIR]")
    count = int(sys.argv[1])
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        here, "..", "..", "shared", "corpora", "wikinews")
    if not all(os.path.isdir(os.path.join(root, f)) for f in FOLDERS):
        sys.exit(f"wikinews_feed.py: no Wikinews corpus at {root} (its "
                 f"{' and '.join(FOLDERS)} folders); give its path")
    articles = read_articles(root)
    if not articles:
        sys.exit(f"wikinews_feed.py: no articles under {root}")
    out = sys.stdout
    for n in range(count):
        copy, i = divmod(n, len(articles))
        name, title, text = articles[i]
        day = FIRST_DAY + datetime.timedelta(days=(copy * 97 + i) % 365)
        record = {"id": f"wn{copy}/{name}",
                  "url": f"https://example.org/wn{copy}/{name}",
                  "outlet": "Wikinews", "title": title,
                  "published": day.isoformat(), "text": text}
        out.write(json.dumps(record, ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main()
