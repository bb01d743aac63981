"""Prompt lists for recording sessions: one sentence per line of a UTF-8 text file."""

from __future__ import annotations

from pathlib import Path

from mms_studio.core.errors import MMSStudioError


def read_prompts(path: str | Path) -> list[str]:
    """One prompt per non-empty line of a UTF-8 text file (a BOM is allowed)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise MMSStudioError("The prompts file is not UTF-8 text; save it as UTF-8 and try "
                             "again.") from exc
    except OSError as exc:
        raise MMSStudioError(f"The prompts file could not be read ({exc.strerror}).") from exc
    prompts = [line.strip() for line in text.splitlines() if line.strip()]
    if not prompts:
        raise MMSStudioError("The prompts file has no sentences in it.")
    return prompts
