"""All long work, one way: each job runs in a child process and speaks typed messages on one channel.

- :mod:`.channel`: framed messages over the child's stdin and stdout, and the threads that read
  and write them (no Qt; both sides use it).
- :mod:`.messages`: the commands (Pause, Resume, Step, Stop, SetInterval, RunTask) and the replies
  (Progress, Paused, Outcome, Failed, TaskProgress, TaskDone).
- :mod:`.child`: the entry point of every child (``python -m visualnet.app.processes.child``).
- :mod:`.host`: the app's side of a child (start, send, replies as Qt signals, death reported).
- One pair of files per kind of job: :mod:`.training` runs in the child, :mod:`.training_worker`
  drives it from the app; likewise :mod:`.sweep` and :mod:`.sweep_worker` (sweeps, the
  initialization comparison and the parity study).
"""
