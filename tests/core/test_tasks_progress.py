"""Progress and time left stay honest when a job has a quick first phase."""

from __future__ import annotations

from mms_studio.core.tasks import EtaClock, RecordingTaskState, WithoutProgress


def test_eta_learns_the_new_pace_when_progress_starts_again() -> None:
    clock = EtaClock(started=0.0)
    for t in range(1, 11):                  # a quick phase: 0 -> 100 % in 1 s
        clock.update(t / 10, now=t / 10)
    clock.update(0.0, now=1.0)              # the slow phase starts from 0
    eta = clock.update(0.1, now=11.0)       # 10 % in 10 s: about 90 s are left
    assert eta is not None and 80 <= eta <= 100


def test_a_phase_without_progress_passes_status_and_cancel_but_not_progress() -> None:
    state = RecordingTaskState()
    quiet = WithoutProgress(state)
    quiet.set_progress(0.5)
    quiet.set_status("Finding speech…")
    quiet.set_partial_result("x")
    assert state.progress == [] and state.statuses == ["Finding speech…"]
    assert state.partials == ["x"]
    state.request_interruption()
    assert quiet.is_interruption_requested()


def test_the_eta_counts_from_the_first_report_not_from_a_silent_phase_before_it() -> None:
    clock = EtaClock(started=0.0)
    assert clock.update(0.0, now=5.0) is None   # 5 s of speech detection, then the model pass
    eta = clock.update(0.1, now=6.0)            # 10 % in 1 s of the model pass: ~9 s left
    assert eta is not None and 8 <= eta <= 10   # (counted from 0 s it would say 45 s)
