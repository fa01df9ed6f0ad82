#!/usr/bin/env python3
"""The peer lint_throughput.py measures konbini-lint against: the same NDJSON file checked
by jsonschema-rs (PyPI `jsonschema-rs`) under the JSON Schema the rules export, each line
parsed with orjson, every error of every record collected.

    python3 Benchmarks/jsonschema_rs_peer.py Schemas/stripe.schema.json payments.ndjson

Prints the number of records and of errors; exits 1 when it found an error, as konbini-lint
does.
"""
import sys

import jsonschema_rs
import orjson


def main():
    schema_path, path = sys.argv[1], sys.argv[2]
    with open(schema_path, "rb") as file:
        validator = jsonschema_rs.Draft202012Validator(orjson.loads(file.read()))
    records = errors = 0
    with open(path, "rb") as file:
        for line in file:
            records += 1
            errors += sum(1 for _ in validator.iter_errors(orjson.loads(line)))
    print("%d records, %d errors" % (records, errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
