"""``--format junit``: JUnit XML, for CI systems that show test reports.

One ``<testsuite>`` per note file; one ``<testcase>`` per finding (a
``<failure>`` for errors and warnings, ``<skipped>``-free passing case for
info, with the message in ``system-out``), and one passing testcase for a
clean note. Unreadable files are ``<error>`` cases.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

#: what XML 1.0 cannot carry: control characters other than tab and line breaks, lone surrogates
_NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")


def _clean(text: str) -> str:
    return _NOT_XML.sub("", text)


def report(results, out, ctx) -> None:
    suites = ET.Element("testsuites", name="notelint")
    total_tests = total_failures = total_errors = 0
    for result in results:
        path = _clean(ctx.display_path(result.path))
        suite = ET.SubElement(suites, "testsuite", name=path)
        tests = failures = errors = 0
        if result.error:
            case = ET.SubElement(suite, "testcase", name="read", classname=path)
            ET.SubElement(case, "error", message=_clean(result.error))
            tests, errors = 1, 1
        elif not result.findings:
            ET.SubElement(suite, "testcase", name="no problems", classname=path)
            tests = 1
        for f in result.findings:
            tests += 1
            name = f"{f.code} {f.name} at {f.line}:{f.column}"
            case = ET.SubElement(suite, "testcase", name=name, classname=path, file=path, line=str(f.line))
            text = _clean(f"{path}:{f.line}:{f.column}: {f.message}" + (f"\nSuggestion: {f.suggestion}" if f.suggestion else ""))
            if f.severity.value in ("error", "warning"):
                failures += 1
                failure = ET.SubElement(case, "failure", message=_clean(f.message), type=f.severity.value)
                failure.text = text
            else:
                ET.SubElement(case, "system-out").text = text
        suite.set("tests", str(tests))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        total_tests += tests
        total_failures += failures
        total_errors += errors
    suites.set("tests", str(total_tests))
    suites.set("failures", str(total_failures))
    suites.set("errors", str(total_errors))
    ET.indent(suites)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(ET.tostring(suites, encoding="unicode"))
    out.write("\n")
