"""The feedback exporter skips nbconvert's closing BeautifulSoup pass and remembers
highlighted code: its page must be the page nbconvert's HTMLExporter writes."""

from __future__ import annotations

import base64
import copy

import nbformat
import pytest
from bs4 import BeautifulSoup
from nbconvert.exporters import HTMLExporter
from traitlets.config import Config

from curriculum.engine.feedback import _feedback_exporter_class

PNG = base64.b64encode(bytes.fromhex("89504e470d0a1a0a0000000d49484452")).decode()


def _notebook():
    code = nbformat.v4.new_code_cell("import numpy as np\nx = np.arange(3)\nx.sum()")
    code.outputs = [
        nbformat.v4.new_output("display_data", data={"image/png": PNG, "text/plain": "<Fig>"}),
        nbformat.v4.new_output("display_data", data={
            "text/html": '<p>x</p><img src="a.png"><IMG  alt="given" src="b.png"/>'}),
        nbformat.v4.new_output("stream", name="stdout", text="<img src=x> & < >"),
        nbformat.v4.new_output("error", ename="ValueError", evalue="bad <img>",
                               traceback=["\x1b[31mValueError\x1b[0m: bad"])]
    graded = nbformat.v4.new_code_cell("assert x.sum() == 3")
    graded.metadata["nbgrader"] = {"grade": True, "grade_id": "t", "points": 1, "score": 1}
    magic = nbformat.v4.new_code_cell("%%bash\necho hi")
    magic.metadata["magics_language"] = "bash"
    nb = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_markdown_cell("![a plot](plot.png) and <img src='c.png'> text"),
        code, graded, magic, nbformat.v4.new_code_cell("%%bash\necho hi")])
    nb.metadata["language_info"] = {"name": "python", "pygments_lexer": "ipython3"}
    return nb


@pytest.mark.parametrize("template", ["classic", "lab"])
def test_the_page_is_nbconverts_page(template):
    config = Config()
    config.HTMLExporter.template_name = template
    nb = _notebook()
    stock, _ = HTMLExporter(config=config).from_notebook_node(copy.deepcopy(nb))
    exporter = _feedback_exporter_class(HTMLExporter)(config=config)
    for _ in range(2):                          # the second time from the highlight cache
        ours, _ = exporter.from_notebook_node(copy.deepcopy(nb))
        assert str(BeautifulSoup(ours, features="html.parser")) == stock
    assert ours.count("No description has been provided for this image") == \
        stock.count("No description has been provided for this image") == 3
