"""Assertions for the visible and hidden tests of the curriculum's notebooks.

Every failure raises ``AssertionError`` whose message names the property that failed (type,
shape, dtype, closeness, mutation, a forbidden call) and what was *found*, never the expected
value, so a hidden test teaches without giving the answer away (DESIGN.md, "Authoring rules";
the three outcomes follow Kaggle learntools' checkers).

Results are converted to plain NumPy arrays / Python scalars before they are compared, so a
learner's object with an ``__eq__`` that always returns True cannot pass a check.

This module is imported inside learners' kernels: it must import fast (NumPy only).
"""

from __future__ import annotations

import collections.abc
import contextlib
import copy
import dis
import functools
import importlib
import numbers
import types
from typing import Any, Callable, Iterable, Iterator

import numpy as np

__all__ = [
    "ForbiddenCallError", "expect_type", "expect_shape", "expect_dtype", "expect_close",
    "expect_equal", "expect_true", "expect_raises", "expect_no_mutation", "forbidden",
    "referenced_names", "expect_not_referenced", "as_plain_array", "as_plain_float",
]


class ForbiddenCallError(BaseException):
    """Raised when an exercise calls the library it must reimplement.

    A ``BaseException`` so that a learner's ``except Exception`` cannot swallow it.
    """


class CheckFailure(AssertionError):
    """A check's verdict: an ``AssertionError`` whose traceback, in IPython, starts at the
    learner's cell and stops at the call of the check (the checks' own frames are
    internals a learner cannot act on). Still an error output, so graders score it 0."""

    def _render_traceback_(self) -> list[str]:  # IPython's hook for custom tracebacks
        try:
            from IPython import get_ipython

            shell = get_ipython()
            tb = _without_check_frames(self.__traceback__)
            if shell is None or tb is None:
                raise LookupError
            return shell.InteractiveTB.structured_traceback(type(self), self, tb)
        except Exception:  # noqa: BLE001 - never hide the message behind a rendering error
            return [f"AssertionError: {self}"]


# Learners, nbgrader and the feedback see the familiar name (ename "AssertionError").
CheckFailure.__name__ = CheckFailure.__qualname__ = "AssertionError"
CheckFailure.__module__ = "builtins"


def _without_check_frames(tb):
    """The traceback up to (not into) the first frame of this module."""
    first = tb
    previous = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == __file__:
            if previous is None:
                return None
            previous.tb_next = None
            return first
        previous, tb = tb, tb.tb_next
    return first


def _fail(what: str, message: str) -> None:
    raise CheckFailure(f"{what}: {message}")


def as_plain_array(value: Any, what: str = "result") -> np.ndarray:
    """Convert `value` to a plain ``numpy.ndarray`` (not a subclass), or fail with a clear message."""
    if isinstance(value, np.ndarray) and type(value) is not np.ndarray:
        value = np.asarray(value).view(np.ndarray)
    if type(value).__module__.startswith("torch") and hasattr(value, "detach"):
        value = value.detach().cpu().numpy()  # without importing torch here
    try:
        array = np.array(value, copy=True)
    except Exception as exc:  # noqa: BLE001 - any conversion failure is the learner's type error
        _fail(what, f"could not be converted to a NumPy array ({type(value).__name__}: {exc})")
    if array.dtype == object:
        _fail(what, f"converted to an array of Python objects (from {type(value).__name__}); "
                    "return numbers, not nested objects")
    return array


def as_plain_float(value: Any, what: str = "result") -> float:
    """Convert `value` to a Python float, or fail saying what type was found."""
    if isinstance(value, (bool, np.bool_)):
        _fail(what, f"expected a number, found a boolean ({value!r})")
    if isinstance(value, np.ndarray) and value.size == 1:
        value = value.reshape(()).item()
    if not isinstance(value, (numbers.Real, np.floating, np.integer)):
        _fail(what, f"expected a real number, found {type(value).__name__}")
    return float(value)


def expect_type(value: Any, types_: type | tuple[type, ...], what: str = "result") -> None:
    """Fail unless `value` is an instance of `types_`."""
    if not isinstance(value, types_):
        names = (types_,) if isinstance(types_, type) else types_
        expected = " or ".join(t.__name__ for t in names)
        _fail(what, f"expected {expected}, found {type(value).__name__}")


