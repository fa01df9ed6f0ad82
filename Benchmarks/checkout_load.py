#!/usr/bin/env python3
"""Load on the checkout server with wrk, on 127.0.0.1 only.

In one run, against one release build of Examples/CheckoutServer: POST /api/read-only
(reads the body, answers 200), POST /api/read-only/stripe (the same on a route of the API's
shape, answering with as many bytes as an accepted body's answer takes) and POST
/api/konbini/stripe (reads, normalizes, validates, answers the normalized request), each
with the same valid Stripe body, in turn, --rounds times. Prints the requests per second of
each round, the medians, the median ratios of the rounds (checking against reading only, and
against reading and answering as long), and the server's resident memory after a warm-up
and before and after --load-seconds more of load on the checking endpoint.

    python3 Benchmarks/checkout_load.py Examples/CheckoutServer/.build/release/CheckoutServer
"""
import argparse
import os
import re
import socket
import statistics
import subprocess
import tempfile
import time
import urllib.request

BODY = ('{"amount": 1980, "currency": "jpy", "payment_method_types": ["konbini"], '
        '"payment_method_options": {"konbini": {"expires_after_days": 3, "product_description": "お買い上げ商品", '
        '"confirmation_number": "09011112222"}}, "payment_method_data": {"type": "konbini", '
        '"billing_details": {"name": "ヤマダ タロウ", "email": "taro@example.com"}}}')


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+)", status.read()).group(1))


def wrk(url, script, seconds, connections=32):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", script, url]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1)), output


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("server")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--load-seconds", type=int, default=200)
    args = parser.parse_args()

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([args.server, "--host", "127.0.0.1", "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        with tempfile.TemporaryDirectory() as folder:
            script = os.path.join(folder, "post.lua")
            body = BODY.replace("\\", "\\\\").replace('"', '\\"')
            with open(script, "w") as lua:
                    lua.write(f'wrk.method = "POST"\nwrk.body = "{body}"\n'
                          'wrk.headers["Content-Type"] = "application/json"\n')
            base = f"http://127.0.0.1:{port}"
            wrk(base + "/api/konbini/stripe", script, seconds=3)
            wrk(base + "/api/read-only", script, seconds=3)
            wrk(base + "/api/read-only/stripe", script, seconds=3)
            warm = rss_kib(server.pid)
            endpoints = {"read-only": "/api/read-only", "answering": "/api/read-only/stripe", "checking": "/api/konbini/stripe"}
            rates = {name: [] for name in endpoints}
            for round in range(args.rounds):
                # Each round measures every endpoint back to back, in an order turned by one
                # each round, so that the machine's other load weighs on all alike; its
                # ratios compare them.
                names = list(endpoints)[round % 3:] + list(endpoints)[:round % 3]
                for name in names:
                    rates[name].append(wrk(base + endpoints[name], script, seconds=args.seconds)[0])
                print(f"round {round + 1}: read-only {rates['read-only'][-1]:.0f} req/s, answering {rates['answering'][-1]:.0f} req/s, "
                      f"checking {rates['checking'][-1]:.0f} req/s, ratio {rates['checking'][-1] / rates['read-only'][-1]:.3f}")
            medians = {name: statistics.median(values) for name, values in rates.items()}

            def ratio(name, baseline):
                return statistics.median(a / b for a, b in zip(rates[name], rates[baseline]))

            print(f"median: read-only {medians['read-only']:.0f} req/s, answering {medians['answering']:.0f} req/s, "
                  f"checking {medians['checking']:.0f} req/s")
            print(f"checking / read-only, median of the rounds: {ratio('checking', 'read-only'):.3f} "
                  f"(checking costs {100 * (1 - ratio('checking', 'read-only')):.1f} %)")
            print(f"answering / read-only: {ratio('answering', 'read-only'):.3f}; checking / answering: {ratio('checking', 'answering'):.3f} "
                  f"(the answer's length apart, checking costs {100 * (1 - ratio('checking', 'answering')):.1f} %)")
            before = rss_kib(server.pid)
            start = time.time()
            _, output = wrk(base + "/api/konbini/stripe", script, seconds=args.load_seconds)
            total = int(re.search(r"(\d+) requests in", output).group(1))
            after = rss_kib(server.pid)
            print(f"memory: {warm} KiB after warm-up, {before} KiB before and {after} KiB after {total} more checked requests "
                  f"({time.time() - start:.0f} s)")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
