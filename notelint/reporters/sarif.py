"""``--format sarif``: SARIF 2.1.0, for code-scanning dashboards.

Every installed rule is listed in ``tool.driver.rules`` with its code, name,
summary, documentation and default level. Columns count Unicode code points
(``columnKind: unicodeCodePoints``), as in every notelint format. A finding
with a ``replacement`` carries it as a SARIF ``fix``.
"""

from __future__ import annotations

import json

from .. import __version__

_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def document(results, ctx) -> dict:
    from ..registry import all_rules

    rules = list(all_rules().values())
    rules += [rule for rule in ctx.extra_rules if rule.code not in {r.code for r in rules}]
    index = {rule.code: i for i, rule in enumerate(rules)}
    sarif_results = []
    for result in results:
        uri = ctx.display_path(result.path).replace("\\", "/")
        for f in result.findings:
            region = {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line, "endColumn": f.end_column}
            entry = {
                "ruleId": f.code,
                "level": _LEVEL[f.severity.value],
                "message": {"text": f.message + (f" Suggestion: {f.suggestion}" if f.suggestion else "")},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}, "region": region}}],
            }
            if f.code in index:
                entry["ruleIndex"] = index[f.code]
            if f.replacement is not None:
                entry["fixes"] = [{
                    "description": {"text": f.suggestion or f"Replace with {f.replacement!r}"},
                    "artifactChanges": [{
                        "artifactLocation": {"uri": uri},
                        "replacements": [{"deletedRegion": region, "insertedContent": {"text": f.replacement}}],
                    }],
                }]
            sarif_results.append(entry)
    invocation_notes = [
        {"level": "error", "message": {"text": f"{r.path}: {r.error}"}} for r in results if r.error
    ]
    run = {
        "tool": {
            "driver": {
                "name": "notelint",
                "version": __version__,
                "informationUri": "https://pypi.org/project/notelint/",
                "rules": [
                    {
                        "id": rule.code,
                        "name": rule.name,
                        "shortDescription": {"text": rule.summary},
                        "fullDescription": {"text": rule.doc or rule.summary},
                        "help": {"text": rule.doc or rule.summary},
                        "defaultConfiguration": {"level": _LEVEL[rule.severity.value]},
                        "properties": {"languages": sorted(rule.languages)},
                    }
                    for rule in rules
                ],
            }
        },
        "columnKind": "unicodeCodePoints",
        "invocations": [{
            "executionSuccessful": not invocation_notes,
            "toolExecutionNotifications": invocation_notes,
        }],
        "results": sarif_results,
    }
    return {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}


def report(results, out, ctx) -> None:
    """Indented as ``json.dump(indent=2)`` would, except that each result is one line: json writes
    indented text with its Python encoder, which took 0.15 s over 4,000 findings (more than the rest
    of a re-run from the cache), and its C encoder writes a line in a tenth of that."""
    doc = document(results, ctx)
    (run,) = doc["runs"]
    line = json.JSONEncoder(ensure_ascii=False).encode
    out.write(f'{{\n  "$schema": {line(doc["$schema"])},\n  "version": {line(doc["version"])},\n  "runs": [\n    {{\n')
    for key, value in run.items():
        if key != "results":  # the tool and its rules, the invocation: a few hundred lines, indented
            nested = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n      ")  # no string holds one
            out.write(f"      {line(key)}: {nested},\n")
    out.write('      "results": [')
    for index, entry in enumerate(run["results"]):
        out.write(f"{',' if index else ''}\n        {line(entry)}")
    out.write("\n      ]\n" if run["results"] else "]\n")
    out.write("    }\n  ]\n}\n")
