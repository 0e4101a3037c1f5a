"""The grading engine behind `curriculum grade` (DESIGN.md, "Grading engine").

- `intake`: whitelist a submission and rebuild it on the instructor's cells (trusted).
- `inside`: the warm parent and the cell runner that execute inside the sandbox.
- `sandbox`: start that warm parent under bubblewrap with limits; run one notebook.
- `scoring`: score the cell results outside the sandbox (trusted).
- `gradebook`: the single writer (nbgrader's Gradebook API), its lock and backups.
- `feedback`: learner-safe feedback HTML, in a limited process.
- `run`: intake -> sandbox -> score -> write, over a local pool or a Dask cluster.
"""
