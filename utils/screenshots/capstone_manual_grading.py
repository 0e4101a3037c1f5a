"""Screenshots of the capstone's manual-grading flow, in Debian's chromium (Playwright):
formgrader's list after `curriculum grade`, a written answer in formgrader, then the learner's
feedback after a grader's scores and comments (nbgrader's generate_feedback).

    .venv/bin/python utils/screenshots/capstone_manual_grading.py   # -> reports/capstone/*.png

It grades one solved submission in a scratch copy of the course, starts the instructor's
JupyterLab (`curriculum lab --instructor`) on a free loopback port, and stops it at the end.
"""
import copy
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import nbformat

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
from curriculum.demo import strip_solution_markers  # noqa: E402
from curriculum.notebooks import grade_id  # noqa: E402

AID = "s5-01-capstone"
BASE = Path(tempfile.mkdtemp(prefix="capstone-shots-"))
ROOT = BASE / "course"
SUBS = BASE / "submissions"
OUT = REPO / "reports" / "capstone"
BIN = REPO / ".venv" / "bin"
TOKEN = "capstone-shots"


def sh(*args, **kw):
    print("+", " ".join(map(str, args)), flush=True)
    return subprocess.run(list(map(str, args)), check=True, **kw)


def setup():
    shutil.rmtree(BASE / "course", ignore_errors=True)
    shutil.rmtree(SUBS, ignore_errors=True)
    ROOT.mkdir(parents=True)
    shutil.copy2(REPO / "nbgrader_config.py", ROOT / "nbgrader_config.py")
    for kind in ("source", "release"):
        shutil.copytree(REPO / kind / AID, ROOT / kind / AID)
    source = nbformat.read(ROOT / "source" / AID / f"{AID}.ipynb", as_version=4)
    release = nbformat.read(ROOT / "release" / AID / f"{AID}.ipynb", as_version=4)
    master = {grade_id(c): c for c in source.cells if grade_id(c)}
    nb = copy.deepcopy(release)
    for cell in nb.cells:
        gid = grade_id(cell)
        if gid and cell.metadata["nbgrader"].get("solution"):
            cell.source = strip_solution_markers(master[gid].source).strip()
    folder = SUBS / "ada" / AID
    folder.mkdir(parents=True)
    nbformat.write(nb, folder / f"{AID}.ipynb")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    setup()
    sh(BIN / "curriculum", "grade", AID, "--course", ROOT, "--submissions", SUBS,
       "--report-dir", BASE / "report", "--workers", "1")
    print((BASE / "report" / "outcomes.csv").read_text())

    port = free_port()
    home = BASE / "home"
    home.mkdir(exist_ok=True)
    env = dict(os.environ, CURRICULUM_HOME=str(home))
    log = open(BASE / "lab.log", "w")
    lab = subprocess.Popen([BIN / "curriculum", "lab", "--course", ROOT, "--instructor",
                            "--no-browser", "--port", str(port),
                            f"--IdentityProvider.token={TOKEN}", "--ServerApp.ip=127.0.0.1",
                            "--ServerApp.port_retries=0"], env=env, stdout=log,
                           stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(f"{url}/api/status?token={TOKEN}", timeout=2)
                break
            except OSError:
                time.sleep(0.5)
        from playwright.sync_api import sync_playwright
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"])
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(f"{url}/login?next=%2Fformgrader")        # sets the login cookie
            if page.locator("input[name=password]").count():
                page.fill("input[name=password]", TOKEN)
                page.click("#login_submit")
            page.wait_for_timeout(2000)
            page.goto(f"{url}/formgrader/gradebook/{AID}/{AID}")
            page.wait_for_function("!document.body.innerText.includes('Loading, please wait')",
                                   timeout=60000)
            page.wait_for_timeout(1000)
            page.screenshot(path=str(OUT / "1-formgrader-capstone-submissions.png"), full_page=True)
            # the submission's manual grading page
            from curriculum.course import Course
            api = Course.at(ROOT).nbgrader_api()
            with api.gradebook as gb:
                sub = gb.find_submission_notebook(AID, AID, "ada")
                page.goto(f"{url}/formgrader/submissions/{sub.id}/?index=0&token={TOKEN}")
            page.wait_for_timeout(6000)
            memo = page.get_by_text("Question C — The decision memo")
            if memo.count():
                memo.first.scroll_into_view_if_needed()
                page.wait_for_timeout(1000)
            page.screenshot(path=str(OUT / "2-formgrader-manual-grading-memo.png"))
            # a grader's scores and comments, as formgrader saves them
            comments = {
                "qa_model_choice": (2, "Clear cost argument and a concrete calibration check."),
                "qb_production_risks": (1, "Drift is right; 'quality can decay' needs a mechanism "
                                           "such as a label-delayed AUC check."),
                "qc_decision_memo": (3, "Evidence, economics and risk all covered; good holdout plan."),
            }
            with api.gradebook as gb:
                for gid, (score, text) in comments.items():
                    g = gb.find_grade(gid, AID, AID, "ada")
                    g.manual_score, g.needs_manual_grade = score, False
                    gb.find_comment(gid, AID, AID, "ada").manual_comment = text
                gb.db.commit()
                print("total after manual grading:", gb.find_submission(AID, "ada").score)
            result = api.generate_feedback(AID, "ada")
            assert result["success"], result.get("log")
            html = ROOT / "feedback" / "ada" / AID / f"{AID}.html"
            page.goto(html.as_uri())
            page.wait_for_timeout(2000)
            page.screenshot(path=str(OUT / "3-feedback-top.png"))
            memo = page.get_by_text("Evidence, economics and risk all covered")
            memo.first.scroll_into_view_if_needed()
            page.wait_for_timeout(500)
            page.screenshot(path=str(OUT / "4-feedback-memo-comment.png"))
            browser.close()
    finally:
        os.killpg(lab.pid, signal.SIGTERM)
        lab.wait(30)
    print("screenshots in", OUT)


if __name__ == "__main__":
    main()
