#!/usr/bin/env python3
"""Writes a synthetic .jsonl news feed for timing `claimcheck audit` end to end.

    bench/synthetic_feed.py 100000 > /tmp/feed.jsonl
    time bazel-bin/cli/claimcheck audit --format=json /tmp/feed.jsonl > /dev/null

Each record is a short wire story of four paragraphs: a share with a named
source, a money figure in a bracketed conversion, a count with no source,
and boilerplate that repeats across records (so the duplicate rule has
work). Subjects, metrics, years and figures vary with the record number,
deterministically, so some figures contradict and most agree.
"""
import json
import sys

COUNTRIES = ["China", "Japan", "India", "Germany", "France", "Canada", "Brazil",
             "Mexico", "Italy", "Spain", "Australia", "Indonesia", "Turkey",
             "Poland", "Sweden", "Norway", "Kenya", "Chile", "Vietnam", "Egypt"]
TOPICS = ["AI patents", "chip exports", "solar panels", "wind turbines",
          "steel output", "car sales", "battery cells", "rice harvests",
          "phone shipments", "cloud revenue"]
SOURCES = ["Reuters", "the World Bank", "the IMF", "the OECD", "Bloomberg"]


def record(i):
    country = COUNTRIES[i % len(COUNTRIES)]
    topic = TOPICS[(i // len(COUNTRIES)) % len(TOPICS)]
    year = 2015 + (i // 200) % 10
    share = 10 + (i * 7919) % 50
    billions = 1 + (i * 104729) % 400
    count = 1000 * (1 + (i * 31) % 900)
    source = SOURCES[i % len(SOURCES)]
    text = "\n\n".join([
        f"{country} held {share} percent of global {topic} in {year}, "
        f"according to {source}.",
        f"The government of {country} pledged $US{billions}bn "
        f"(about €{billions * 0.87:.0f}bn) to the industry in {year}, "
        f"officials said.",
        f"Some {count:,} workers were employed in the sector that year.",
        "This story was produced by the Example Wire data desk and may be "
        "republished with attribution under our standard licence terms.",
    ])
    return {"id": f"syn-{i}", "url": f"https://example.org/syn/{i}",
            "outlet": "Example Wire", "title": f"{country} and {topic}",
            "published": f"{2016 + i % 9}-06-01", "text": text}


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    out = sys.stdout
    for i in range(count):
        out.write(json.dumps(record(i), ensure_ascii=False))
        out.write("\n")


if __name__ == "__main__":
    main()
