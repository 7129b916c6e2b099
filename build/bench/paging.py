#!/usr/bin/env python3
"""Paging benchmark of a running CertStatus (docs/performance.md, "Paging at depth").

One client, one keep-alive connection, so that each figure is the latency of one request:
  * page-depth table: first, middle and last page at limit=100 by offset (page=N) and by cursor,
    in every sort order of the statuses (median of --repeat requests each);
  * sweep: the wall time to walk every status by cursor at limit=100 (and by offset with --offset-sweep);
  * page 1 (limit=20) of every filter x sort combination of both collections (median; the worst is the target's).
Works against a build without cursors too (offset rows only), so that "before" can be measured.

  python3 paging.py http://127.0.0.1:5601 [--repeat 5] [--offset-sweep]
"""
import argparse
import http.client
import json
import statistics
import sys
import time
import urllib.parse

STATUSES = "/api/v1/certification-statuses"
RENEWALS = "/api/v1/certification-renewals"


class Client:
    def __init__(self, base):
        url = urllib.parse.urlparse(base)
        self.connection = http.client.HTTPConnection(url.hostname, url.port, timeout=120)

    def get(self, path):
        started = time.perf_counter()
        self.connection.request("GET", path)
        response = self.connection.getresponse()
        body = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 200:
            sys.exit(f"GET {path} answered {response.status}: {body[:300]!r}")
        return json.loads(body), elapsed

    def median_ms(self, path, repeat):
        return statistics.median(self.get(path)[1] for _ in range(repeat))


def query(root, **parameters):
    present = {key: value for key, value in parameters.items() if value is not None}
    return root + ("?" + urllib.parse.urlencode(present) if present else "")


def walk(client, sort):
    """Every page of the statuses in this sort by cursor: (cursors of pages 2..N, seconds, items)."""
    cursors, items = [], 0
    started = time.perf_counter()
    page, _ = client.get(query(STATUSES, sort=sort, limit=100))
    while True:
        items += len(page["data"])
        cursor = page["pagination"].get("next_cursor")
        if cursor is None:
            return cursors, time.perf_counter() - started, items
        cursors.append(cursor)
        page, _ = client.get(query(STATUSES, sort=sort, limit=100, cursor=cursor))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--offset-sweep", action="store_true", help="also walk every page by offset (slow at 1M)")
    args = parser.parse_args()
    client = Client(args.base)

    first, _ = client.get(query(STATUSES, limit=100))
    total = first["pagination"]["total"]
    pages = max(1, -(-total // 100))
    has_cursors = "next_cursor" in first["pagination"]
    print(f"statuses={total} pages_of_100={pages} cursors={'yes' if has_cursors else 'no'}")

    print("\n== page depth (limit=100, one client, median ms)")
    print(f"{'sort':<14}{'mode':<8}{'first':>9}{'middle':>9}{'last':>9}{'last/first':>12}")
    sweeps = {}
    for sort in ("mentor_id", "expiry_date", "-expiry_date"):
        offsets = [client.median_ms(query(STATUSES, sort=sort, limit=100, page=p), args.repeat) for p in (1, pages // 2 or 1, pages)]
        print(f"{sort:<14}{'offset':<8}{offsets[0]:>9.1f}{offsets[1]:>9.1f}{offsets[2]:>9.1f}{offsets[2] / offsets[0]:>12.2f}")
        if has_cursors:
            cursors, seconds, items = walk(client, sort)
            sweeps[sort] = (seconds, items, len(cursors) + 1)
            at = lambda cursor: client.median_ms(query(STATUSES, sort=sort, limit=100, cursor=cursor), args.repeat)
            middle = at(cursors[len(cursors) // 2]) if cursors else offsets[0]
            last = at(cursors[-1]) if cursors else offsets[0]
            print(f"{sort:<14}{'cursor':<8}{offsets[0]:>9.1f}{middle:>9.1f}{last:>9.1f}{last / offsets[0]:>12.2f}")

    print("\n== sweep of every status (limit=100, one client)")
    for sort, (seconds, items, count) in sweeps.items():
        print(f"cursor  sort={sort:<13} {seconds:8.1f} s  {count} pages  {items} items")
    if args.offset_sweep:
        started = time.perf_counter()
        for page in range(1, pages + 1):
            client.get(query(STATUSES, limit=100, page=page))
        print(f"offset  sort=mentor_id     {time.perf_counter() - started:8.1f} s  {pages} pages")

    print("\n== page 1 of every filter x sort (limit=20, one client, median ms)")
    rows = []
    for certification_type in (None, "peer_mentor_standard"):
        for time_filter in ({}, {"is_expired": "true"}, {"is_expired": "false"}, {"expiring_within_days": 30},
                            {"is_expired": "false", "expiring_within_days": 90}, {"expiring_within_days": 1}):
            for sort in ("mentor_id", "expiry_date", "-expiry_date"):
                path = query(STATUSES, certification_type=certification_type, sort=sort, limit=20, **time_filter)
                rows.append((path, client.median_ms(path, args.repeat)))
    renewal = client.get(query(RENEWALS, limit=1))[0]["data"]
    mentor = renewal[0]["mentor_id"] if renewal else None
    processor = renewal[0]["processed_by"] if renewal else None
    for mentor_id in (None, mentor):
        for processed_by in (None, processor):
            for sort in ("renewal_id", "renewal_date", "-renewal_date"):
                path = query(RENEWALS, mentor_id=mentor_id, processed_by=processed_by, sort=sort, limit=20)
                rows.append((path, client.median_ms(path, args.repeat)))
    for path, ms in sorted(rows, key=lambda row: -row[1]):
        print(f"{ms:8.1f}  {path}")
    print(f"worst page 1: {max(ms for _, ms in rows):.1f} ms over {len(rows)} combinations")


if __name__ == "__main__":
    main()
