#!/usr/bin/env python3
"""The exported JSON Schemas judge payloads as the generated Swift does.

For every rules file in Rules/, the schema `konbini-rulegen --emit json-schema` writes is
checked against `konbini-lint` (the generated request types) over the provider's
conformance corpus and random mutations of it, record by record, rule by rule:

- a rule the schema asserts and does not list under `x-konbini-unchecked` is broken in the
  schema's judgement (Python's `jsonschema`, draft 2020-12) exactly when konbini-lint
  reports it;
- a rule asserted and also listed (checked in part, such as a date-time's type) is never
  broken for the schema unless konbini-lint reports it too;
- a length rule, which the schema counts in code points and the rules in characters, is
  compared where the field breaks no other rule: the schema states a length only for a
  field whose other checks keep it to characters of one code point each.

A validation error belongs to the nearest `x-rule` on its schema path. Mutations put
boundary values taken from the schema (bounds, lengths, enum values), values of other
types, `null`, texts of several scripts and unknown members at every place of a payload, or
remove the place. They leave alone the members konbini-lint recognises a call by (Omise's
source `type`, GMO's registration `shopID`), and never write a fraction or an integer
beyond 64 bits: JSON Schema compares numbers as values, so 1.0 is an integer to it, and the
rules take neither (the schema's documentation says so).

Usage: schema_differential.py [--mutations N] [--seed S] [--bin .build/debug]
Exits 1 on any disagreement, printing each with its payload.
"""

import argparse
import collections
import copy
import datetime
import json
import pathlib
import random
import subprocess
import sys
import tempfile

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPORA = ROOT / "Tests/KonbiniProvidersTests/Conformance"

# The konbini-lint provider of each rules file, and the members that tell its calls apart.
PROVIDERS = {
    "adyen": ("adyen", []),
    "gmo-entry": ("gmo", ["/shopID"]),
    "gmo-exec": ("gmo", []),
    "komoju": ("komoju", []),
    "nomupay": ("nomupay", []),
    "omise-charge": ("omise", []),
    "omise-source": ("omise", ["/type"]),
    "ppro": ("ppro", []),
    "stripe": ("stripe", []),
    "worldline": ("worldline", []),
    "worldpay": ("worldpay", []),
}

TEXTS = [
    "", " ", "0", "00", "000", "abc", "ABC", "a b", "a\n", "\n", "-", "a-b", "1.5",
    "ヤマダ タロウ", "ヤマダ　タロウ", "やまだ", "ﾔﾏﾀﾞ", "ｶﾞ", "山田太郎", "髙島屋", "😀", "é", "e\u0301",
    "０９０１２３４５６７８", "09012345678", "090-1234-5678", "090--1234-5678", "+81 90 1234 5678",
    "+819012345678", "+31 20 779 1846", "taro@example.com", "taro@example", "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ",
    "https://example.com/return", "HTTPS://EXAMPLE.COM", "http://example.com:8080/a?b#c", "ftp://example.com", "https://example.com:99999",
    "2026-11-25T12:00:00+09:00", "2026-11-25", "auto", "konbini", "jpy", "JPY", "4242424242424242",
]
NUMBERS = [0, 1, -1, 99, 100, 119, 120, 150, 1000, 49999, 50000, 299999, 300000, 300001, 10 ** 12]
OTHERS = [None, True, False, [], {}, ["konbini"], [1], {"a": 1}]


def resolve_now(value, now):
    if isinstance(value, dict) and set(value) == {"$now+"}:
        return int(now.timestamp()) + value["$now+"]
    return value


def tokens(pointer):
    return [t.replace("~1", "/").replace("~0", "~") for t in pointer.split("/")[1:]] if pointer else []


def set_at(value, path, new):
    if not path:
        return new
    if not isinstance(value, dict):
        return value
    value[path[0]] = set_at(value.get(path[0], {}), path[1:], new)
    return value


def remove_at(value, path):
    if not path or not isinstance(value, dict):
        return
    if len(path) == 1:
        value.pop(path[0], None)
    elif path[0] in value:
        remove_at(value[path[0]], path[1:])


