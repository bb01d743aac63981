"""Takes: the Record and Transcribe pages' recordings, from microphone to dataset clip.

- `controller.TakeController`: the one way to record a take (record → stream →
  check → keep), never blocking its caller; `keep_take` makes it a clip.
- `recorder.TakeRecorder`: the writer thread streaming one take to disk.
- `wavfile`: a WAV file readable at every moment, `repair()` after a crash.
- `takes`: where takes live (`recordings/`, see `core.project.layout`) and recovery.
- `checks`: too short, too long, too quiet, clipping — each with a reason.
- `prompts`: the sentences a speaker reads.
The sound card itself is `core.audio.devices`.
"""
