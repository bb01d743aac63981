"""What a user action does, from start to finish, as one plain function per action.

A page of the app and a command of the CLI are thin callers of these functions
(one core function per user action), so the two can never drift apart. Each
long workflow takes a `TaskState` for progress, partial results and cancel.
"""
