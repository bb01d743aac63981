"""A big project: 20,000 clips / 30 hours. How long do opening, counting, listing and importing take?

Builds a synthetic project in a temporary folder (deleted afterwards, never stored):
every clip's WAV is a hard link to one tiny file (so the folder has 20,000 real
entries for the crash sweep to walk, without 3.5 GB of audio) and the rows are
inserted in one transaction with realistic durations, speakers, splits and
statuses. Building pokes the store's private database on purpose, as only a
benchmark should; everything measured goes through the public API.

Printed per step: the time, the bar we hold it to, and OK / OVER. The stats step
also runs the old way (every clip loaded into Python and counted) in the same
invocation, as the baseline. Bars are for an ordinary laptop; on a loaded
shared machine read the figures as indicative.

    python bench/big_project.py                      # 20,000 clips, 30 h, import 1,000 files
    python bench/big_project.py --clips 2000 --import-files 50   # a quick look
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import soundfile as sf

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))   # run from a checkout without installing

from mms_studio.core.project import Project  # noqa: E402
from mms_studio.core.project.clips import COLUMNS  # noqa: E402
from mms_studio.core.project.settings import utc_now  # noqa: E402

# step -> seconds it should take at most on a laptop
BARS = {
    "open (lock, migrate, crash sweep)": 2.0,
    "open read-only": 0.5,
    "stats (SQL)": 0.2,
    "stats the old way (baseline)": None,
    "list all clips": 1.0,
    "list one split": 0.3,
    "list one speaker": 0.3,
    "list one status": 0.3,
    "sort by duration, then by transcript": 0.3,
    "dataset table: model + sorted filter proxy": 1.5,
    "dataset table: type a search": 0.5,
    "dataset table: click a column to sort": 0.3,
    "dataset table: Qt's proxy sort (baseline)": None,
}
IMPORT_BAR_PER_FILE = 0.12   # seconds per 1-second recording with its .txt (1,000 in 2 minutes)

WORDS = ("hekaai dining war nuku homi mia amakaang yakora kora sua demui muila akun laake "
         "fala kaai depikaai botol saai sampe firai dakil dawai beeka uisaha").split()


def _tone(seconds: float, sr: int = 16000, freq: float = 220.0) -> np.ndarray:
    t = np.arange(int(seconds * sr)) / sr
    return (0.3 * np.sin(2 * np.pi * freq * t)).astype(np.float32)


def build(root: Path, *, clips: int, hours: float, seed: int) -> Project:
    """A project with `clips` rows summing to `hours`, each row's WAV a link to one tiny file."""
    rng = random.Random(seed)
    project = Project.create(root, language="abz", name="Big project")
    template = root / "template.wav"
    sf.write(template, _tone(0.1), 16000, subtype="PCM_16")
    mean = hours * 3600 / clips
    speakers = [f"speaker{i:02d}" for i in range(40)] + [None]
    rows = []
    now = utc_now()
    for _ in range(clips):
        clip_id = uuid.uuid4().hex
        wav = project.clips_dir / f"{clip_id}.wav"
        try:
            os.link(template, wav)
        except OSError:            # a file system without hard links
            shutil.copyfile(template, wav)
        status = rng.choices(("ok", "needs_review", "excluded", "deleted"), (90, 5, 3, 2))[0]
        split = rng.choices(("train", "dev", "test", None), (75, 10, 10, 5))[0]
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 14)))
        rows.append((clip_id, f"clips/{clip_id}.wav", text, rng.choice(speakers), split,
                     round(rng.uniform(0.4, 2 * mean - 0.4), 3), f"session{rng.randint(1, 300)}.eaf",
                     now, now, status, None, None, None))
    database = project._database   # building only: the measured steps use the public API
    with database.transaction():
        database.executemany(
            f"INSERT INTO clips ({COLUMNS}) VALUES ({', '.join('?' * 13)})", rows)
    template.unlink()
    return project


