"""Import: turn sources (audio + transcripts, tables, ELAN, TextGrid, corpora) into clips.

Two phases keep a project whole: *planning* reads sources and produces
`PlannedClip`s and `Skipped` entries without touching the project; *applying*
(in `mms_studio.core.project`) converts audio and inserts rows, each clip
atomically, and never leaves a half clip behind.
"""