def expect_shape(value: Any, shape: tuple[int, ...], what: str = "result") -> None:
    """Fail unless `value` (array-like) has exactly `shape`."""
    found = as_plain_array(value, what).shape
    if tuple(found) != tuple(shape):
        _fail(what, f"expected shape {tuple(shape)}, found shape {tuple(found)}")


def expect_dtype(value: Any, kinds: str, what: str = "result") -> None:
    """Fail unless the array's dtype kind is one of `kinds` ('f' float, 'i'/'u' integer, 'b' bool)."""
    dtype = as_plain_array(value, what).dtype
    if dtype.kind not in kinds:
        names = {"f": "float", "i": "signed integer", "u": "unsigned integer", "b": "bool",
                 "c": "complex", "U": "string"}
        expected = " or ".join(names.get(k, k) for k in kinds)
        _fail(what, f"expected a {expected} dtype, found {dtype}")


def expect_close(actual: Any, expected: Any, what: str = "result", *, rtol: float = 1e-6,
                 atol: float = 1e-8, hint: str = "") -> None:
    """Fail unless `actual` has `expected`'s shape and matches it within `rtol`/`atol`.

    The message gives the shape, the number of mismatching entries and the largest error,
    never the expected values. NaN never matches.
    """
    expected_arr = np.asarray(expected, dtype=float)
    actual_arr = as_plain_array(actual, what)
    if actual_arr.shape != expected_arr.shape:
        _fail(what, f"expected shape {expected_arr.shape}, found shape {actual_arr.shape}"
                    + (f". {hint}" if hint else ""))
    if actual_arr.dtype.kind not in "biuf":
        _fail(what, f"expected numbers, found dtype {actual_arr.dtype}")
    actual_arr = actual_arr.astype(float)
    if np.isnan(actual_arr).any():
        _fail(what, "contains NaN" + (f". {hint}" if hint else ""))
    close = np.isclose(actual_arr, expected_arr, rtol=rtol, atol=atol)
    if not close.all():
        error = np.abs(actual_arr - expected_arr)
        worst = float(np.nanmax(error)) if error.size else 0.0
        where = "" if actual_arr.ndim == 0 else (
            f" in {int((~close).sum())} of {close.size} entries")
        _fail(what, f"does not match the reference{where} (largest absolute error {worst:.3g})"
                    + (f". {hint}" if hint else ""))


def expect_equal(actual: Any, expected: Any, what: str = "result", hint: str = "") -> None:
    """Exact equality for plain values (int, str, bool, tuples/lists of them, arrays).

    Both sides are converted to plain Python/NumPy values first; the message never shows
    the expected value.
    """
    if isinstance(expected, (np.ndarray, list, tuple)) and not isinstance(actual, (str, dict)):
        actual_arr = as_plain_array(actual, what)
        expected_arr = np.asarray(expected)
        if actual_arr.shape != expected_arr.shape:
            _fail(what, f"expected shape {expected_arr.shape}, found shape {actual_arr.shape}"
                        + (f". {hint}" if hint else ""))
        if not np.array_equal(actual_arr, expected_arr):
            wrong = int((actual_arr != expected_arr).sum())
            _fail(what, f"{wrong} of {expected_arr.size} entries are wrong"
                        + (f". {hint}" if hint else ""))
        return
    if expected is None:
        if actual is not None:
            _fail(what, f"expected None, found {type(actual).__name__}")
        return
    if isinstance(expected, bool):
        if not isinstance(actual, (bool, np.bool_)):
            _fail(what, f"expected a bool, found {type(actual).__name__}")
        if bool(actual) is not expected:
            _fail(what, "is not the expected value" + (f". {hint}" if hint else ""))
        return
    if isinstance(expected, str):
        if not isinstance(actual, str):
            _fail(what, f"expected a str, found {type(actual).__name__}")
        if not str.__eq__(expected, str.__str__(actual)):
            _fail(what, "is not the expected text" + (f". {hint}" if hint else ""))
        return
    if isinstance(expected, (int, float)):
        if isinstance(actual, (bool, np.bool_)) or not isinstance(actual, numbers.Real):
            _fail(what, f"expected a number, found {type(actual).__name__}")
        if float(actual) != float(expected):
            _fail(what, "is not the expected value" + (f". {hint}" if hint else ""))
        return
    # Containers (dicts, sets, nested lists) are rebuilt from plain types first: a learner's
    # dict or set subclass, or a value inside one, could answer any comparison with True
    # (the reflected operator of a subclass is tried first: `expected != actual` is the
    # learner's own `__ne__`), nbgrader #1379.
    plain, reference = _plain(actual), _plain(expected)
    if reference != plain or plain != reference:
        _fail(what, "is not the expected value" + (f". {hint}" if hint else ""))


