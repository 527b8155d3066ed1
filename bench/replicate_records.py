#!/usr/bin/env python3
"""Replicates extracted-article records (JSON lines) into a larger archive.

  replicate_records.py RECORDS.jsonl COUNT [HELD_OUT_SOURCES] > OUT.jsonl

Writes COUNT records: the input's articles again and again, copy k of each
under the id "copy<k>/<id>" and published 41 * k days after the original
(articles without a date get 2005-01-01 as theirs), so that the archive
holds real news text with distinct ids and dates, and copies of one article
fall outside one another's story window. Articles whose source is a line of
HELD_OUT_SOURCES are left out: they are the drafts the benchmark checks,
new to the archive as an editor's draft is. Used by bench/archive.sh.
"""
import datetime
import json
import sys

DAYS_BETWEEN_COPIES = 41


def main():
    path, count = sys.argv[1], int(sys.argv[2])
    held_out = set()
    if len(sys.argv) > 3:
        with open(sys.argv[3], encoding="utf-8") as f:
            held_out = {line.strip() for line in f if line.strip()}
    with open(path, encoding="utf-8") as f:
        records = [line for line in f if line.strip()
                   and json.loads(line)["article"]["source"] not in held_out]
    written = 0
    copy = 0
    out = sys.stdout
    while written < count:
        for line in records:
            if written >= count:
                break
            record = json.loads(line)
            article = record["article"]
            published = article.get("published") or "2005-01-01"
            try:
                day = datetime.date.fromisoformat(published[:10])
            except ValueError:
                day = datetime.date(2005, 1, 1)
            day += datetime.timedelta(days=DAYS_BETWEEN_COPIES * copy)
            article["published"] = day.isoformat()
            article["id"] = f"copy{copy}/{article['id']}"
            article["source"] = f"copy{copy}/{article['source']}"
            out.write(json.dumps(record, ensure_ascii=False,
                                 separators=(",", ":")))
            out.write("\n")
            written += 1
        copy += 1


if __name__ == "__main__":
    main()
