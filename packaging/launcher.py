"""Entry point of the frozen app: the same `mms-studio` command as the pip-installed one."""

import multiprocessing
import sys

from mms_studio.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # accelerate/torch may spawn helpers on Windows/macOS
    sys.exit(main())
