"""Language-documentation interchange: ELAN, Praat TextGrid, subtitles, tables, corpora.

Two directions, kept apart:

* readers are *planners* (`plan_eaf`, `plan_textgrid`, `plan_subtitles`,
  `plan_trs`, `plan_common_voice`, `plan_audiofolder`): they read a user's
  file, validate it and return an `ImportPlan` without writing anything;
* writers are a registry (`writers.get_writer(name)`) turning a
  `Transcription` into txt, json, csv, srt, vtt, eaf or TextGrid, always
  through an atomic write; `audiofolder.export_audiofolder` exports a project.

Every XML file is parsed with defusedxml (no entity expansion) and media paths
found inside annotation files are only followed to audio files.
Submodules are imported on use so `import mms_studio.core.formats` stays cheap.
"""