def timed(fn: Callable[[], Any], repeat: int = 3) -> tuple[float, Any]:
    """Best of `repeat` runs (the first warms SQLite's and the OS's caches)."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def report(step: str, seconds: float, bar: float | None, note: str = "") -> None:
    verdict = "" if bar is None else ("OK  " if seconds <= bar else "OVER")
    bar_text = "" if bar is None else f"bar {bar:6.2f} s"
    print(f"{step:45s} {seconds * 1000:9.1f} ms  {bar_text:13s} {verdict} {note}".rstrip(),
          flush=True)


def old_stats(project: Project) -> tuple[int, float]:
    """How stats() counted before it asked SQLite: every clip loaded into Python."""
    clips = project.clips()
    Counter(c.speaker or "" for c in clips)
    Counter(c.split or "unassigned" for c in clips)
    Counter(c.status for c in clips)
    return len(clips), sum(c.duration for c in clips)


def measure_store(root: Path) -> None:
    seconds, project = timed(lambda: Project.open(root), repeat=1)
    report("open (lock, migrate, crash sweep)", seconds, BARS["open (lock, migrate, crash sweep)"])
    try:
        seconds, reader = timed(lambda: Project.open_read_only(root), repeat=1)
        reader.close()
        report("open read-only", seconds, BARS["open read-only"])
        sql_s, stats = timed(project.stats)
        old_s, (count, total) = timed(lambda: old_stats(project))
        assert (stats.clips, round(stats.seconds, 3)) == (count, round(total, 3))
        report("stats (SQL)", sql_s, BARS["stats (SQL)"],
               f"{stats.clips} clips, {stats.hours:.1f} h, {old_s / sql_s:.0f}x the baseline")
        report("stats the old way (baseline)", old_s, None)
        seconds, everything = timed(project.clips)
        report("list all clips", seconds, BARS["list all clips"], f"{len(everything)} clips")
        speaker = everything[0].speaker
        for step, kwargs in (("list one split", {"split": "dev"}),
                             ("list one speaker", {"speaker": speaker}),
                             ("list one status", {"status": "needs_review"})):
            seconds, found = timed(lambda kwargs=kwargs: project.clips(**kwargs))
            report(step, seconds, BARS[step], f"{len(found)} clips")
        seconds, _ = timed(lambda: (sorted(everything, key=lambda c: c.duration),
                                    sorted(everything, key=lambda c: c.transcript)))
        report("sort by duration, then by transcript", seconds,
               BARS["sort by duration, then by transcript"])
        measure_table(project)
    finally:
        project.close()


def measure_table(project: Project) -> None:
    """The Dataset page's model and its sort/filter proxy, offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtWidgets import QApplication

    from mms_studio.gui.models.clips_model import COLUMNS as TABLE_COLUMNS
    from mms_studio.gui.models.clips_model import ClipsModel, SortRole
    from mms_studio.gui.pages.dataset import ClipFilter

    app = QApplication.instance() or QApplication([])
    stack = QUndoStack()

    def table() -> tuple[ClipsModel, ClipFilter]:
        model = ClipsModel(project, stack)
        proxy = ClipFilter()
        proxy.setSourceModel(model)
        proxy.sort(TABLE_COLUMNS.index("id"), Qt.SortOrder.AscendingOrder)
        proxy.rowCount()
        return model, proxy

    seconds, (model, proxy) = timed(table)
    report("dataset table: model + sorted filter proxy", seconds,
           BARS["dataset table: model + sorted filter proxy"], f"{proxy.rowCount()} rows")
    seconds, _ = timed(lambda: (proxy.set_text("kaai dining"), proxy.rowCount()))
    report("dataset table: type a search", seconds, BARS["dataset table: type a search"],
           f"{proxy.rowCount()} rows match")
    proxy.set_text("")
    duration = TABLE_COLUMNS.index("duration")
    ours, _ = timed(lambda: (proxy.sort(duration, Qt.SortOrder.DescendingOrder),
                             proxy.rowCount()))
    # the old way: Qt's proxy sorting, one data() call through Python per comparison
    plain = QSortFilterProxyModel()
    plain.setSortRole(SortRole)
    plain.setSourceModel(model)
    qt_way, _ = timed(lambda: (plain.sort(duration, Qt.SortOrder.DescendingOrder),
                               plain.rowCount()), repeat=1)
    report("dataset table: click a column to sort", ours,
           BARS["dataset table: click a column to sort"], f"{qt_way / ours:.0f}x the baseline")
    report("dataset table: Qt's proxy sort (baseline)", qt_way, None)
    app.processEvents()


def measure_import(root: Path, sources: Path, files: int) -> None:
    from mms_studio.core.project.importer import import_sources

    sources.mkdir()
    rng = random.Random(1)
    for i in range(files):
        sf.write(sources / f"take{i:05d}.wav", _tone(1.0, freq=rng.uniform(150, 400)), 16000,
                 subtype="PCM_16")
        (sources / f"take{i:05d}.txt").write_text(
            " ".join(rng.choice(WORDS) for _ in range(5)), encoding="utf-8")
    with Project.open(root) as project:
        start = time.perf_counter()
        imported = import_sources(project, [sources])
        seconds = time.perf_counter() - start
    report(f"import {files} recordings with transcripts", seconds, IMPORT_BAR_PER_FILE * files,
           f"{len(imported.imported)} imported, {len(imported.skipped)} skipped, "
           f"{seconds / max(files, 1) * 1000:.0f} ms per file")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clips", type=int, default=20_000)
    parser.add_argument("--hours", type=float, default=30.0)
    parser.add_argument("--import-files", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mms-big-project-") as tmp:
        root = Path(tmp) / "project"
        start = time.perf_counter()
        build(root, clips=args.clips, hours=args.hours, seed=args.seed).close()
        print(f"built {args.clips} clips / {args.hours:.0f} h in "
              f"{time.perf_counter() - start:.1f} s (not measured)\n", flush=True)
        measure_store(root)
        if args.import_files:
            measure_import(root, Path(tmp) / "sources", args.import_files)


if __name__ == "__main__":
    main()
