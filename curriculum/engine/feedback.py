"""Feedback a learner may see: per exercise, status, points, a one-line message and a hint;
never the source of a hidden test, nor any traceback line.

The HTML is nbgrader's own feedback template (`GetGrades` + `ClearHiddenTests` + nbconvert's
`HTMLExporter` with template "feedback", as `nbgrader generate_feedback` configures it),
applied to a copy of the autograded notebook whose test cells carry only learner-safe text.
`ClearHiddenTests` alone is not enough: a traceback quotes the failing line of a hidden test
(nbgrader #1363). Export runs in worker processes with an address-space limit and a timeout,
so a pathological notebook cannot stall a run (stock nbgrader took > 500 s and 7.9 GB on one
48 MB output line).
"""

from __future__ import annotations

import copy
import json
import os
import re
import resource
from concurrent.futures import ProcessPoolExecutor, TimeoutError as FutureTimeout
from multiprocessing import get_context
from pathlib import Path

import nbformat

from ..notebooks import grade_id, is_autograded_test

FEEDBACK_MEMORY_BYTES = 2 << 30
FEEDBACK_TIMEOUT_S = 60
MAX_TEXT = 4000                  # characters of any one text output a learner sees
STATUS_TEXT = {"passed": "PASSED", "failed": "FAILED", "not run": "NOT RUN",
               "review": "SENT TO MANUAL REVIEW"}


def scrub(text: str, hidden: set[str]) -> str:
    """Remove hidden-test lines from text a learner will see. Learner code runs in the same
    process as the hidden tests and can print their source (from IPython's `In` history or
    a stack frame); line by line, a hidden line or one containing a long hidden line goes."""
    if not hidden or not text:
        return text
    long_lines = [h for h in hidden if len(h) >= 12]
    kept = []
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and (stripped in hidden or any(h in line for h in long_lines)):
            kept.append("[hidden test line removed]")
        else:
            kept.append(line)
    return "\n".join(kept)


def _scrub_output(output, hidden: set[str]):
    if output.get("output_type") == "stream":
        output["text"] = scrub(output.get("text", ""), hidden)
    for mime, value in list(output.get("data", {}).items()):
        if isinstance(value, str) and (mime.startswith("text/") or mime.endswith("json")):
            output["data"][mime] = scrub(value, hidden)
        elif not isinstance(value, str):
            output["data"][mime] = scrub(str(value), hidden)
    return output


def learner_copy(executed_nb, cell_scores: dict, hints: dict[str, str],
                 hidden: set[str] = frozenset()):
    """The autograded notebook as a learner may see it."""
    from nbgrader.preprocessors import ClearHiddenTests

    nb = copy.deepcopy(executed_nb)
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        gid = grade_id(cell)
        if is_autograded_test(cell):
            result = cell_scores.get(gid)
            status = STATUS_TEXT.get(result.status, result.status) if result else "NOT RUN"
            lines = [f"{status}: {result.earned:g} of {result.possible:g} points"
                     if result else status]
            if result and result.message and result.status != "passed":
                lines.append(result.message)
            hint = hints.get(gid.removesuffix("_tests"), "")
            if result and result.status != "passed" and hint:
                lines.append(f"Hint: {hint}")
            name = "stdout" if result and result.status == "passed" else "stderr"
            cell.outputs = [nbformat.v4.new_output("stream", name=name,
                                                   text="\n".join(lines) + "\n")]
        else:
            cell.outputs = [_safe_output(o) for o in cell.outputs]
        cell.outputs = [_scrub_output(o, hidden) for o in cell.outputs]
    nb, _ = ClearHiddenTests().preprocess(nb, {})
    return nb


def _safe_output(output):
    """Outputs of the learner's own cells: errors without traceback, text capped."""
    if output.get("output_type") == "error":
        from .scoring import safe_message
        return nbformat.v4.new_output("stream", name="stderr",
                                      text=safe_message(output) + "\n")
    output = copy.deepcopy(output)
    if output.get("output_type") == "stream":
        text = output.get("text", "")
        if len(text) > MAX_TEXT:
            output["text"] = text[:MAX_TEXT] + f"\n[... {len(text) - MAX_TEXT} characters]\n"
    for mime, value in list(output.get("data", {}).items()):
        if isinstance(value, str) and mime.startswith("text/") and len(value) > MAX_TEXT:
            output["data"][mime] = value[:MAX_TEXT] + "\n[...]"
    return output