def _plain(value: Any, depth: int = 0) -> Any:
    """`value` as built-in types only, through the built-in types' own methods (never the
    value's overrides): bool, int, float, complex, str, bytes, None, and dicts, lists,
    tuples, sets and frozensets of them; NumPy scalars and arrays as Python values. Anything
    else is wrapped in `_Opaque`: equal only to an object of the very same type that its own
    type's `__eq__` finds equal (an instructor's dataclass or enum still compares)."""
    if depth > 50:
        return value
    if value is None or type(value) in (bool, int, float, complex, str, bytes):
        return value
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, np.ndarray):
        return _plain(np.asarray(value).view(np.ndarray).tolist(), depth + 1)
    for kind, convert in ((str, str.__str__), (int, int.__int__), (float, float.__float__),
                          (bytes, bytes.__bytes__)):
        if isinstance(value, kind):
            return convert(value)
    if isinstance(value, dict):
        return {_plain(k, depth + 1): _plain(v, depth + 1) for k, v in dict.items(value)}
    if isinstance(value, (list, tuple)):
        items = [_plain(v, depth + 1) for v in (list.__iter__(value) if isinstance(value, list)
                                                else tuple.__iter__(value))]
        return items if isinstance(value, list) else tuple(items)
    if isinstance(value, (set, frozenset)):
        items = {_plain(v, depth + 1) for v in (set.__iter__(value) if isinstance(value, set)
                                                else frozenset.__iter__(value))}
        return items if isinstance(value, set) else frozenset(items)
    if isinstance(value, collections.abc.Mapping):     # MappingProxyType, a custom mapping
        return {_plain(k, depth + 1): _plain(v, depth + 1) for k, v in list(value.items())}
    if isinstance(value, numbers.Integral):
        return int.__int__(int(value))
    if isinstance(value, numbers.Real):
        return float.__float__(float(value))
    return _Opaque(value)


class _Opaque:
    """A value of a type `_plain` does not know, compared only with one of the same type."""

    __slots__ = ("value",)

    def __init__(self, value: Any):
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Opaque) and type(self.value) is type(other.value) and \
            bool(type(self.value).__eq__(self.value, other.value) is True)

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(type(self.value))


def expect_true(condition: Any, what: str, message: str) -> None:
    """Fail with `message` unless `condition` is a real ``True`` (not an object claiming truth)."""
    if not (isinstance(condition, (bool, np.bool_)) and bool(condition)):
        _fail(what, message)


def expect_raises(exc_types: type | tuple[type, ...], func: Callable, *args: Any,
                  what: str = "", **kwargs: Any) -> BaseException:
    """Fail unless ``func(*args, **kwargs)`` raises one of `exc_types`; returns the exception."""
    label = what or f"{getattr(func, '__name__', 'function')}(...)"
    names = (exc_types,) if isinstance(exc_types, type) else exc_types
    expected = " or ".join(t.__name__ for t in names)
    try:
        func(*args, **kwargs)
    except exc_types as exc:
        return exc
    except ForbiddenCallError:
        raise
    except Exception as exc:  # noqa: BLE001 - report which exception was raised instead
        _fail(label, f"expected {expected}, but it raised {type(exc).__name__}: {exc}")
    _fail(label, f"expected {expected} for this input, but nothing was raised")
    raise AssertionError  # unreachable, keeps type checkers happy


