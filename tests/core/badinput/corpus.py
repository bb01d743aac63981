"""The bad-input corpus: broken files of every kind a user can hand the app, made in code.

Each `Kind` builds its files in an empty folder and says what must happen:
the source is refused with a reason naming the file (words in `expect`), or a
`Skipped` line says why, and the project is left byte-for-byte as it was
(`imported` clips for the kinds where a good neighbour legitimately comes in).
Nothing here is stored in the repository: every file is generated, so the corpus
can grow by adding a function.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

SR = 16000
WORDS = "ama ni tuku la ba ke"


@dataclass(frozen=True)
class Kind:
    name: str
    build: Callable[[Path], list[Path]]   # writes the files, returns the sources to import
    expect: tuple[str, ...]               # words the reasons must hold (case-insensitive)
    imported: int = 0                     # clips a good neighbour brings in


def speech(seconds: float = 1.0, seed: int = 0) -> np.ndarray:
    t = np.arange(round(seconds * SR)) / SR
    voice = sum(np.sin(2 * np.pi * f * t) / k for k, f in enumerate((140, 280, 420), 1))
    envelope = np.clip(np.sin(2 * np.pi * 4 * t), 0, None) ** 2
    rng = np.random.default_rng(seed)
    return (0.15 * envelope * voice + 0.002 * rng.standard_normal(t.size)).astype(np.float32)


def wav_bytes(seconds: float = 1.0, *, subtype: str = "PCM_16",
              samples: np.ndarray | None = None) -> bytearray:
    buffer = io.BytesIO()
    sf.write(buffer, speech(seconds) if samples is None else samples, SR, format="WAV",
             subtype=subtype)
    return bytearray(buffer.getvalue())


def good_wav(path: Path, seconds: float = 4.0) -> Path:
    path.write_bytes(bytes(wav_bytes(seconds)))
    return path


def with_sidecar(folder: Path, name: str, data: bytes | bytearray, text: str | bytes = WORDS
                 ) -> list[Path]:
    audio = folder / name
    audio.write_bytes(bytes(data))
    sidecar = audio.with_suffix(".txt")
    sidecar.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return [audio]


# --- audio ---------------------------------------------------------------------------------
def _patched(offset: int, value: bytes, seconds: float = 1.0) -> bytearray:
    data = wav_bytes(seconds)
    data[offset:offset + len(value)] = value
    return data


def _nan(value: float) -> bytearray:
    samples = speech(0.5)
    samples[100] = value
    return wav_bytes(samples=samples, subtype="FLOAT")


def _flac_truncated() -> bytes:
    buffer = io.BytesIO()
    sf.write(buffer, speech(3.0), SR, format="FLAC")
    data = buffer.getvalue()
    return data[: len(data) // 2]


AUDIO = [
    Kind("audio_empty_file", lambda f: with_sidecar(f, "a.wav", b""), ("a.wav", "empty")),
    Kind("audio_header_only", lambda f: with_sidecar(f, "a.wav", wav_bytes()[:20]),
         ("a.wav", "damaged")),
    Kind("audio_text_behind_wav", lambda f: with_sidecar(f, "a.wav", b"hello, I am text\n" * 40),
         ("a.wav", "damaged")),
    Kind("audio_png_behind_wav", lambda f: with_sidecar(
        f, "a.wav", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4), ("a.wav", "damaged")),
    Kind("audio_zip_behind_flac", lambda f: with_sidecar(
        f, "a.flac", b"PK\x03\x04" + bytes(300)), ("a.flac", "damaged")),
    Kind("audio_random_ogg", lambda f: with_sidecar(
        f, "a.ogg", np.random.default_rng(3).bytes(4000)), ("a.ogg", "damaged")),
    Kind("audio_zero_frames", lambda f: with_sidecar(f, "a.wav", wav_bytes(0.0)),
         ("a.wav", "no sound")),
    Kind("audio_zero_channels", lambda f: with_sidecar(f, "a.wav", _patched(22, b"\x00\x00")),
         ("a.wav", "damaged")),
    Kind("audio_nan_samples", lambda f: with_sidecar(f, "a.wav", _nan(float("nan"))),
         ("a.wav", "invalid sample values")),
    Kind("audio_inf_samples", lambda f: with_sidecar(f, "a.wav", _nan(float("inf"))),
         ("a.wav", "invalid sample values")),
    Kind("audio_header_claims_1_hz", lambda f: with_sidecar(
        f, "a.wav", _patched(24, struct.pack("<II", 1, 2))), ("a.wav", "samples per second")),
    Kind("audio_header_claims_4_mhz", lambda f: with_sidecar(
        f, "a.wav", _patched(24, struct.pack("<II", 4_000_000, 8_000_000))),
         ("a.wav", "samples per second")),
    Kind("audio_header_lies_about_length", lambda f: with_sidecar(
        f, "a.wav", _patched(40, struct.pack("<I", 1000))), ("a.wav", "not closed properly")),
    Kind("audio_truncated_flac", lambda f: with_sidecar(f, "a.flac", _flac_truncated()),
         ("a.flac", "damaged")),
    Kind("audio_unsupported_suffix", lambda f: [_write(f / "a.m4a", b"\x00\x00\x00\x18ftypM4A "
                                                       + bytes(200))], ("a.m4a", "cannot import")),
    Kind("audio_missing", lambda f: [f / "nowhere.wav"], ("nowhere.wav", "does not exist")),
    Kind("audio_no_transcript", lambda f: [good_wav(f / "a.wav")], ("a.wav", "no transcript")),
    Kind("transcript_empty", lambda f: with_sidecar(f, "a.wav", wav_bytes(), "   \n"),
         ("a.txt", "empty")),
    Kind("transcript_latin1", lambda f: with_sidecar(f, "a.wav", wav_bytes(), "café à la".encode(
        "latin-1")), ("a.txt", "utf-8")),
    Kind("transcript_binary", lambda f: with_sidecar(f, "a.wav", wav_bytes(), b"\x89PNG\xff\xfe"
                                                     b"\x00\x01" * 50), ("a.txt", "utf-8")),
    Kind("transcript_only_invisible", lambda f: with_sidecar(f, "a.wav", wav_bytes(),
                                                             "\ufeff\u200b \u200b"),
         ("a.wav", "nothing is left")),
    Kind("transcript_alone_without_recording", lambda f: [_write(f / "a.txt", WORDS.encode())],
         ("a", "recording")),
]


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# --- tables --------------------------------------------------------------------------------
def _table(name: str, text: str | bytes, *, audio: bool = True) -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        if audio:
            good_wav(folder / "a.wav")
        return [_write(folder / name, text)]
    return build


TABLES = [
    Kind("table_empty", _table("t.csv", ""), ("t.csv", "empty")),
    Kind("table_no_columns", _table("t.csv", "colour,size\nred,1\n"), ("t.csv", "column")),
    Kind("table_latin1", _table("t.csv", "file,transcript\na.wav,café\n".encode("latin-1")),
         ("t.csv", "utf-8")),
    Kind("table_binary_behind_csv", _table("t.csv", b"\x00\x01\x02\xff\xfe\xfd" * 100),
         ("t.csv",)),
    Kind("table_missing_media", _table("t.csv", "file,transcript\nmissing.wav,ama\n"),
         ("missing.wav", "not found")),
    Kind("table_media_outside", _table("t.tsv", "file\ttranscript\n../a.wav\tama\n"),
         ("t.tsv", "outside")),
    Kind("table_media_absolute", _table("t.csv", "file,transcript\n/etc/passwd,ama\n"),
         ("t.csv", "outside")),
    Kind("table_empty_transcript", _table("t.csv", "file,transcript\na.wav,\n"),
         ("t.csv", "empty")),
    Kind("table_time_not_a_number", _table("t.csv", "file,transcript,start,end\n"
                                                    "a.wav,ama,zero,1\n"), ("t.csv", "number")),
    Kind("table_reversed_times", _table("t.csv", "file,transcript,start,end\na.wav,ama,3,1\n"),
         ("a.wav",)),
    Kind("table_huge_times", _table("t.csv", "file,transcript,start,end\n"
                                             "a.wav,ama,1e300,1e301\n"), ("a.wav",)),
    Kind("table_negative_times", _table("t.csv", "file,transcript,start,end\n"
                                                 "a.wav,ama,-5,-1\n"), ("a.wav",)),
    Kind("table_nan_times", _table("t.csv", "file,transcript,start,end\na.wav,ama,nan,nan\n"),
         ("t.csv",)),
    Kind("table_huge_cell", _table("t.csv", "file,transcript\na.wav," + "ama " * 300_000 + "\n"),
         ("t.csv",)),
]


# --- ELAN ----------------------------------------------------------------------------------
def eaf(tiers: str, slots: dict[str, object], media: str = "e.wav", units: str = "milliseconds",
        extra: str = "") -> str:
    slot_xml = "".join(f'<TIME_SLOT TIME_SLOT_ID="{k}" TIME_VALUE="{v}"/>' for k, v in slots.items())
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<ANNOTATION_DOCUMENT FORMAT="3.0" VERSION="3.0">'
            f'<HEADER MEDIA_FILE="" TIME_UNITS="{units}"><MEDIA_DESCRIPTOR MEDIA_URL="{media}" '
            f'MIME_TYPE="audio/x-wav"/></HEADER><TIME_ORDER>{slot_xml}</TIME_ORDER>{tiers}'
            '<LINGUISTIC_TYPE LINGUISTIC_TYPE_ID="default-lt" TIME_ALIGNABLE="true"/>'
            f'{extra}</ANNOTATION_DOCUMENT>')


def ann(aid: str, ts1: str, ts2: str, value: str) -> str:
    return (f'<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID="{aid}" TIME_SLOT_REF1="{ts1}" '
            f'TIME_SLOT_REF2="{ts2}"><ANNOTATION_VALUE>{value}</ANNOTATION_VALUE>'
            '</ALIGNABLE_ANNOTATION></ANNOTATION>')


def tier(name: str, body: str, parent: str = "") -> str:
    extra = f' PARENT_REF="{parent}"' if parent else ""
    return f'<TIER LINGUISTIC_TYPE_REF="default-lt" TIER_ID="{name}"{extra}>{body}</TIER>'


GOOD_SLOTS = {"ts1": 0, "ts2": 1500, "ts3": 3000}
GOOD_TIER = tier("Text", ann("a1", "ts1", "ts2", "ama ni tuku") + ann("a2", "ts2", "ts3", "la ba"))

BILLION_LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
                            for i in range(1, 10))
                  + ']>\n<ANNOTATION_DOCUMENT>&lol9;</ANNOTATION_DOCUMENT>')
EXTERNAL_ENTITY = ('<?xml version="1.0"?>\n<!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                   '\n<ANNOTATION_DOCUMENT>&x;</ANNOTATION_DOCUMENT>')


def _eaf(text: str | bytes, *, audio: str | None = "e.wav") -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        if audio:
            good_wav(folder / audio)
        return [_write(folder / "e.eaf", text)]
    return build


ELAN = [
    Kind("eaf_empty", _eaf(""), ("e.eaf", "empty")),
    Kind("eaf_truncated", _eaf(eaf(GOOD_TIER, GOOD_SLOTS)[:300]), ("e.eaf", "damaged")),
    Kind("eaf_binary", _eaf(b"\x00\xff\x10" * 300), ("e.eaf", "damaged")),
    Kind("eaf_wav_behind_eaf", _eaf(bytes(wav_bytes(0.2))), ("e.eaf", "damaged")),
    Kind("eaf_other_xml", _eaf('<?xml version="1.0"?><html><body/></html>'),
         ("e.eaf", "not an elan file")),
    Kind("eaf_billion_laughs", _eaf(BILLION_LAUGHS), ("e.eaf", "entities")),
    Kind("eaf_external_entity", _eaf(EXTERNAL_ENTITY), ("e.eaf",)),
    Kind("eaf_latin1_declared_utf8", _eaf(eaf(tier("Text", ann("a1", "ts1", "ts2", "café")),
                                              GOOD_SLOTS).encode("latin-1")), ("e.eaf", "utf-8")),
    Kind("eaf_seconds_not_ms", _eaf(eaf(GOOD_TIER, GOOD_SLOTS, units="seconds")),
         ("e.eaf", "milliseconds")),
    Kind("eaf_missing_time_slot", _eaf(eaf(tier("Text", ann("a1", "ts1", "ts9", "ama")),
                                           GOOD_SLOTS)), ("e.eaf", "time slot")),
    Kind("eaf_two_tiers_one_name", _eaf(eaf(GOOD_TIER + GOOD_TIER, GOOD_SLOTS)),
         ("e.eaf", "two tiers")),
    Kind("eaf_missing_parent", _eaf(eaf(tier("Child", "", parent="Nope") + GOOD_TIER,
                                        GOOD_SLOTS)), ("e.eaf", "does not exist")),
    Kind("eaf_reversed_times", _eaf(eaf(tier("Text", ann("a1", "ts2", "ts1", "ama")),
                                        GOOD_SLOTS)), ("e.eaf", "before it starts")),
    Kind("eaf_negative_times", _eaf(eaf(tier("Text", ann("a1", "ts1", "ts2", "ama")),
                                        {"ts1": -2000, "ts2": -1000})), ("e.eaf",)),
    Kind("eaf_huge_times", _eaf(eaf(tier("Text", ann("a1", "ts1", "ts2", "ama")),
                                    {"ts1": 10**15, "ts2": 10**16})), ("e.eaf", "after the end")),
    Kind("eaf_nan_times", _eaf(eaf(tier("Text", ann("a1", "ts1", "ts2", "ama")),
                                   {"ts1": "nan", "ts2": "inf"})), ("e.eaf", "no time")),
    Kind("eaf_overlapping", _eaf(eaf(tier("Text", ann("a1", "ts1", "ts3", "ama ni tuku")
                                          + ann("a2", "ts1", "ts3", "la ba")), GOOD_SLOTS)),
         ("e.eaf", "overlaps"), imported=1),
    Kind("eaf_missing_media", _eaf(eaf(GOOD_TIER, GOOD_SLOTS, media="gone.wav"), audio=None),
         ("e.eaf", "not found")),
    Kind("eaf_media_url_elsewhere", _eaf(eaf(GOOD_TIER, GOOD_SLOTS, media="file:///etc/passwd"),
                                         audio=None), ("e.eaf", "not found")),
    Kind("eaf_media_http", _eaf(eaf(GOOD_TIER, GOOD_SLOTS, media="http://example.org/e.wav"),
                                audio=None), ("e.eaf", "not found")),
    Kind("eaf_media_is_damaged", lambda f: [_write(f / "e.wav", b"RIFF junk" * 30),
                                            _write(f / "e.eaf", eaf(GOOD_TIER, GOOD_SLOTS))],
         ("e.eaf", "e.wav", "damaged")),
    Kind("eaf_only_empty_annotations", _eaf(eaf(tier("Text", ann("a1", "ts1", "ts2", "  ")),
                                                GOOD_SLOTS)), ("e.eaf", "text")),
]


# --- TextGrid ------------------------------------------------------------------------------
def grid(intervals: list[tuple[object, object, str]], xmax: object = 4) -> str:
    body = "".join(f"{a}\n{b}\n\"{t}\"\n" for a, b, t in intervals)
    return (f'File type = "ooTextFile"\nObject class = "TextGrid"\n\n0\n{xmax}\n<exists>\n1\n'
            f'"IntervalTier"\n"utterance"\n0\n{xmax}\n{len(intervals)}\n{body}')


def _tg(text: str | bytes, *, audio: bool = True) -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        if audio:
            good_wav(folder / "g.wav")
        return [_write(folder / "g.TextGrid", text)]
    return build


TEXTGRIDS = [
    Kind("textgrid_empty", _tg(""), ("g.textgrid", "not a praat textgrid")),
    Kind("textgrid_truncated", _tg(grid([(0, 2, "ama"), (2, 4, "tuku")])[:100]),
         ("g.textgrid", "damaged")),
    Kind("textgrid_binary", _tg(b"ooBinaryFile\x08TextGrid" + bytes(100)),
         ("g.textgrid", "binary")),
    Kind("textgrid_wav_behind_suffix", _tg(bytes(wav_bytes(0.2))), ("g.textgrid",)),
    Kind("textgrid_overlapping", _tg(grid([(0, 2, "ama"), (1, 4, "tuku")])),
         ("g.textgrid", "overlapping")),
    Kind("textgrid_reversed", _tg(grid([(2, 1, "ama")])), ("g.textgrid", "before it starts")),
    Kind("textgrid_negative", _tg(grid([(-3, -1, "ama")])), ("g.textgrid", "negative")),
    Kind("textgrid_huge_times", _tg(grid([(1e300, 1e301, "ama")], xmax="1e301")),
         ("g.textgrid", "after the end")),
    Kind("textgrid_nan_times", _tg(grid([("nan", "nan", "ama")])), ("g.textgrid", "damaged")),
    Kind("textgrid_huge_count", _tg(grid([(0, 1, "ama")]).replace("\n1\n0\n1\n", "\n99999999999"
                                                                  "\n0\n1\n")),
         ("g.textgrid",)),
    Kind("textgrid_utf16_damaged", _tg(b"\xff\xfe" + "File type".encode("utf-16-le") + b"\x00"),
         ("g.textgrid",)),
    Kind("textgrid_unclosed_text", _tg(grid([(0, 1, "ama")]).replace('"ama"', '"ama')),
         ("g.textgrid", "never closed")),
    Kind("textgrid_missing_media", _tg(grid([(0, 2, "ama")]), audio=False),
         ("g.textgrid", "not found")),
    Kind("textgrid_only_silence", _tg(grid([(0, 2, "sil"), (2, 4, "")])),
         ("g.textgrid", "no interval tier with any text")),
]


# --- subtitles -----------------------------------------------------------------------------
def _sub(name: str, text: str | bytes, *, audio: bool = True) -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        if audio:
            good_wav(folder / f"{Path(name).stem}.wav")
        return [_write(folder / name, text)]
    return build


SUBTITLES = [
    Kind("srt_empty", _sub("s.srt", ""), ("s.srt", "no subtitles")),
    Kind("srt_no_timings", _sub("s.srt", "1\nhello there\n\n2\nmore words\n"), ("s.srt", "timings")),
    Kind("srt_reversed", _sub("s.srt", "1\n00:00:03,000 --> 00:00:01,000\nama ni\n"),
         ("s.srt", "ends before it starts")),
    Kind("srt_after_the_end", _sub("s.srt", "1\n99:00:00,000 --> 99:00:01,000\nama ni\n"),
         ("s.srt", "after the end")),
    Kind("srt_latin1", _sub("s.srt", "1\n00:00:00,000 --> 00:00:01,000\ncafé\n".encode("latin-1")),
         ("s.srt", "utf-8")),
    Kind("srt_binary", _sub("s.srt", b"\x89PNG\r\n\x1a\n\xff\xfe\xfd" * 30), ("s.srt",)),
    Kind("srt_missing_media", _sub("s.srt", "1\n00:00:00,000 --> 00:00:01,000\nama\n",
                                   audio=False), ("s.srt", "not found")),
    Kind("vtt_without_header", _sub("s.vtt", "00:00:00.000 --> 00:00:01.000\nama\n"),
         ("s.vtt", "webvtt")),
    Kind("vtt_utf16_damaged", _sub("s.vtt", b"\xff\xfeW\x00E\x00B\x00" + b"\x00\xd8"),
         ("s.vtt",)),
]


# --- Transcriber ---------------------------------------------------------------------------
def trs(body: str, audio: str = "t") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Trans SYSTEM "trans-14.dtd">\n'
            f'<Trans audio_filename="{audio}"><Speakers><Speaker id="spk1" name="Ana"/>'
            f'</Speakers><Episode><Section type="report" startTime="0" endTime="3">{body}'
            '</Section></Episode></Trans>')


def _trs(text: str | bytes, *, audio: bool = True) -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        if audio:
            good_wav(folder / "t.wav")
        return [_write(folder / "t.trs", text)]
    return build


TRANSCRIBER = [
    Kind("trs_empty", _trs(""), ("t.trs", "empty")),
    Kind("trs_truncated", _trs(trs('<Turn speaker="spk1" startTime="0" endTime="3">'
                                   '<Sync time="0"/>ama</Turn>')[:150]), ("t.trs", "damaged")),
    Kind("trs_other_xml", _trs("<Other/>"), ("t.trs", "not a transcriber file")),
    Kind("trs_turn_without_end", _trs(trs('<Turn speaker="spk1" startTime="0"><Sync time="0"/>'
                                          'ama</Turn>')), ("t.trs", "end time")),
    Kind("trs_sync_without_time", _trs(trs('<Turn speaker="spk1" startTime="0" endTime="3">'
                                           '<Sync time="0"/>ama<Sync/>tuku</Turn>')),
         ("t.trs", "sync")),
    Kind("trs_no_speech", _trs(trs('<Turn speaker="spk1" startTime="0" endTime="3">'
                                   '<Sync time="0"/>[silence]</Turn>')), ("t.trs", "no transcribed")),
    Kind("trs_missing_media", _trs(trs('<Turn speaker="spk1" startTime="0" endTime="3">'
                                       '<Sync time="0"/>ama</Turn>', audio="gone"), audio=False),
         ("t.trs", "not found")),
    Kind("trs_entity_bomb", _trs(BILLION_LAUGHS.replace("ANNOTATION_DOCUMENT", "Trans")),
         ("t.trs", "entities")),
    Kind("trs_reversed", _trs(trs('<Turn speaker="spk1" startTime="0" endTime="1">'
                                  '<Sync time="2"/>ama</Turn>')), ("t.trs", "before it starts")),
]


# --- corpora folders -----------------------------------------------------------------------
def _cv(table: str | bytes, *, clip: bytes | None = None) -> Callable[[Path], list[Path]]:
    def build(folder: Path) -> list[Path]:
        root = folder / "cv"
        (root / "clips").mkdir(parents=True)
        if clip is not None:
            _write(root / "clips" / "c1.mp3", clip)
        _write(root / "validated.tsv", table)
        return [root]
    return build


CV_HEAD = "client_id\tpath\tsentence\n"
CORPORA = [
    Kind("cv_missing_columns", _cv("who\twhat\nx\ty\n"), ("validated.tsv", "column")),
    Kind("cv_latin1", _cv((CV_HEAD + "a\tc1.mp3\tcafé\n").encode("latin-1")),
         ("validated.tsv", "utf-8")),
    Kind("cv_path_outside", _cv(CV_HEAD + "a\t../../etc/passwd\tama\n"), ("cv", "outside")),
    Kind("cv_missing_clip", _cv(CV_HEAD + "a\tc9.mp3\tama\n"), ("validated.tsv", "c9.mp3")),
    Kind("cv_damaged_clip", _cv(CV_HEAD + "a\tc1.mp3\tama\n", clip=b"ID3" + bytes(50)),
         ("c1.mp3", "damaged")),
    Kind("audiofolder_outside", lambda f: [_af(f, "file_name,transcription\n../x.wav,ama\n")],
         ("metadata.csv", "outside")),
    Kind("audiofolder_missing_file", lambda f: [_af(f, "file_name,transcription\ngone.wav,ama\n")],
         ("gone.wav", "missing")),
    Kind("audiofolder_no_file_column", lambda f: [_af(f, "name,transcription\na.wav,ama\n")],
         ("metadata.csv", "file_name")),
    Kind("audiofolder_stray_carriage_return", lambda f: [_af(f, "file_name,transcription\n"
                                                                "a.wav,ama\r ni\n")],
         ("metadata.csv", "missing"), imported=1),  # the \r ends a row, as in a spreadsheet
    Kind("cv_nul_bytes", _cv(CV_HEAD + "a\tc1.mp3\tama\x00\x00\n"), ("validated.tsv",)),
]


def _af(folder: Path, table: str) -> Path:
    root = folder / "af"
    root.mkdir()
    good_wav(root / "a.wav")
    _write(root / "metadata.csv", table)
    return root


IMPORT_KINDS = AUDIO + TABLES + ELAN + TEXTGRIDS + SUBTITLES + TRANSCRIBER + CORPORA


# --- project files, vocabularies, adapters, model folders -----------------------------------
def zip_bytes(members: dict[str, bytes], *, link: str | None = None) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
        if link:
            info = zipfile.ZipInfo(link)
            info.external_attr = 0o120777 << 16
            zf.writestr(info, "/etc/passwd")
    return buffer.getvalue()


PROJECT_JSON = {
    "project_json_empty": (b"", "damaged"),
    "project_json_truncated": (b'{"schema_version": 2, "language": "ab', "damaged"),
    "project_json_array": (b"[1, 2, 3]", "not a json object"),
    "project_json_latin1": ('{"language": "abz", "name": "Caf\u00e9"}'.encode("latin-1"),
                            "damaged"),
    "project_json_utf16": ('{"language": "abz"}'.encode("utf-16"), "damaged"),
    "project_json_too_new": (json.dumps({"schema_version": 999, "language": "abz",
                                         "name": "x"}).encode(), "newer"),
    "project_json_huge_number": (b'{"schema_version": 1' + b"0" * 5000 + b', "language": "abz"}',
                                 ""),
    "project_json_wrong_types": (json.dumps({"schema_version": "two", "language": 5,
                                             "name": ["x"]}).encode(), "language"),
}

PROJECT_DB = {
    "project_db_empty": b"",
    "project_db_random": np.random.default_rng(7).bytes(8192),
    "project_db_text": b"this is not a database\n" * 100,
    "project_db_truncated": None,   # the real database cut in half (made in the test)
}

VOCAB_JSON = {
    "vocab_json_empty": b"",
    "vocab_json_truncated": b'{"abz": {"a": 3, "b"',
    "vocab_json_list": b'["a", "b"]',
    "vocab_json_string_ids": b'{"abz": {"a": "three"}}',
    "vocab_json_binary": b"\x00\xff" * 40,
}
