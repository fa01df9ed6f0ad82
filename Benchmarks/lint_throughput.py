#!/usr/bin/env python3
"""Measures konbini-lint on a large NDJSON file of Stripe payloads: throughput and peak memory.

    python3 Benchmarks/lint_throughput.py [--megabytes 100] [--runs 3]

Builds konbini-lint in release mode, writes the file to a temporary directory (a tenth of
the records break a rule), runs the linter on it `--runs` times with one worker (`--jobs 1`)
and with two (`--jobs 2`), alternating, and prints for each the median wall time, CPU time
and throughput, the largest peak resident memory of the runs, and the ratio of the two
workers' median wall time to one worker's.

    python3 Benchmarks/lint_throughput.py --baseline path/to/older/konbini-lint

also runs another build of konbini-lint, alternating with this one, and prints its figures
and the ratio of the medians: on a shared machine, whose speed drifts, only builds measured
in one run compare.

Then it lints a folder of 5,000 small JSON files, one payload each, with one worker and with
two, alternating, and prints their median wall times and ratio: small files are linted
several at once, as chunks of a large file are.

A peer runs in the same rounds: jsonschema_rs_peer.py checks the file with jsonschema-rs
under the JSON Schema the Stripe rules export (`Schemas/stripe.schema.json`), parsing each
line with orjson and collecting every error; the script prints the ratio of konbini-lint's
CPU time with one worker to the peer's. Without `jsonschema-rs` and `orjson` installed
(`pip install -r Benchmarks/requirements.txt`) the peer is left out, and the script says so.
"""
import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def payload(index):
    record = {
        "amount": 1000 + index % 5000,
        "currency": "jpy",
        "payment_method_types": ["konbini"],
        "payment_method_options": {"konbini": {
            "expires_after_days": 3,
            "product_description": "お買い上げ商品・サービス",
            "confirmation_number": "090%08d" % (index % 100000000),
        }},
        "payment_method_data": {"type": "konbini", "billing_details": {
            "name": "ヤマダ タロウ", "email": "customer%d@example.com" % index}},
    }
    if index % 10 == 0:
        record["amount"] = 100
    return json.dumps(record, ensure_ascii=False)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--megabytes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", help="another konbini-lint to run alternately with this build")
    arguments = parser.parse_args()

    subprocess.run(["swift", "build", "-c", "release", "--product", "konbini-lint"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/konbini-lint"

    if arguments.baseline and os.path.realpath(arguments.baseline) == os.path.realpath(binary):
        raise SystemExit("the baseline is this build")

    with tempfile.TemporaryDirectory() as directory:
        path = os.path.join(directory, "payments.ndjson")
        size = 0
        with open(path, "w", encoding="utf-8") as file:
            index = 0
            while size < arguments.megabytes * 1_000_000:
                line = payload(index) + "\n"
                file.write(line)
                size += len(line.encode("utf-8"))
                index += 1
        # (label, command): this build with one worker and with two, the baseline as it runs,
        # and the peer.
        lint = ["--now", "2026-11-22T12:00:00Z", "--format", "json", path]
        variants = [("one worker", [binary, "--jobs", "1"] + lint), ("two workers", [binary, "--jobs", "2"] + lint)]
        if arguments.baseline:
            variants.append(("baseline %s" % arguments.baseline, [arguments.baseline, "--jobs", "1"] + lint))
        has_peer = all(importlib.util.find_spec(name) for name in ("jsonschema_rs", "orjson"))
        if has_peer:
            peer = os.path.join(ROOT, "Benchmarks", "jsonschema_rs_peer.py")
            variants.append(("jsonschema-rs + orjson", [sys.executable, peer, os.path.join(ROOT, "Schemas", "stripe.schema.json"), path]))
        else:
            print("the peer is left out: jsonschema-rs and orjson are not installed")
        times = {label: [] for label, _ in variants}
        cpu = {label: [] for label, _ in variants}
        peak_kib = {label: 0 for label, _ in variants}
        for _ in range(arguments.runs):
            for label, command in variants:
                seconds, cpu_seconds, kib = run(command)
                times[label].append(seconds)
                cpu[label].append(cpu_seconds)
                peak_kib[label] = max(peak_kib[label], kib)
        print("records: %d, size: %.1f MB" % (index, size / 1e6))
        for label, _ in variants:
            median = statistics.median(times[label])
            print("%s: median wall time %.2f s, CPU time %.2f s, %.0f MB/s over %d runs; peak resident memory %.1f MB"
                  % (label, median, statistics.median(cpu[label]), size / 1e6 / median, arguments.runs, peak_kib[label] / 1024))
        print("two workers / one worker (wall time): %.2f" % (statistics.median(times["two workers"]) / statistics.median(times["one worker"])))
        if arguments.baseline:
            print("this build (one worker) / baseline: %.2f"
                  % (statistics.median(times["one worker"]) / statistics.median(times[variants[2][0]])))
        if has_peer:
            print("one worker / jsonschema-rs + orjson (CPU time): %.2f"
                  % (statistics.median(cpu["one worker"]) / statistics.median(cpu["jsonschema-rs + orjson"])))

        folder = os.path.join(directory, "files")
        os.mkdir(folder)
        for index in range(5000):
            with open(os.path.join(folder, "%04d.json" % index), "w", encoding="utf-8") as file:
                file.write(payload(index))
        lint = ["--now", "2026-11-22T12:00:00Z", "--format", "json", folder]
        folder_times = {1: [], 2: []}
        for _ in range(arguments.runs):
            for jobs in folder_times:
                folder_times[jobs].append(run([binary, "--jobs", str(jobs)] + lint)[0])
        one, two = statistics.median(folder_times[1]), statistics.median(folder_times[2])
        print("5,000 files: one worker %.2f s, two workers %.2f s (medians of %d runs): %.2f" % (one, two, arguments.runs, two / one))


def run(command):
    """One run of `command`: its wall time, CPU time and own peak memory in KiB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # wait4 gives this run's own peak memory and CPU time, not those of the build before it.
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 1:
        raise SystemExit("%s exited with %d, expected 1" % (command[0], os.waitstatus_to_exitcode(status)))
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


if __name__ == "__main__":
    main()