def expect_no_mutation(func: Callable, *args: Any, what: str = "", **kwargs: Any) -> Any:
    """Call `func` on the arguments and fail if it modified any of them; returns the result."""
    label = what or f"{getattr(func, '__name__', 'function')}(...)"
    before = [copy.deepcopy(a) for a in args]
    before_kw = {k: copy.deepcopy(v) for k, v in kwargs.items()}
    result = func(*args, **kwargs)
    for index, (old, new) in enumerate(list(zip(before, args)) + [
            (before_kw[k], kwargs[k]) for k in kwargs]):
        if not _same(old, new):
            _fail(label, f"modified its input argument #{index + 1}; work on a copy instead")
    return result


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, np.ndarray):
        return isinstance(b, np.ndarray) and a.shape == b.shape and bool(
            np.array_equal(a, b, equal_nan=a.dtype.kind in "fc"))
    if hasattr(a, "equals") and callable(a.equals):  # pandas objects
        return bool(a.equals(b))
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, (list, tuple)):
        return type(a) is type(b) and len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    try:
        return bool(a == b)
    except Exception:  # noqa: BLE001 - incomparable objects count as changed
        return False


def _resolve_owner(target: str) -> tuple[Any, str]:
    """("numpy.linalg.svd") -> (numpy.linalg, "svd"); ("torch.Tensor.backward") ->
    (torch.Tensor, "backward"): the longest importable prefix, then attributes."""
    parts = target.split(".")
    for cut in range(len(parts) - 1, 0, -1):
        try:
            owner = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for name in parts[cut:-1]:
            owner = getattr(owner, name)
        return owner, parts[-1]
    raise ValueError(f"cannot resolve {target!r} to a module attribute")


@contextlib.contextmanager
def forbidden(*targets: str, reason: str = "this exercise asks you to implement it yourself"
              ) -> Iterator[None]:
    """Make calling these library functions fail, however the learner's code reaches them.

    Parameters
    ----------
    targets : str
        Dotted names such as ``"numpy.linalg.svd"``, ``"sklearn.cluster.KMeans"`` or a
        class attribute such as ``"torch.Tensor.backward"``.

    Three layers, because a learner may have kept a reference before the test ran
    (``from numpy.linalg import svd as _s``, a default argument, a closure, a dict):

    1. the attribute on its module is replaced by a tripwire that raises ForbiddenCallError;
    2. so is every other reference the notebook's namespace holds: a global, a function's
       default argument or closure cell, a class attribute (put back afterwards);
    3. a profiler (``sys.setprofile``, and ``threading.setprofile`` for new threads) watches
       every call made inside the block, so a Python function (or a builtin function) reached
       through any other path, a container included, is still seen; the block then fails on
       exit with ForbiddenCallError.

    A C function that is neither a Python function nor a builtin function object (a NumPy
    ufunc) reached through a hidden reference is not seen by the profiler; layers 1-2 and
    :func:`expect_not_referenced` cover the usual ways to reach it. Source: the profiler's
    events, https://docs.python.org/3.11/library/sys.html#sys.setprofile.
    """
    import sys
    import threading

    from .origins import trusted_prefixes

    saved: list[tuple[Any, str, Any]] = []
    codes: dict[Any, str] = {}           # code object -> target
    builtins_: dict[int, str] = {}       # id of a builtin function -> target
    originals: dict[int, tuple[Any, Any]] = {}   # id(original) -> (original, tripwire)
    try:
        for target in targets:
            owner, attr = _resolve_owner(target)
            original = getattr(owner, attr)

            def _blocked(*_a: Any, __name: str = target, **_k: Any) -> Any:
                raise ForbiddenCallError(f"{__name} was called, but {reason}.")

            # put back exactly what the owner held itself: nothing, where a class inherits
            # the attribute (torch.Tensor.softmax comes from a C base), and a classmethod or
            # staticmethod as the descriptor, not the function `getattr` returns
            saved.append((owner, attr, vars(owner).get(attr, _INHERITED)))
            setattr(owner, attr, _blocked)
            originals[id(original)] = (original, _blocked)
            for code in _codes_of(original):
                codes[code] = target
            for function in _builtins_of(original):
                builtins_[id(function)] = target
        entry = sys._getframe(2)         # the test's frame: generator <- __enter__ <- with
        judge_file = entry.f_code.co_filename
        library = trusted_prefixes()
        replaced = _replace_references(originals, lambda filename: filename != judge_file
                                       and not filename.startswith(library))

        def watcher() -> Iterator[list[str]]:
            """The profiler's state lives in this generator's frame, which learner code
            cannot reach (the judge's audit hook refuses `gi_frame`): `sys.getprofile()`
            hands learner code the profile function, and through a closure it could have
            read the originals and emptied what is watched. Receives (frame, event, arg)."""
            found: list[str] = []
            while True:
                item = yield found
                if item is None:
                    continue
                frame, event, arg = item
                if event == "call":
                    name = codes.get(frame.f_code)
                    caller = frame.f_back
                elif event == "c_call":
                    name = builtins_.get(id(arg))
                    caller = frame
                else:
                    continue
                if name is None or name in found:
                    continue
                while caller is not None and caller is not entry:   # learner code between?
                    filename = caller.f_code.co_filename
                    if filename != judge_file and not filename.startswith(library):
                        found.append(name)
                        break
                    caller = caller.f_back

        state = watcher()
        next(state)
        send = state.send

        def watch(frame, event, arg):
            send((frame, event, arg))

        previous = sys.getprofile()
        sys.setprofile(watch)
        threading.setprofile(watch)
        try:
            yield
        finally:
            sys.setprofile(previous)
            threading.setprofile(None)
            for put_back in reversed(replaced):
                put_back()
        try:
            seen = state.send(None)
        except BaseException:  # noqa: BLE001 - closed, or thrown into, by learner code
            raise ForbiddenCallError(f"the watch over {', '.join(targets)} was stopped by "
                                     f"the code under test, but {reason}.") from None
        if seen:
            raise ForbiddenCallError(f"{seen[0]} was called, but {reason}.")
    finally:
        for owner, attr, held in reversed(saved):
            if held is _INHERITED:
                delattr(owner, attr)
            else:
                setattr(owner, attr, held)


