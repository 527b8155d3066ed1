#!/usr/bin/env python3
"""Validates SARIF logs against the SARIF 2.1.0 JSON schema, then checks what
GitHub code scanning relies on beyond the schema.

    validate_sarif.py SCHEMA.json LOG.sarif...

Uses Debian's python3-jsonschema (tools/setup.sh installs it). Prints each
problem as "LOG: where: what" and exits 1 when there is any, 0 otherwise.
"""
import json
import sys


def github_problems(log):
    """What GitHub code scanning needs that the schema leaves optional."""
    problems = []
    for r, run in enumerate(log.get("runs", [])):
        where = f"runs[{r}]"
        if not run.get("automationDetails", {}).get("id"):
            problems.append(f"{where}: no automationDetails.id")
        invocations = run.get("invocations", [])
        if not invocations or "workingDirectory" not in invocations[0]:
            problems.append(f"{where}: no invocations[0].workingDirectory")
        bases = run.get("originalUriBaseIds", {})
        for k, rule in enumerate(run["tool"]["driver"].get("rules", [])):
            for field in ("shortDescription", "fullDescription"):
                if not rule.get(field, {}).get("text"):
                    problems.append(f"{where}.rules[{k}]: no {field}.text")
            help_ = rule.get("help", {})
            if not help_.get("text") or not help_.get("markdown"):
                problems.append(f"{where}.rules[{k}]: no help text and markdown")
        results = run.get("results", [])
        if len(results) > 25000:
            problems.append(f"{where}: {len(results)} results, GitHub takes 25,000")
        for k, result in enumerate(results):
            at = f"{where}.results[{k}]"
            if not result.get("partialFingerprints", {}).get(
                    "primaryLocationLineHash"):
                problems.append(f"{at}: no primaryLocationLineHash")
            related = {loc.get("id") for loc in result.get("relatedLocations", [])}
            text = result["message"]["text"]
            for id_ in related:
                if f"]({id_})" not in text:
                    problems.append(f"{at}: related location {id_} not linked")
            for loc in result.get("locations", []) + result.get(
                    "relatedLocations", []):
                physical = loc.get("physicalLocation", {})
                artifact = physical.get("artifactLocation", {})
                base = artifact.get("uriBaseId")
                uri = artifact.get("uri", "")
                if base is None and not uri.startswith("file://"):
                    problems.append(f"{at}: relative uri {uri!r} without a base")
                if base is not None and base not in bases:
                    problems.append(f"{at}: uriBaseId {base!r} not defined")
                region = physical.get("region", {})
                for field in ("startLine", "startColumn", "endLine"):
                    if field not in region:
                        problems.append(f"{at}: region without {field}")
    return problems


def main(argv):
    try:
        import jsonschema
    except ImportError:
        print("validate_sarif: the jsonschema module is missing "
              "(Debian: python3-jsonschema; tools/setup.sh installs it)")
        return 1
    if len(argv) < 3:
        print(__doc__)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        validator = jsonschema.Draft7Validator(json.load(f))
    failed = False
    for path in argv[2:]:
        with open(path, encoding="utf-8") as f:
            log = json.load(f)
        problems = [
            f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message}"
            for e in validator.iter_errors(log)
        ] + github_problems(log)
        for problem in problems:
            print(f"{path}: {problem}")
        results = sum(len(run.get("results", [])) for run in log.get("runs", []))
        print(f"{path}: {results} results, {len(problems)} problems")
        failed |= bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
