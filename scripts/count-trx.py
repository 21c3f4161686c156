#!/usr/bin/env python3
"""Sums the passed and failed counts of every TRX report in a folder; prints "PASSED FAILED".

A report without counters (a test host that crashed) counts as one failure, so a crash never
reads as success.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"

def main(folder: str) -> None:
    passed = failed = 0
    for path in glob.glob(os.path.join(folder, "**", "*.trx"), recursive=True):
        counters = ET.parse(path).getroot().find(f"{NS}ResultSummary/{NS}Counters")
        if counters is None:
            failed += 1
            continue
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0)) + int(counters.get("aborted", 0))
    print(passed, failed)

if __name__ == "__main__":
    main(sys.argv[1])