_INHERITED = object()          # `forbidden`: the attribute was not in the owner's own dict


def _codes_of(obj: Any) -> list:
    """The code objects that run when `obj` is called (a function, a NumPy array-function
    dispatcher's implementation, a decorated function's ``__wrapped__``, a class's methods)."""
    found = []
    candidates = [obj, getattr(obj, "__wrapped__", None), getattr(obj, "_implementation", None),
                  getattr(obj, "__func__", None)]
    if isinstance(obj, type):
        candidates += [v for k, v in vars(obj).items() if k in (
            "__init__", "__new__", "__call__", "fit", "fit_transform", "fit_predict",
            "transform", "predict", "forward")]
    for candidate in candidates:
        candidate = getattr(candidate, "__func__", candidate)
        code = getattr(candidate, "__code__", None)
        if isinstance(code, types.CodeType):
            found.append(code)
    return found


def _builtins_of(obj: Any) -> list:
    """The builtin function objects behind `obj` (what a profiler's c_call event names)."""
    return [c for c in (obj, getattr(obj, "_implementation", None))
            if isinstance(c, (types.BuiltinFunctionType, types.BuiltinMethodType))]


def _replace_references(originals: dict[int, tuple[Any, Any]],
                        learners: Callable[[str], bool]) -> list[Callable[[], None]]:
    """Swap the tripwire in for every reference to a forbidden function that the learner's
    functions can reach through the notebook's namespace: a global one of them names, their
    default arguments and closure cells, attributes of the learner's classes. `learners(file)`
    tells the learner's code by its file name (the test's own references stay intact).
    Returns the undo steps."""
    import sys

    main = sys.modules.get("__main__")
    try:
        from IPython import get_ipython
        shell = get_ipython()
    except ImportError:
        shell = None
    namespaces = [vars(main)] if main is not None else []
    if shell is not None and shell.user_ns is not (namespaces[0] if namespaces else None):
        namespaces.append(shell.user_ns)
    undo: list[Callable[[], None]] = []

    def swap_in(mapping: dict, key: Any) -> None:
        value = mapping[key]
        mapping[key] = originals[id(value)][1]
        undo.append(lambda: mapping.__setitem__(key, value))

    def learners_function(value: Any) -> bool:
        return isinstance(value, types.FunctionType) and learners(value.__code__.co_filename)

    functions = []
    for namespace in namespaces:
        for value in list(namespace.values()):
            if learners_function(value):
                functions.append(value)
            elif isinstance(value, type) and value.__module__ in ("__main__", None):
                for attr, member in list(vars(value).items()):
                    if id(member) in originals and originals[id(member)][0] is member:
                        setattr(value, attr, originals[id(member)][1])
                        undo.append(lambda c=value, a=attr, m=member: setattr(c, a, m))
                    elif learners_function(member):
                        functions.append(member)
        named = set().union(*(referenced_names(f) for f in functions)) if functions else set()
        for key in named & namespace.keys():
            value = namespace[key]
            if id(value) in originals and originals[id(value)][0] is value:
                swap_in(namespace, key)
    for function in functions:
        defaults = function.__defaults__
        if defaults and any(id(d) in originals for d in defaults):
            function.__defaults__ = tuple(originals[id(d)][1] if id(d) in originals else d
                                          for d in defaults)
            undo.append(lambda f=function, d=defaults: setattr(f, "__defaults__", d))
        kwdefaults = function.__kwdefaults__
        if kwdefaults and any(id(v) in originals for v in kwdefaults.values()):
            for key in [k for k, v in kwdefaults.items() if id(v) in originals]:
                swap_in(kwdefaults, key)
        for cell in function.__closure__ or ():
            try:
                value = cell.cell_contents
            except ValueError:          # an empty cell
                continue
            if id(value) in originals and originals[id(value)][0] is value:
                cell.cell_contents = originals[id(value)][1]
                undo.append(lambda c=cell, v=value: setattr(c, "cell_contents", v))
    return undo


