#!/usr/bin/env python3
"""Load and history benchmark for a running lexdraft service (stdlib only, loopback only).

Usage:
  LEXDRAFT_URL=http://127.0.0.1:8080 LEXDRAFT_ADMIN_PASSWORD=... python3 src/load/lexdraft_load.py \
      [--long 10000] [--short 10] [--samples 200] [--threads 8] [--seconds 30]

Start the service for it with a low bcrypt cost (each request signs in with HTTP Basic, and the
point is to measure lexdraft, not bcrypt), on a fresh database, e.g.:
  LEXDRAFT_SECURITY_BCRYPT_COST=4 LEXDRAFT_ADMIN_PASSWORD=bench-admin-pw \
  QUARKUS_DATASOURCE_JDBC_URL='jdbc:h2:file:/tmp/lexdraft-bench/db;WRITE_DELAY=0;LOCK_TIMEOUT=10000' \
  java -jar target/quarkus-app/quarkus-run.jar

Phase 1 (history): builds a draft with --long versions and one with --short versions, both edited
the same way (a rotating set of ten words replaced), then times blame of the head, the diff from
version 1 to the head, and the head itself, on both drafts, and prints the medians and ratios.
Phase 2 (load): --threads clients for --seconds seconds, each looping over read-draft, read-head,
word diff, redline and a new version, and prints throughput and latency percentiles per request.
Every loop is bounded in count and time, and only the given URL (loopback) is contacted.
"""
import argparse
import base64
import http.client
import json
import os
import random
import statistics
import sys
import threading
import time
import urllib.parse

URL = urllib.parse.urlparse(os.environ.get("LEXDRAFT_URL", "http://127.0.0.1:8080"))
if URL.hostname not in ("127.0.0.1", "localhost", "::1"):
    sys.exit("refusing to load a non-loopback address: " + URL.hostname)
ADMIN = ("admin", os.environ.get("LEXDRAFT_ADMIN_PASSWORD", ""))
PASSWORD = "bench-password-1"
BASE_TEXT = ("Cluster munition means a conventional munition that is designed to disperse or release "
             "explosive submunitions each weighing less than 20 kilograms, and includes those explosive "
             "submunitions. It does not mean the following: (a) a munition or submunition designed to "
             "dispense flares, smoke, pyrotechnics or chaff; or a munition designed exclusively for an air "
             "defence role; (b) a munition or submunition designed to produce electrical or electronic "
             "effects; (c) a munition that, in order to avoid indiscriminate area effects and the risks "
             "posed by unexploded submunitions, has all of the following characteristics: each munition "
             "contains fewer than ten explosive submunitions; each explosive submunition weighs more than "
             "four kilograms; each explosive submunition is designed to detect and engage a single target "
             "object; each explosive submunition is equipped with an electronic self-destruction mechanism; "
             "each explosive submunition is equipped with an electronic self-deactivating feature.")
SLOTS = ["conventional", "explosive", "kilograms", "flares", "electronic", "indiscriminate", "unexploded",
         "fewer", "single", "self-destruction"]


class Client:
    """One keep-alive connection with HTTP Basic credentials."""

    def __init__(self, user, password):
        self.user = user
        self.auth = "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()
        self.conn = http.client.HTTPConnection(URL.hostname, URL.port or 80, timeout=30)

    def call(self, method, path, body=None, accept="application/json"):
        headers = {"Authorization": self.auth, "Accept": accept}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        for attempt in range(2):
            try:
                self.conn.request(method, path, body=data, headers=headers)
                response = self.conn.getresponse()
                payload = response.read()
                return response.status, payload
            except (ConnectionError, http.client.HTTPException):
                self.conn.close()
                self.conn = http.client.HTTPConnection(URL.hostname, URL.port or 80, timeout=30)
                if attempt == 1:
                    raise

    def json(self, method, path, body=None, expect=(200, 201)):
        status, payload = self.call(method, path, body)
        if status not in expect:
            raise RuntimeError(f"{method} {path} -> {status}: {payload[:300]!r}")
        return json.loads(payload) if payload else None


def edit(text, n):
    """Version n replaces one of ten words with a numbered variant, so the texts stay alike."""
    slot = SLOTS[n % len(SLOTS)]
    return text.replace(slot, f"{slot}-{n}", 1) if slot in text else text + f" ({n})"


