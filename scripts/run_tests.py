"""Runs the whole pytest suite; a run that collects no test fails.

pytest exits 5 when it collects nothing. For us that is a broken suite (a bad
path, an import error swallowed by a plugin), never a pass, so it is turned
into a failure with a message that says so.
"""

import sys

import pytest

NO_TESTS_COLLECTED = 5

if __name__ == "__main__":
    code = pytest.main(sys.argv[1:])
    if code == NO_TESTS_COLLECTED:
        print("run_tests: pytest collected no tests; the suite is broken", file=sys.stderr)
        sys.exit(1)
    sys.exit(int(code))
