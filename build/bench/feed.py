#!/usr/bin/env python3
"""Change-feed benchmark of a running CertStatus (docs/performance.md, "Change feed").

A consumer follows the feed (SPEC §6) from /changes/latest while wrk writes new statuses through
the API for --seconds. Reports what a service that keeps a copy would see:
  * completeness: every acknowledged create has its change, none twice per position;
  * lag: from a change's changed_at to the moment the consumer read it (p50, p99, max);
  * throughput: changes read per second, and how long the consumer needed to catch up once the
    writers stopped;
  * the writers' own rate while the consumer reads, to compare with the post-status scenario.
Skips itself (exit 0 with a note) against a build without the feed.

  python3 feed.py http://127.0.0.1:5601 [--seconds 20] [--connections 8] [--limit 1000] [--run 9000]
Needs wrk and LUA_DIR pointing at build/bench/lua (run.sh sets both).
"""
import argparse
import datetime
import http.client
import json
import os
import re
import statistics
import subprocess
import sys
import time
import urllib.parse

CHANGES = "/api/v1/changes"


class Client:
    def __init__(self, base):
        url = urllib.parse.urlparse(base)
        self.connection = http.client.HTTPConnection(url.hostname, url.port, timeout=120)

    def get(self, path):
        self.connection.request("GET", path)
        response = self.connection.getresponse()
        body = response.read()
        return response.status, (json.loads(body) if body else None)


def parse_instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("base")
    parser.add_argument("--seconds", type=int, default=20)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--run", type=int, default=9000, help="run number in the created mentor ids (p<run>-...)")
    args = parser.parse_args()

    client = Client(args.base)
    status, latest = client.get(f"{CHANGES}/latest")
    if status != 200:
        print(f"== change feed: skipped (GET {CHANGES}/latest answered {status})")
        return
    token = latest["token"]

    lua = os.path.join(os.environ["LUA_DIR"], "post-status.lua")
    writers = subprocess.Popen(
        ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "-s", lua, args.base, "--", "0", str(args.run)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

    prefix = f"p{args.run}-"
    seen = {}
    lags = []
    pages = 0
    changes_read = 0
    started = time.time()
    writers_done_at = None
    caught_up_at = None
    while True:
        status, page = client.get(f"{CHANGES}?since={urllib.parse.quote(token)}&limit={args.limit}")
        if status != 200:
            sys.exit(f"GET {CHANGES} answered {status}: {page}")
        read_at = time.time()
        pages += 1
        for change in page["data"]:
            changes_read += 1
            lags.append((read_at - parse_instant(change["changed_at"])) * 1000)
            if change["resource"] == "certification-status" and change["id"].startswith(prefix):
                seen[change["id"]] = seen.get(change["id"], 0) + 1
        token = page["next_token"]
        if writers_done_at is None and writers.poll() is not None:
            writers_done_at = time.time()
        if writers_done_at is not None and not page["has_more"] and not page["data"]:
            caught_up_at = time.time()
            break
        if not page["has_more"]:
            time.sleep(0.01)  # at the head of the feed: poll, as a consumer would

    output = writers.stdout.read()
    requests = int(re.search(r"(\d+) requests in", output).group(1))
    failed = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses: (\d+)", output)) else 0
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    acknowledged = requests - failed
    elapsed = caught_up_at - started

    print(f"== change feed: one consumer (limit={args.limit}) following writers "
          f"(POST status, {args.connections} connections, {args.seconds} s)")
    print(f"writes acknowledged   {acknowledged} ({rate:.0f} req/s while the consumer read; {failed} refused)")
    print(f"changes read          {changes_read} in {pages} pages, {changes_read / elapsed:.0f} changes/s")
    print(f"creates in the feed   {len(seen)} of {acknowledged} acknowledged"
          f"{'' if len(seen) >= acknowledged else '  <-- MISSING'}")
    print(f"caught up             {(caught_up_at - writers_done_at) * 1000:.0f} ms after the writers stopped")
    if lags:
        print(f"lag (changed_at → read) p50 {statistics.median(lags):.1f} ms, p99 {percentile(lags, 0.99):.1f} ms, "
              f"max {max(lags):.1f} ms")
    if len(seen) < acknowledged:
        sys.exit(1)


if __name__ == "__main__":
    main()
