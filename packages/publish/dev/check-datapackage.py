#!/usr/bin/env python3
"""Dev-only: validates published datapackage.json files against the official Frictionless v2 profile.

Run by hand (not by the tests, which must not read ../shared):
    python3 packages/publish/dev/check-datapackage.py datasets/*/*/datapackage.json
The profile defaults to ../shared/spec/frictionless-v2/datapackage.json beside the repository; --profile overrides it.
Needs the `jsonschema` Python package.
"""
import argparse
import json
import pathlib
import sys

import jsonschema

repo = pathlib.Path(__file__).resolve().parents[3]
parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument('descriptors', nargs='+', type=pathlib.Path)
parser.add_argument('--profile', type=pathlib.Path, default=repo.parent / 'shared/spec/frictionless-v2/datapackage.json')
args = parser.parse_args()

profile = json.loads(args.profile.read_text())
validator = jsonschema.validators.validator_for(profile)(profile, format_checker=jsonschema.FormatChecker())
failed = 0
for path in args.descriptors:
    errors = sorted(validator.iter_errors(json.loads(path.read_text())), key=lambda e: list(e.absolute_path))
    for error in errors:
        print(f"{path}: {'/'.join(map(str, error.absolute_path)) or '(root)'}: {error.message[:200]}")
    print(f"{path}: {'valid' if not errors else f'{len(errors)} errors'}")
    failed += bool(errors)
sys.exit(1 if failed else 0)
