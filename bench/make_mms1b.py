"""Write a random-weight model with the facebook/mms-1b-all architecture and folder layout.

    python bench/make_mms1b.py OUT [--languages eng,fra]

For benchmarks on machines without the Hub: speed does not depend on the weights.
About 3.9 GB on disk (fp32 safetensors, as the real model).
"""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import make_mms1b_folder  # noqa: E402

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("--languages", default="eng")
    args = parser.parse_args()
    print(make_mms1b_folder(args.out, languages=tuple(args.languages.split(","))))
