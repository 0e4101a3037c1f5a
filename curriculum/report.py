"""Grade reports: nbgrader's grades CSV, an outcomes CSV with reasons, and an HTML report
with plots (score distribution per assignment, pass rate per exercise, hardest exercises,
grading time per submission)."""

from __future__ import annotations

import base64
import csv
import io
import os
from collections import defaultdict
from pathlib import Path

from .engine.run import Outcome

OUTCOME_FIELDS = ("student", "assignment", "status", "score", "max_score", "percent",
                  "manual_pending", "seconds", "reason", "review", "warnings")


def export_grades_csv(db_url: str, path: Path) -> Path:
    """nbgrader's own CSV export (`nbgrader export`): one row per student and assignment."""
    from nbgrader.api import Gradebook
    from nbgrader.plugins.export import CsvExportPlugin

    path.parent.mkdir(parents=True, exist_ok=True)
    with Gradebook(db_url) as gb:
        CsvExportPlugin(to=str(path)).export(gb)
    return path


def write_outcomes_csv(outcomes: list[Outcome], path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=OUTCOME_FIELDS)
        writer.writeheader()
        for o in outcomes:
            writer.writerow({
                "student": o.student, "assignment": o.assignment, "status": o.status,
                "score": f"{o.score:g}", "max_score": f"{o.max_score:g}",
                "percent": f"{100 * o.score / o.max_score:.1f}" if o.max_score else "0.0",
                "manual_pending": f"{o.manual_pending:g}", "seconds": f"{o.seconds:.2f}",
                "reason": o.reason, "review": "; ".join(o.review),
                "warnings": "; ".join(o.warnings)})
    return path


def _png(fig) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode()


def _plots(outcomes: list[Outcome], rates: dict[tuple[str, str], float]) -> dict[str, str]:
    os.environ.setdefault("MPLBACKEND", "Agg")
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    by_assignment: dict[str, list[float]] = defaultdict(list)
    for o in outcomes:
        by_assignment[o.assignment].append(100 * o.score / o.max_score if o.max_score else 0.0)
    names = sorted(by_assignment)
    plots = {}

    fig, ax = plt.subplots(figsize=(max(6, 1.3 * len(names)), 4))
    ax.boxplot([by_assignment[n] for n in names], showmeans=True)
    for i, name in enumerate(names, start=1):
        values = by_assignment[name]
        jitter = [i + 0.08 * ((k % 5) - 2) for k in range(len(values))]
        ax.scatter(jitter, values, s=14, alpha=0.6, color="tab:blue", zorder=3)
    ax.set_xticks(range(1, len(names) + 1), names, rotation=30, ha="right")
    ax.set_ylabel("autograded score (%)")
    ax.set_ylim(-5, 105)
    ax.set_title("Score distribution per assignment (one dot per learner)")
    plots["distribution"] = _png(fig)
    plt.close(fig)

    labels = [f"{a} · {g}" for a, g in rates]
    values = [100 * v for v in rates.values()]
    fig, ax = plt.subplots(figsize=(8, max(3, 0.28 * len(labels))))
    ax.barh(labels, values, color=["tab:red" if v < 50 else "tab:green" for v in values])
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xlabel("learners passing (%) among graded submissions")
    ax.set_title("Pass rate per exercise (red: under half pass)")
    plots["pass_rate"] = _png(fig)
    plt.close(fig)

    fig, ax = plt.subplots(figsize=(7, 3.5))
    ax.hist([o.seconds for o in outcomes], bins=20, color="tab:purple")
    ax.set_xlabel("seconds to grade one submission (autograde + feedback)")
    ax.set_ylabel("submissions")
    ax.set_title("Grading time per submission")
    plots["runtime"] = _png(fig)
    plt.close(fig)
    return plots


def _pass_rates(outcomes: list[Outcome]) -> dict[tuple[str, str], float]:
    passed: dict[tuple[str, str], list[bool]] = defaultdict(list)
    rates: dict[tuple[str, str], float] = {}
    for o in outcomes:
        for gid, earned in o.cells.items():
            passed[(o.assignment, gid)].append(earned > 0)
    for key, flags in passed.items():
        rates[key] = sum(flags) / len(flags)
    return dict(sorted(rates.items()))


def write_html_report(outcomes: list[Outcome], path: Path, *, title: str,
                      files: dict[str, Path], protections: dict | None = None,
                      backend: str = "", seconds: float = 0.0) -> Path:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("curriculum", "templates"),
                      autoescape=select_autoescape(["html", "j2"]))
    rates = _pass_rates(outcomes)
    hardest = sorted(rates.items(), key=lambda kv: kv[1])[:5]
    students = sorted({o.student for o in outcomes})
    assignments = sorted({o.assignment for o in outcomes})
    table = {(o.student, o.assignment): o for o in outcomes}
    html = env.get_template("report.html.j2").render(
        title=title, outcomes=outcomes, students=students, assignments=assignments,
        table=table, plots=_plots(outcomes, rates), hardest=hardest,
        files={k: os.path.relpath(v, path.parent) for k, v in files.items()},
        protections=protections or {}, backend=backend, seconds=seconds,
        review=[o for o in outcomes if o.review],
        status_counts={s: sum(o.status == s for o in outcomes)
                       for s in ("graded", "missing", "malformed", "failed")})
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html)
    return path