def referenced_names(func: Callable, _seen: set[int] | None = None) -> set[str]:
    """Global and attribute names the function's code refers to, following nested functions
    and the notebook's own helper functions it calls (same module globals)."""
    seen = _seen if _seen is not None else set()
    names: set[str] = set()
    code = getattr(func, "__code__", None)
    if code is None or id(code) in seen:
        return names
    seen.add(id(code))
    stack = [code]
    while stack:
        co = stack.pop()
        names.update(co.co_names)
        for instr in dis.get_instructions(co):
            if instr.opname == "BINARY_OP" and instr.argrepr in ("@", "@="):
                names.add("@")
        stack.extend(c for c in co.co_consts if isinstance(c, types.CodeType))
    globals_ = getattr(func, "__globals__", {})
    for name in list(names):
        helper = globals_.get(name)
        if isinstance(helper, types.FunctionType) and helper.__globals__ is globals_:
            names |= referenced_names(helper, seen)
    return names


def expect_not_referenced(func: Callable, names: Iterable[str], what: str = "") -> None:
    """Fail if `func` (or a helper it calls) refers to any of `names`, e.g. ``{"svd", "eig"}``.

    ``"@"`` stands for the matrix-multiplication operator.
    """
    label = what or getattr(func, "__name__", "function")
    used = sorted(referenced_names(func) & set(names))
    if used:
        _fail(label, f"uses {', '.join(used)}, which this exercise asks you to implement "
                     "yourself")


class TamperingError(BaseException):
    """Raised by a check when something it runs on (this module, the builtins, NumPy) was
    replaced after the checks were imported: learner code that patches, say, ``_fail`` or
    ``builtins.float`` from inside the function under test, and has the patch undo itself
    once a check has used it, leaves nothing for a restore between cells to see. The
    replacement is put back first. A ``BaseException``, like ForbiddenCallError."""


# Names IPython's builtin trap sets and removes around every cell it runs, and those
# ipykernel swaps for each execute request (`input`, forwarded to the front end).
_SHELL_BUILTINS = frozenset({"exit", "quit", "get_ipython", "display", "__IPYTHON__",
                             "dreload", "_", "__", "___", "input", "raw_input"})


