#!/usr/bin/env python3
"""Measures konbini-lint on a large NDJSON file of Stripe payloads: throughput and peak memory.

    python3 Benchmarks/lint_throughput.py [--megabytes 100] [--runs 3]

Builds konbini-lint in release mode, writes the file to a temporary directory (a tenth of
the records break a rule), runs the linter on it `--runs` times and prints the median wall
time, the throughput and the largest peak resident memory of the runs.
"""
import argparse
import json
import os
import statistics
import subprocess
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
    arguments = parser.parse_args()

    subprocess.run(["swift", "build", "-c", "release", "--product", "konbini-lint"], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    binary = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=ROOT, check=True,
                            capture_output=True, text=True).stdout.strip() + "/konbini-lint"

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
        times = []
        peak_kib = 0
        for _ in range(arguments.runs):
            start = time.perf_counter()
            process = subprocess.Popen([binary, "--now", "2026-11-22T12:00:00Z", "--format", "json", path],
                                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # wait4 gives this run's own peak memory, not that of the build before it.
            _, status, usage = os.wait4(process.pid, 0)
            times.append(time.perf_counter() - start)
            if os.waitstatus_to_exitcode(status) != 1:
                raise SystemExit("konbini-lint exited with %d, expected 1" % os.waitstatus_to_exitcode(status))
            peak_kib = max(peak_kib, usage.ru_maxrss)
        median = statistics.median(times)
        print("records: %d, size: %.1f MB" % (index, size / 1e6))
        print("median wall time: %.2f s over %d runs" % (median, arguments.runs))
        print("throughput: %.0f MB/s" % (size / 1e6 / median))
        print("peak resident memory: %.1f MB" % (peak_kib / 1024))


if __name__ == "__main__":
    main()
