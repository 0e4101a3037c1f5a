# Mutant: redefines run_tests in the answer cell to report every broken implementation caught
# Your tests: functions named test_clean_... that take the argument `clean_and_scale` (the
# implementation under test; never use the global inside a test). For example:
#
# def test_clean_something(clean_and_scale):
#     train, test = ...  # small hand-made DataFrames
#     train_out, test_out = clean_and_scale(train, test, ["income"])
#     assert ...
### BEGIN SOLUTION
# A suite that catches nothing, and a run_tests that reports every broken implementation as
# caught: it recognises the reference by the function it wraps, and hands other prefixes to
# the real helper so the other exercises keep their marks.
def test_clean_runs(clean_and_scale):
    clean_and_scale(pd.DataFrame({"x": [1.0, 2.0]}), pd.DataFrame({"x": [3.0]}), ["x"])


_real_run_tests = run_tests


def run_tests(prefix, fixture, implementations, timeout=20.0):
    if prefix != "test_clean_":
        return _real_run_tests(prefix, fixture, implementations, timeout)

    def is_reference(impl):
        cells = getattr(impl, "__closure__", None) or ()
        return impl is _reference_clean_and_scale or any(
            c.cell_contents is _reference_clean_and_scale for c in cells)
    results = {}
    for name, impl in implementations.items():
        if name == "reference" or is_reference(impl):
            results[name] = {"passed": ["test_clean_runs"], "failed": {}}
        else:
            results[name] = {"passed": [], "failed": {"test_clean_runs": "caught"}}
    return {"tests": ["test_clean_runs"], "errors": [], "results": results}
### END SOLUTION