def corpus_payloads(corpus, now):
    for case in corpus["cases"]:
        value = copy.deepcopy(case.get("payload", corpus["base"]))
        for pointer, new in sorted(case.get("set", {}).items()):
            value = set_at(value, tokens(pointer), resolve_now(copy.deepcopy(new), now))
        for pointer in case.get("remove", []):
            remove_at(value, tokens(pointer))
        yield value


def places(value, pointer=""):
    """Every JSON Pointer of an object member or array item in `value`."""
    if isinstance(value, dict):
        for name, member in value.items():
            child = pointer + "/" + name.replace("~", "~0").replace("/", "~1")
            yield child
            yield from places(member, child)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from places(item, f"{pointer}/{index}")


def schema_values(schema):
    """Values the schema names: its bounds and either side of them, texts at and past its
    lengths, enum and const values."""
    numbers, texts = set(), set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
            continue
        if not isinstance(node, dict):
            continue
        for key, value in node.items():
            if key in ("minimum", "maximum"):
                numbers.update({value - 1, value, value + 1})
            elif key in ("minLength", "maxLength"):
                for count in {value - 1, value, value + 1} - {-1}:
                    texts.update({"ア" * count, "a" * count})
            elif key == "enum":
                texts.update(v for v in value if isinstance(v, str))
            elif key == "const" and isinstance(value, str):
                texts.add(value)
            elif isinstance(value, (dict, list)):
                stack.append(value)
    return sorted(numbers), sorted(texts)


def mutate(payload, rng, numbers, texts, kept):
    value = copy.deepcopy(payload)
    for _ in range(rng.randint(1, 3)):
        candidates = [p for p in places(value) if p not in kept] or [""]
        pointer = rng.choice(candidates)
        path = tokens(pointer)
        kind = rng.random()
        if kind < 0.15 and path:
            parent = get_at(value, path[:-1])
            if isinstance(parent, dict):
                parent.pop(path[-1], None)
                continue
        if kind < 0.25 and path:
            parent = get_at(value, path[:-1])
            if isinstance(parent, dict):
                parent["x_unknown"] = rng.choice(TEXTS)
                continue
        new = rng.choice(
            [rng.choice(TEXTS)] * 4 + [rng.choice(texts or TEXTS)] * 4 + [rng.choice(NUMBERS)] * 2
            + [rng.choice(numbers or NUMBERS)] * 3 + [rng.choice(OTHERS)] * 2
        )
        if path:
            parent = get_at(value, path[:-1])
            if isinstance(parent, dict):
                parent[path[-1]] = copy.deepcopy(new)
            elif isinstance(parent, list):
                parent[int(path[-1])] = copy.deepcopy(new)
        elif rng.random() < 0.05:
            value = copy.deepcopy(new)
    return value


def plain_numbers(value):
    """Whether every number in `value` is an integer within 64 bits, as JSON text writes it."""
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return True
    if isinstance(value, int):
        return -2 ** 63 <= value < 2 ** 63
    if isinstance(value, float):
        return False
    items = value.values() if isinstance(value, dict) else value
    return all(plain_numbers(item) for item in items)


def has(value, path):
    for token in path:
        if not isinstance(value, dict) or token not in value:
            return False
        value = value[token]
    return True


def get_at(value, path):
    for token in path:
        value = value[int(token)] if isinstance(value, list) else value[token]
    return value


def schema_rules(schema):
    """Every asserted rule id with its check, and the ids listed as unchecked."""
    asserted = {}
    stack = [schema]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, dict):
            if "x-rule" in node:
                asserted[node["x-rule"]] = node["x-check"]
            stack.extend(v for k, v in node.items() if isinstance(v, (dict, list)))
    return asserted, {entry["rule"] for entry in schema["x-konbini-unchecked"]}


def schema_violations(validator, schema, payload):
    """The (rule, pointer) pairs the schema's errors belong to."""
    found = set()
    for error in validator.iter_errors(payload):
        node, rule = schema, None
        for key in error.absolute_schema_path:
            if isinstance(node, dict) and "x-rule" in node:
                rule = node["x-rule"]
            if isinstance(node, (dict, list)):
                try:
                    node = node[key]
                except (KeyError, IndexError, TypeError):
                    break
            else:
                break
        if isinstance(node, dict) and "x-rule" in node:
            rule = node["x-rule"]
        pointer = "".join("/" + str(t).replace("~", "~0").replace("/", "~1") for t in error.absolute_path)
        found.add((rule, pointer))
    return found