def hints_by_exercise(nb) -> dict[str, str]:
    from ..check import _hints
    return _hints(nb)


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (FEEDBACK_MEMORY_BYTES, FEEDBACK_MEMORY_BYTES))
    os.environ.setdefault("MPLBACKEND", "Agg")


_EXPORTER = None


def _exporter():
    """One exporter per worker process (building one compiles its 27 templates)."""
    global _EXPORTER
    if _EXPORTER is not None:
        return _EXPORTER
    from nbconvert.exporters import HTMLExporter
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
    from nbgrader.preprocessors import GetGrades
    from traitlets.config import Config
    import nbgrader

    base = Path(nbgrader.__file__).parent
    config = Config()
    config.HTMLExporter.template_name = "feedback"
    config.HTMLExporter.extra_template_basedirs = [
        str(base / "server_extensions" / "formgrader" / "templates")]
    config.HTMLExporter.extra_template_paths = [str(
        base / "server_extensions" / "formgrader" / "static" / "node_modules" / "bootstrap"
        / "dist" / "css")]
    exporter = _feedback_exporter_class(HTMLExporter)(config=config)
    exporter.register_preprocessor(_get_grades_class(GetGrades)(), enabled=True)
    exporter.register_preprocessor(CSSHTMLHeaderPreprocessor(), enabled=True)
    _EXPORTER = exporter
    return exporter


NO_ALT = 'alt="No description has been provided for this image"'   # nbconvert's text
_IMG_WITHOUT_ALT = re.compile(r"<img\b(?![^>]*\salt=)", re.IGNORECASE)
_FOCUSABLE = re.compile(r'<div\b(?=[^>]*\sclass="[^"]*\b(?:jp-Cell-inputWrapper|'
                        r'jp-OutputArea-output)\b)')


def _accessible(html: str) -> str:
    """The two edits HTMLExporter makes with BeautifulSoup after rendering, made on the
    text: alternative text on images that have none, and focusable lab-style cells (the
    classic-based feedback template has none)."""
    html = _IMG_WITHOUT_ALT.sub(f"<img {NO_ALT}", html)
    if "jp-Notebook" in html:
        html = _FOCUSABLE.sub('<div tabindex="0"', html)
    return html


_HIGHLIGHTED: dict = {}          # (lexer, options, source, language, magics) -> HTML
HIGHLIGHT_CACHE = 4096


class _Remembered:
    """nbconvert's Highlight2HTML, remembering its results in this worker process: the
    instructor's cells (tests, set-up) are the same in every learner's notebook, and
    pygments is the largest part of an export left. Its result depends on the source, the
    language, the lexer and formatter options and, of the cell's metadata, only on
    "magics_language" (nbconvert 7's `_pygments_highlight`); the rest of the metadata
    (GetGrades writes each learner's score there) is not part of the key."""

    def __init__(self, highlighter):
        self.highlighter = highlighter

    def __call__(self, source, language=None, metadata=None, **options):
        try:
            magics = (metadata or {}).get("magics_language")
            key = (getattr(self.highlighter, "pygments_lexer", None),
                   json.dumps(getattr(self.highlighter, "extra_formatter_options", None),
                              sort_keys=True), source, language, json.dumps(magics),
                   json.dumps(options, sort_keys=True) if options else None)
        except (AttributeError, TypeError, ValueError):
            return self.highlighter(source, language, metadata, **options)
        html = _HIGHLIGHTED.get(key)
        if html is None:
            html = self.highlighter(source, language, metadata, **options)
            if len(_HIGHLIGHTED) >= HIGHLIGHT_CACHE:
                _HIGHLIGHTED.clear()
            _HIGHLIGHTED[key] = html
        return html


_GRADEBOOKS: dict = {}           # db_url -> this worker's nbgrader Gradebook


