"""`python -m mms_studio` is the `mms-studio` command (and what `accelerate launch -m` runs)."""

import sys

from mms_studio.cli import main

if __name__ == "__main__":
    sys.exit(main())