def lint(binary, provider, now, records):
    with tempfile.NamedTemporaryFile("w", suffix=".ndjson", delete=False, encoding="utf-8") as file:
        for record in records:
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
        path = file.name
    run = subprocess.run(
        [str(binary), "--provider", provider, "--format", "json", "--now", now, path],
        capture_output=True, text=True,
    )
    pathlib.Path(path).unlink()
    if run.returncode not in (0, 1):
        sys.exit(f"konbini-lint exited with {run.returncode}: {run.stderr}")
    found = [set() for _ in records]
    for diagnostic in json.loads(run.stdout)["diagnostics"]:
        found[diagnostic["line"] - 1].add((diagnostic["rule"], diagnostic["path"]))
    return found


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mutations", type=int, default=300, help="random payloads per rules file")
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--bin", default=str(ROOT / ".build/debug"))
    options = parser.parse_args()
    binaries = pathlib.Path(options.bin)
    disagreements, compared, skipped, left_out = [], 0, 0, 0
    both_report = collections.Counter()
    with tempfile.TemporaryDirectory() as scratch:
        for name, (provider, kept) in PROVIDERS.items():
            schema_path = pathlib.Path(scratch) / f"{name}.schema.json"
            subprocess.run(
                [str(binaries / "konbini-rulegen"), "--emit", "json-schema", str(ROOT / f"Rules/{name}.rules.yaml"), str(schema_path)],
                check=True,
            )
            schema = json.loads(schema_path.read_text(encoding="utf-8"))
            jsonschema.Draft202012Validator.check_schema(schema)
            validator = jsonschema.Draft202012Validator(schema)
            asserted, listed = schema_rules(schema)
            corpus = json.loads((CORPORA / f"{name}.json").read_text(encoding="utf-8"))
            now = datetime.datetime.fromisoformat(corpus["now"].replace("Z", "+00:00"))
            seeds = list(corpus_payloads(corpus, now))
            rng = random.Random(f"{options.seed}-{name}")
            numbers, texts = schema_values(schema)
            records = seeds + [mutate(rng.choice(seeds), rng, numbers, texts, kept) for _ in range(options.mutations)]
            # A payload without its call's marker is linted as the provider's other call; a
            # number that is not a 64-bit integer's lexeme is a documented difference.
            left_out += sum(1 for r in records if not plain_numbers(r))
            records = [r for r in records if plain_numbers(r) and all(isinstance(r, dict) and has(r, tokens(p)) for p in kept)]
            swift = lint(binaries / "konbini-lint", provider, corpus["now"], records)
            for record, swift_found in zip(records, swift):
                schema_found = schema_violations(validator, schema, record)
                swift_rules = {rule for rule, _ in swift_found}
                schema_rules_found = {rule for rule, _ in schema_found}
                for rule, check in asserted.items():
                    in_swift, in_schema = rule in swift_rules, rule in schema_rules_found
                    if check == "length" and in_swift != in_schema:
                        pointers = {p for r, p in swift_found | schema_found if r == rule}
                        if any(r != rule and p in pointers for r, p in swift_found):
                            skipped += 1
                            continue
                    compared += 1
                    if rule in listed:
                        agrees = in_swift or not in_schema
                    else:
                        agrees = in_swift == in_schema
                    if in_swift and in_schema:
                        both_report[check] += 1
                    if not agrees:
                        disagreements.append((name, rule, in_swift, in_schema, record))
            print(f"{name}: {len(records)} payloads ({len(seeds)} from the corpus), {len(asserted)} rules asserted, {len(listed)} listed as unchecked")
    print(f"{left_out} payloads left out for a fraction, an exponent or an integer beyond 64 bits")
    print(f"{compared} rule judgements compared, {skipped} length judgements skipped (another rule of the field broken), {len(disagreements)} disagreements")
    print("rules broken in both judgements, by check: " + ", ".join(f"{check} {count}" for check, count in sorted(both_report.items())))
    for name, rule, in_swift, in_schema, record in disagreements[:40]:
        print(f"  {name} {rule}: konbini-lint {'reports' if in_swift else 'does not report'} it, the schema "
              f"{'does' if in_schema else 'does not'}: {json.dumps(record, ensure_ascii=False)}")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