def _get_grades_class(base):
    """nbgrader's GetGrades (the scores into the notebook, for the feedback template), with
    one Gradebook per worker process instead of one per notebook: opening one inspects
    every table and creates an engine whose compiled statements die with it. Its session
    ends after each notebook, so every export reads what is committed then."""
    if not hasattr(base, "_get_score"):
        return base

    class WorkerGetGrades(base):
        def preprocess(self, nb, resources):
            # GetGrades.preprocess (nbgrader 0.9), with the worker's Gradebook
            from nbgrader.api import Gradebook
            from nbgrader.preprocessors.base import NbGraderPreprocessor

            self.notebook_id = resources['nbgrader']['notebook']
            self.assignment_id = resources['nbgrader']['assignment']
            self.student_id = resources['nbgrader']['student']
            self.db_url = resources['nbgrader']['db_url']
            if self.db_url not in _GRADEBOOKS:
                _GRADEBOOKS[self.db_url] = Gradebook(self.db_url)
            self.gradebook = _GRADEBOOKS[self.db_url]
            try:
                nb, resources = NbGraderPreprocessor.preprocess(self, nb, resources)
                notebook = self.gradebook.find_submission_notebook(
                    self.notebook_id, self.assignment_id, self.student_id)
                late_penalty = notebook.late_submission_penalty
                if late_penalty is None:
                    late_penalty = 0
                else:
                    self.log.warning("Late submission penalty: {}".format(late_penalty))
                resources['nbgrader']['score'] = notebook.score - late_penalty
                resources['nbgrader']['max_score'] = notebook.max_score
                resources['nbgrader']['late_penalty'] = late_penalty
            except BaseException:
                _GRADEBOOKS.pop(self.db_url, None)
                self.gradebook.close()
                raise
            finally:
                self.gradebook.db.remove()             # ends the read; the engine stays
            return nb, resources

    return WorkerGetGrades


def _feedback_exporter_class(base):
    """`base` (nbconvert's HTMLExporter) without its closing BeautifulSoup pass, which
    parses the whole rendered page, runs three CSS selectors and writes it out again: about
    70% of an export's time, for two small edits (`_accessible` makes them). Falls back to
    `base` itself where nbconvert's internals differ from the version this mirrors."""
    try:
        from nbconvert.exporters.html import Highlight2HTML, WidgetsDataTypeFilter
        from nbconvert.exporters.templateexporter import TemplateExporter
    except ImportError:
        return base
    if not all(hasattr(base, name) for name in ("_init_resources", "register_filter")):
        return base
    import inspect
    from nbconvert.filters import highlight

    try:            # the cache's key holds what nbconvert 7's highlighter reads; else none
        mirrored = "magics_language" in inspect.getsource(highlight._pygments_highlight)
    except (AttributeError, OSError, TypeError):
        mirrored = False

    def remembered(highlighter):
        return _Remembered(highlighter) if mirrored else highlighter

    class FeedbackHTMLExporter(base):
        def from_notebook_node(self, nb, resources=None, **kw):
            # HTMLExporter.from_notebook_node (nbconvert 7), up to its BeautifulSoup pass
            langinfo = nb.metadata.get("language_info", {})
            lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
            highlight_code = self.filters.get("highlight_code") or remembered(
                Highlight2HTML(pygments_lexer=lexer, parent=self))
            resources = self._init_resources(resources)
            filter_data_type = WidgetsDataTypeFilter(
                notebook_metadata=self._nb_metadata, parent=self, resources=resources)
            self.register_filter("highlight_code", highlight_code)
            self.register_filter("filter_data_type", filter_data_type)
            html, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
            return _accessible(html), resources

    return FeedbackHTMLExporter


def export_html(nb_json: str, *, db_url: str, assignment: str, student: str,
                notebook: str, out: str) -> str:
    """Run in a limited worker: nbgrader's feedback pipeline on a learner-safe notebook."""
    nb = nbformat.reads(nb_json, as_version=4)
    resources = {"nbgrader": {"db_url": db_url, "assignment": assignment,
                              "student": student, "notebook": notebook}}
    html, _ = _exporter().from_notebook_node(nb, resources=resources)
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(html)
    os.replace(tmp, path)
    return str(path)


class FeedbackPool:
    """Feedback export in `workers` spawned processes, each limited to 2 GiB, 60 s a file."""

    def __init__(self, workers: int):
        self.workers = max(1, workers)
        self.pool = self._new()

    def _new(self):
        return ProcessPoolExecutor(self.workers, mp_context=get_context("spawn"),
                                   initializer=_limit_memory)

    def submit(self, **kwargs):
        return self.pool.submit(export_html, **kwargs)

    def result(self, future) -> str | None:
        """None, or why no feedback was written."""
        try:
            future.result(timeout=FEEDBACK_TIMEOUT_S)
            return None
        except FutureTimeout:
            self._reset()
            return f"feedback took longer than {FEEDBACK_TIMEOUT_S} s and was stopped"
        except MemoryError:
            return "feedback ran out of its memory limit"
        except Exception as exc:  # noqa: BLE001 - one learner's feedback never stops a run
            if "BrokenProcessPool" in type(exc).__name__:
                self._reset()
            return f"feedback failed ({type(exc).__name__}: {str(exc)[:200]})"

    def _reset(self) -> None:
        for process in list(getattr(self.pool, "_processes", {}).values()):
            process.kill()
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new()

    def close(self) -> None:
        self.pool.shutdown(wait=True)


