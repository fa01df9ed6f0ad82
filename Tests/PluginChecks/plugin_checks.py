#!/usr/bin/env python3
"""What a package that uses KonbiniRules' plugins sees, checked on a package made for it in a
temporary folder (CI runs this; it takes a few minutes, most of them building the package):

1. A rules file added to a target that already builds is picked up by a plain `swift build`.
2. A target that applies the build-tool plugin without a rules file fails to build, with the
   plugin's message saying where rules files go.
3. `swift package generate-konbini-rules --target NAME` writes Swift that compiles on its own
   in a target that does not apply the build-tool plugin.

    python3 Tests/PluginChecks/plugin_checks.py
"""
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
SHOP_RULES = ROOT / "Examples/ShopCheckout/Sources/ShopCheckout/shop-konbini.rules.yaml"

PACKAGE = """// swift-tools-version: 6.1
import PackageDescription

let runtime: [Target.Dependency] = [
    .product(name: "KonbiniRules", package: "KonbiniRules"),
    .product(name: "KonbiniPayload", package: "KonbiniRules"),
    .product(name: "JapaneseText", package: "KonbiniRules"),
]

let package = Package(
    name: "PluginChecks",
    platforms: [.macOS(.v15)],
    dependencies: [.package(name: "KonbiniRules", path: "%s")],
    targets: [
        .target(name: "Shop", dependencies: runtime, plugins: [.plugin(name: "KonbiniRulesPlugin", package: "KonbiniRules")]),
        .target(name: "CheckedIn", dependencies: runtime, exclude: ["shop-konbini.rules.yaml"]),
        %s
    ]
)
"""
NO_RULES_TARGET = '.target(name: "NoRules", dependencies: runtime, plugins: [.plugin(name: "KonbiniRulesPlugin", package: "KonbiniRules")]),'

USES_ORDER = """// Compiles only if the generated request type is there.
func isAcceptable(_ order: ShopKonbiniOrder, now: Timestamp) -> Bool {
    order.validate(now: now).isEmpty
}
"""


def swift(package, *arguments, expect_success=True):
    result = subprocess.run(["swift", *arguments], cwd=package, capture_output=True, text=True)
    output = result.stdout + result.stderr
    if expect_success and result.returncode != 0:
        print(output[-6000:])
        raise SystemExit("FAIL: swift %s exited with %d" % (" ".join(arguments), result.returncode))
    return result.returncode, output


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def main():
    failures = []
    with tempfile.TemporaryDirectory() as directory:
        package = pathlib.Path(directory) / "PluginChecks"
        write(package / "Package.swift", PACKAGE % (ROOT, ""))
        sources = package / "Sources"
        for target in ["Shop", "CheckedIn"]:
            (sources / target).mkdir(parents=True, exist_ok=True)
            shutil.copy(SHOP_RULES, sources / target / "shop-konbini.rules.yaml")
            write(sources / target / "Order.swift", "import KonbiniRules\n\n" + USES_ORDER)

        # 3. The command plugin, for a target without the build-tool plugin.
        swift(package, "package", "--allow-writing-to-package-directory", "generate-konbini-rules", "--target", "CheckedIn")
        generated = sorted(path.name for path in (sources / "CheckedIn/GeneratedSources").iterdir())
        if generated != ["ProviderRequests.swift", "shop-konbini.rules.swift"]:
            failures.append("generate-konbini-rules wrote %s" % generated)
        swift(package, "build", "--target", "CheckedIn")
        print("ok: generate-konbini-rules wrote %s, which build on their own" % ", ".join(generated))

        # 1. A rules file added to a target that builds.
        swift(package, "build", "--target", "Shop")
        gift = SHOP_RULES.read_text(encoding="utf-8").replace("request: ShopKonbiniOrder", "request: ShopGiftOrder")
        write(sources / "Shop/gift.rules.yaml", gift)
        status, output = swift(package, "build", "--target", "Shop", expect_success=False)
        if status != 0 or "Compiling rules gift.rules.yaml" not in output:
            failures.append("the added rules file was not compiled by a plain swift build:\n" + output[-3000:])
        else:
            # Its type is there: code that uses it compiles.
            write(sources / "Shop/Gift.swift", "import KonbiniRules\n\n" + USES_ORDER.replace("ShopKonbiniOrder", "ShopGiftOrder").replace("isAcceptable", "isAcceptableGift"))
            swift(package, "build", "--target", "Shop")
            print("ok: a rules file added to a built target is compiled by the next swift build, and its type used")

        # 2. The build-tool plugin on a target without rules files.
        write(package / "Package.swift", PACKAGE % (ROOT, NO_RULES_TARGET))
        write(sources / "NoRules/Empty.swift", "// A target that forgot its rules files.\n")
        status, output = swift(package, "build", "--target", "NoRules", expect_success=False)
        expected = "target 'NoRules' applies KonbiniRulesPlugin but holds no *.rules.yaml file; put the rules files in"
        if status == 0 or expected not in output:
            failures.append("a target without rules files built, or without the plugin's message:\n" + output[-3000:])
        else:
            print("ok: a target without rules files fails with: " + next(line for line in output.splitlines() if expected in line).strip())

    for failure in failures:
        print("FAIL: " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