def _namespace_watch() -> Iterator[list[str]]:
    """A generator (its frame, which holds the saved references, is out of learner code's
    reach: the grader's audit hook refuses `gi_frame`): each `next()` puts back and returns
    the names replaced since the previous one, among the functions, classes and modules of
    this module, the builtins, NumPy, ``numpy.testing`` and the NumPy modules whose
    functions the checks call (``np.isclose`` runs in ``numpy._core.numeric``)."""
    import builtins
    import operator
    import sys

    spaces: dict[int, tuple[str, dict]] = {}
    for label, namespace in (("curriculum.checks", globals()), ("builtins", vars(builtins)),
                             ("numpy", vars(np))):
        spaces[id(namespace)] = (label, namespace)
    if "numpy.testing" in sys.modules:
        spaces.setdefault(id(vars(sys.modules["numpy.testing"])),
                          ("numpy.testing", vars(sys.modules["numpy.testing"])))
    used: set[str] = set()
    for value in list(globals().values()):
        if isinstance(value, types.FunctionType) and value.__module__ == __name__:
            used |= referenced_names(value)
    for name in used:
        function = vars(np).get(name)            # (no lazy attribute: no warnings)
        home = getattr(function, "__globals__", None)
        if isinstance(home, dict):
            spaces.setdefault(id(home), (str(home.get("__name__")), home))
    saved = []
    keyword_defaults = []        # (label, the dict, its items): a dict changes in place
    for label, namespace in spaces.values():
        kept = {k: v for k, v in namespace.items() if (callable(v) or isinstance(
            v, types.ModuleType)) and not (label == "builtins" and k in _SHELL_BUILTINS)}
        saved.append((label, namespace, tuple(kept), tuple(kept.values())))
        for key, value in kept.items():
            while isinstance(value, types.FunctionType):     # a guarded check, then its own
                if value.__kwdefaults__:
                    keyword_defaults.append((f"{label}.{key}", value.__kwdefaults__,
                                             tuple(value.__kwdefaults__.items())))
                value = getattr(value, "__wrapped__", None)
    # forbidden()'s tripwires stand in for library functions inside its block: a function
    # with their code can only raise ForbiddenCallError, whoever made it.
    tripwire = _tripwire_code()
    is_ = operator.is_
    changed: list[str] = []
    while True:
        yield changed
        changed = []
        for label, namespace, keys, values in saved:
            if all(map(is_, map(namespace.get, keys), values)):
                continue
            for key, value in zip(keys, values):
                now = namespace.get(key)
                if now is not value and not (isinstance(now, types.FunctionType)
                                             and now.__code__ is tripwire):
                    changed.append(f"{label}.{key}")
                    namespace[key] = value
        for label, defaults, items in keyword_defaults:
            if len(defaults) != len(items) or not all(
                    defaults.get(k, _MISSING) is v for k, v in items):
                changed.append(f"the keyword defaults of {label}")
                defaults.clear()
                defaults.update(items)


_MISSING = object()


def _tripwire_code() -> types.CodeType:
    """The code of the tripwire `forbidden` puts in place of a forbidden function."""
    function = forbidden
    while hasattr(function, "__wrapped__"):
        function = function.__wrapped__
    return next(c for c in function.__code__.co_consts
                if isinstance(c, types.CodeType) and c.co_name == "_blocked")


def _guarded(check: Callable, verify: Callable[[], list[str]]) -> Callable:
    """`check`, which first makes sure (`verify`) that nothing it runs on was replaced."""
    @functools.wraps(check)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            changed = verify()
        except BaseException:  # noqa: BLE001 - the watch was closed by learner code
            raise TamperingError("learner code stopped the checks' watch over what they run "
                                 "on; the check was not run") from None
        if changed:
            raise TamperingError("learner code replaced " + ", ".join(changed[:4]) +
                                 " while the tests ran (put back); the check was not run")
        return check(*args, **kwargs)
    return guarded


_watch = _namespace_watch()
for _name in __all__:           # every public check (a check added later is guarded too)
    if _name not in ("ForbiddenCallError", "referenced_names"):
        globals()[_name] = _guarded(globals()[_name], _watch.__next__)
del _name
next(_watch)                    # the references are taken now, the guarded checks included
__all__.append("TamperingError")