def set_up():
    admin = Client(*ADMIN)
    code = "B" + "".join(random.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    admin.json("POST", "/api/delegations", {"code": code, "name": "Bench " + code, "kind": "state"})
    user = "bench-" + code.lower()
    admin.json("POST", "/api/members", {"username": user, "password": PASSWORD, "displayName": user,
                                       "delegation": code, "role": "drafter"})
    slug = "bench-" + code.lower()
    admin.json("POST", "/api/terms", {"slug": slug, "label": "cluster munition (bench)"})
    return Client(user, PASSWORD), slug


def build_draft(client, slug, versions):
    draft = client.json("POST", f"/api/terms/{slug}/drafts",
                        {"title": f"{versions} versions", "text": BASE_TEXT, "visibility": "tabled"})
    draft_id = draft["id"]
    texts = {1: BASE_TEXT}
    text = BASE_TEXT
    started = time.time()
    for n in range(2, versions + 1):
        text = edit(BASE_TEXT if n % 100 == 0 else text, n)
        texts[n] = text
        client.json("POST", f"/api/drafts/{draft_id}/versions", {"text": text, "baseVersion": n - 1})
        if n % 1000 == 0:
            print(f"  draft {draft_id}: {n} versions ({time.time() - started:.0f} s)", flush=True)
    return draft_id


def timed(client, path, accept="application/json"):
    t0 = time.perf_counter()
    status, _ = client.call("GET", path, accept=accept)
    if status != 200:
        raise RuntimeError(f"GET {path} -> {status}")
    return (time.perf_counter() - t0) * 1000


def compare_ms(client, path_a, path_b, samples):
    """Medians of two requests, warmed up alike and sampled alternately so that neither is favoured."""
    for _ in range(max(20, samples // 4)):
        timed(client, path_a)
        timed(client, path_b)
    a, b = [], []
    for _ in range(samples):
        a.append(timed(client, path_a))
        b.append(timed(client, path_b))
    return statistics.median(a), statistics.median(b)


def history_phase(client, slug, long_n, short_n, samples):
    print(f"Phase 1: drafts with {short_n} and {long_n} versions")
    short_id = build_draft(client, slug, short_n)
    long_id = build_draft(client, slug, long_n)
    rows = []
    for label, tpl in [("blame of the head", "/api/drafts/{d}/versions/{n}/blame"),
                       ("diff 1 -> head (word, JSON)", "/api/diff?from={d}:1&to={d}:{n}"),
                       ("head version", "/api/drafts/{d}/versions/{n}"),
                       ("history, first page", "/api/drafts/{d}/versions?size=50")]:
        short_ms, long_ms = compare_ms(client, tpl.format(d=short_id, n=short_n),
                                       tpl.format(d=long_id, n=long_n), samples)
        rows.append((label, short_ms, long_ms, long_ms / short_ms))
    print(f"{'request':32} {short_n:>8} v  {long_n:>8} v   ratio")
    for label, s, l, r in rows:
        print(f"{label:32} {s:8.2f} ms {l:8.2f} ms  {r:5.2f}x")
    return short_id


def load_phase(slug, threads, seconds):
    print(f"Phase 2: {threads} clients for {seconds} s")
    owner, _ = set_up()
    draft = owner.json("POST", f"/api/terms/{slug}/drafts", {"title": "load", "text": BASE_TEXT, "visibility": "tabled"})
    draft_id = draft["id"]
    lat = {}
    errors = []
    lock = threading.Lock()
    deadline = time.time() + seconds

    def worker(k):
        c = Client(owner.user, PASSWORD)
        i = 0
        while time.time() < deadline and i < 100000:
            i += 1
            for name, method, path, body, accept in [
                    ("GET draft", "GET", f"/api/drafts/{draft_id}", None, "application/json"),
                    ("GET diff json", "GET", f"/api/diff?from={draft_id}:1&to={draft_id}:{max(1, i % 5 + 1)}", None, "application/json"),
                    ("GET redline", "GET", f"/api/diff?from={draft_id}:1&to={draft_id}:1", None, "text/html")]:
                t0 = time.perf_counter()
                status, _ = c.call(method, path, body, accept)
                with lock:
                    lat.setdefault(name, []).append((time.perf_counter() - t0) * 1000)
                    if status >= 400 and not (status == 404 and "diff" in name):
                        errors.append((name, status))
            head = c.json("GET", f"/api/drafts/{draft_id}")["head"]
            text = c.json("GET", f"/api/drafts/{draft_id}/versions/{head}")["text"]
            t0 = time.perf_counter()
            status, _ = c.call("POST", f"/api/drafts/{draft_id}/versions",
                               {"text": edit(text, k * 100000 + i), "baseVersion": head})
            with lock:
                lat.setdefault("POST version", []).append((time.perf_counter() - t0) * 1000)
                if status not in (201, 409):
                    errors.append(("POST version", status))

    pool = [threading.Thread(target=worker, args=(k,)) for k in range(threads)]
    started = time.time()
    for t in pool:
        t.start()
    for t in pool:
        t.join(seconds + 60)
    elapsed = time.time() - started
    total = sum(len(v) for v in lat.values())
    print(f"{total} requests in {elapsed:.1f} s: {total / elapsed:.0f} requests/s; errors: {len(errors)} {errors[:5]}")
    print(f"{'request':16} {'count':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, values in sorted(lat.items()):
        values.sort()
        pick = lambda q: values[min(len(values) - 1, int(q * len(values)))]
        print(f"{name:16} {len(values):7d} {pick(0.50):8.2f} {pick(0.95):8.2f} {pick(0.99):8.2f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--long", type=int, default=10000)
    parser.add_argument("--short", type=int, default=10)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--seconds", type=int, default=30)
    args = parser.parse_args()
    random.seed(7)
    client, slug = set_up()
    history_phase(client, slug, args.long, args.short, args.samples)
    load_phase(slug, args.threads, args.seconds)


if __name__ == "__main__":
    main()
