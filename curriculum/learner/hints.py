"""Tiered hints: a nudge, then the approach, then a near-solution, one tier per request.

The source notebook's exercise statement holds the three tiers, each its own paragraph::

    **Hint 1 (nudge):** ...
    **Hint 2 (approach):** ...
    **Hint 3 (near-solution):** ...

`curriculum build` keeps tier 1 in the released statement, replaces tiers 2-3 by one line
saying how to reveal them, and writes every tier to ``HINTS_FILE`` beside the release
notebook (released files reach learners' folders). Reveals are recorded in the learner's
state (`curriculum progress` counts them). The source is public, so this is about pacing,
not secrecy.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from . import state

HINTS_FILE = "hints.json"
TIERS = ("nudge", "approach", "near-solution")
# one paragraph per tier: "**Hint 2 (approach):** text" up to a blank line or the end
TIER = re.compile(r"^\*\*Hint (\d)(?: \([^)]*\))?:\*\*[ \t]*(.+?)(?=\n[ \t]*\n|\Z)",
                  re.MULTILINE | re.DOTALL)


def tiers_in(markdown: str) -> dict[int, str]:
    """{tier number: text on one line} for the tiered hints in one markdown cell."""
    return {int(m.group(1)): " ".join(m.group(2).split()) for m in TIER.finditer(markdown)}


def reveal_line(assignment_id: str, solution_id: str) -> str:
    return (f"*Two more hints, one at a time:* run `hint(\"{solution_id}\")` in a cell (after "
            f"`from curriculum.learner import hint`), or `curriculum hint {assignment_id} "
            f"{solution_id}` in a terminal.")


def strip_later_tiers(markdown: str, assignment_id: str, solution_id: str) -> str:
    """The statement as released: tier 1 kept, tiers 2-3 replaced by how to reveal them."""
    later = [m for m in TIER.finditer(markdown) if int(m.group(1)) > 1]
    if not later:
        return markdown
    text = markdown
    for m in reversed(later):
        text = text[:m.start()] + text[m.end():]
    text = re.sub(r"\n[ \t]*\n(?:[ \t]*\n)+", "\n\n", text).rstrip()
    return text + "\n\n" + reveal_line(assignment_id, solution_id)


def exercise_hints(nb) -> dict[str, dict[int, str]]:
    """{solution grade_id: {tier: text}} from the markdown before each solution cell."""
    from ..notebooks import grade_id, is_solution

    found, pending = {}, {}
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            pending.update(tiers_in(cell.source))
        elif cell.cell_type == "code" and is_solution(cell) and grade_id(cell):
            if pending:
                found[grade_id(cell)] = pending
            pending = {}
    return found


def load_hints(folder: Path) -> dict:
    """The hints file released in `folder`: ``{"assignment": id, "exercises":
    {solution grade_id: [tier 1, tier 2, tier 3]}}``. Raises FileNotFoundError."""
    return json.loads((Path(folder) / HINTS_FILE).read_text())


def reveal(hints: dict, solution_id: str, *, record: bool = True) -> tuple[int, list[str]]:
    """Reveal the next tier of `solution_id`'s hints; returns (tiers now revealed, their texts).

    Tier 1 is in the statement; each call reveals one more, up to the last, and records it
    in the learner's state. Raises KeyError (with the known ids) for an unknown exercise."""
    assignment = hints.get("assignment", "?")
    exercises = hints.get("exercises", {})
    if solution_id not in exercises:
        raise KeyError(f"{assignment} has no exercise {solution_id!r}; its exercises are: "
                       + ", ".join(exercises))
    texts = exercises[solution_id]
    learner = state.load()
    shown = learner["hints"].get(assignment, {}).get(solution_id, 1)
    shown = min(max(shown, 1) + 1, len(texts))
    if record:
        learner["hints"].setdefault(assignment, {})[solution_id] = shown
        try:
            state.save(learner)
        except OSError:
            pass  # a read-only home (a grading sandbox) must not break the learner's cell
    return shown, texts[:shown]


def used(assignment_id: str) -> int:
    """Hint tiers revealed beyond tier 1, summed over the assignment's exercises."""
    return sum(max(n - 1, 0) for n in state.load()["hints"].get(assignment_id, {}).values())


def format_hints(solution_id: str, shown: int, texts: list[str]) -> str:
    lines = [f"**Hints for `{solution_id}`** ({shown} of {len(TIERS)} shown)", ""]
    for number, text in enumerate(texts, 1):
        label = TIERS[number - 1] if number <= len(TIERS) else ""
        lines += [f"**Hint {number} ({label}):** {text}", ""]
    if shown >= len(TIERS):
        lines.append("*That was the last hint: compare it with your code line by line.*")
    return "\n".join(lines).rstrip()


def hint(solution_id: str, folder: str | Path | None = None) -> None:
    """In a notebook: show the next hint tier for the exercise whose solution cell is
    `solution_id` (e.g. ``hint("q1_pairwise_sq_dists")``). Reads ``hints.json`` from the
    notebook's folder (the kernel's working directory)."""
    folder = Path(folder) if folder else Path.cwd()
    try:
        hints = load_hints(folder)
    except (OSError, ValueError):
        print(f"No {HINTS_FILE} in {folder}: open the notebook from its folder in release/, "
              "or use `curriculum hint ASSIGNMENT EXERCISE` in a terminal.")
        return
    try:
        shown, texts = reveal(hints, solution_id,
                              record=not os.environ.get("NBGRADER_EXECUTION"))
    except KeyError as exc:
        print(exc.args[0])
        return
    text = format_hints(solution_id, shown, texts)
    try:
        from IPython import get_ipython
        from IPython.display import Markdown, display
    except ImportError:
        get_ipython = None
    if get_ipython is not None and get_ipython() is not None:
        display(Markdown(text))
    else:
        print(text)
