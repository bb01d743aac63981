"""Where `-o` puts each result: one file, or one file per input in a folder, never two in one.

`mms-studio transcribe P a.wav -o out/` must write `out/a.txt`, not a file
named `out` (a trailing slash or an existing folder means a folder, as `cp`
and `rsync` read it). With several inputs `-o` is always a folder, and two
recordings with the same name (`day1/story.wav`, `day2/story.wav`) get
`story.txt` and `story-2.txt` instead of the second silently replacing the
first. All paths are planned before any work starts, so a wrong `-o` is
refused at once, not after an hour of transcription.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from mms_studio.core.errors import MMSStudioError


def means_folder(output: str) -> bool:
    """True when `output` names a folder: it ends with a slash or already is one."""
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def plan_outputs(output: str | None, inputs: Sequence[Path], *,
                 extension: str) -> list[Path | None]:
    """The path each input's result is written to (None: print it instead).

    `extension`: the writer's, with its dot (".txt", ".TextGrid").
    Raises `MMSStudioError` with the reason when `-o` cannot hold the results.
    """
    if output is None:
        return [None] * len(inputs)
    target = Path(output).expanduser()
    if len(inputs) == 1 and not means_folder(output):
        planned = [target]
    else:
        if target.exists() and not target.is_dir():
            raise MMSStudioError(f"{target} is a file, but several recordings need a folder "
                                 "for their results; give -o a folder name (ending in /).")
        planned, taken = [], set()
        for audio in inputs:
            stem, n = Path(audio).stem, 2
            path = target / f"{stem}{extension}"
            while path.name.casefold() in taken:     # case-insensitive file systems too
                path, n = target / f"{stem}-{n}{extension}", n + 1
            taken.add(path.name.casefold())
            planned.append(path)
    for audio, path in zip(inputs, planned, strict=True):
        if path.resolve() == Path(audio).resolve():
            raise MMSStudioError(f"Writing the result to {path} would replace the recording "
                                 "itself; choose another output name.")
    return planned
