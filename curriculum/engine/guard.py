"""The judge's audit hook: capabilities learner code is refused while a notebook is graded.

Learner code shares a process with the tests that judge it (that is what lets stock nbgrader
notebooks run unchanged). Namespaces keep the tests' values apart (`inside._run_test_cell`);
this hook closes the doors *around* namespaces, through which code can still reach the judge:

- the call stack: ``sys._getframe``, ``inspect.currentframe/stack``, ``traceback.walk_stack``,
  ``sys._current_frames`` and the frames of tracebacks, generators and coroutines
  (``tb_frame``, ``gi_frame``, ``cr_frame``, ``ag_frame``): from a frame, ``f_back`` reaches
  the test cell that called the learner's function, and its ``f_globals`` hold what it computed;
- the garbage collector's object graph (``gc.get_objects``, ``get_referrers``, ``get_referents``);
- the code of the judge's functions (assigning ``__code__``, ``__defaults__``, ``__kwdefaults__``
  of a function that is not the learner's own: identity checks would still pass; reading the
  ``__code__`` of a function a test cell defined: its constants are the test's);
- interpreter hooks that would run inside the tests: ``sys.settrace``, ``sys.setprofile``,
  ``sys.addaudithook`` (a learner's audit hook would see every test cell's code object);
- raw memory and foreign functions through ``ctypes`` (``dlopen``, ``dlsym``, ``from_address``,
  ``from_buffer``, ``string_at``, ``PyObj_FromPtr``); the unaudited primitives (``memmove``,
  ``memset``, ``cast``) are taken out of ``ctypes`` by `strip_ctypes`; and the process's memory
  as a file (opening ``/proc/self/mem`` or any ``/proc/<pid>/mem``).

Who asks decides, not what is asked: the frame that raised the event is classified by the
file its code comes from. Library code (the standard library, site-packages, this package)
keeps these capabilities (pandas, logging, pydantic and typing read frames to name a caller);
code from a notebook cell, a module the notebook wrote, ``exec`` of a string, or any file
outside the installed libraries is learner code and is refused with `RefusedCapability`.
``inspect``, ``ctypes`` and ``traceback``'s frame walkers are seen through: ``inspect.stack()``
called by learner code is the learner asking. Code compiled by learner code under a file name
that would make it look trusted (a library path, the judge's cell names) is refused too.

An audit hook cannot be removed once added (PEP 578), and this one is reachable from nowhere
but the interpreter: it keeps no module global, and the list it reports refusals to is held by
the runner's frame, which learner code cannot reach. See README "Limits, honestly" for what a
hook in the same process cannot stop.

Source: PEP 578 (Python runtime audit hooks); the audit events table,
https://docs.python.org/3.11/library/audit_events.html.
"""

from __future__ import annotations

import os
import sys
import threading

from ..origins import JUDGE_FILENAME, trusted_prefixes

# Events refused when learner code raises them, with what they give access to.
REFUSED_EVENTS = {
    "sys._getframe": "the call stack",
    "sys._current_frames": "the call stack",
    "gc.get_objects": "the interpreter's objects (gc)",
    "gc.get_referrers": "the interpreter's objects (gc)",
    "gc.get_referents": "the interpreter's objects (gc)",
    "sys.settrace": "a trace hook",
    "sys.setprofile": "a profile hook",
    "sys.addaudithook": "an audit hook",
    "ctypes.dlopen": "native code (ctypes)",
    "ctypes.dlsym": "native code (ctypes)",
    "ctypes.dlsym/handle": "native code (ctypes)",
    "ctypes.cdata": "raw memory (ctypes)",
    "ctypes.cdata/buffer": "raw memory (ctypes)",
    "ctypes.addressof": "raw memory (ctypes)",
    "ctypes.string_at": "raw memory (ctypes)",
    "ctypes.wstring_at": "raw memory (ctypes)",
    "ctypes.PyObj_FromPtr": "raw memory (ctypes)",
}
FRAME_ATTRIBUTES = {"tb_frame", "gi_frame", "cr_frame", "ag_frame"}
CODE_ATTRIBUTES = {"__code__", "__defaults__", "__kwdefaults__"}


class RefusedCapability(PermissionError):
    """Raised in learner code that asks for a capability that would reach the judge."""


def install(refusals: list) -> None:
    """Add the hook (for the rest of the process). `refusals` receives one line per refused
    attempt; the runner reports them for review."""
    roots = trusted_prefixes()
    inspect_file, traceback_file, ctypes_file = (
        os.path.abspath(m.__file__) for m in _modules("inspect", "traceback", "ctypes"))
    walkers = {"walk_stack", "walk_tb"}
    getframe = sys._getframe
    busy: set[int] = set()
    ident = threading.get_ident

    def learner_file(filename: str) -> bool:
        return not filename.startswith(roots)

    def asked_by_learner(depth: int) -> bool:
        """Whether the code behind this event is the learner's: the first frame outside
        `inspect` and `traceback`'s frame walkers."""
        frame = getframe(depth)
        while frame is not None:
            code = frame.f_code
            name = code.co_filename
            if name == inspect_file or name == ctypes_file or (
                    name == traceback_file and code.co_name in walkers):
                frame = frame.f_back
                continue
            return learner_file(code.co_filename)
        return False

    def refuse(what: str, event: str) -> None:
        refusals.append(f"{what} ({event})")
        raise RefusedCapability(f"reaching for {what} ({event}) is not allowed while the "
                                "notebook is graded: it would reach the tests that judge it")

    def hook(event: str, args: tuple) -> None:
        me = ident()
        if me in busy:                     # the hook's own frame reads raise events too
            return
        what = REFUSED_EVENTS.get(event)
        if what is None:
            if event == "object.__getattr__":
                if args[1] == "__code__":
                    what = "the code of a test's function"
                elif args[1] not in FRAME_ATTRIBUTES:
                    return
                else:
                    what = "the frame of a traceback, generator or coroutine"
            elif event == "object.__setattr__" or event == "object.__delattr__":
                if args[1] not in CODE_ATTRIBUTES or not callable(args[0]):
                    return
                what = "the code of a function the tests use"
            elif event == "open":
                path = args[0]
                if not isinstance(path, (str, bytes)) or not _process_memory(os.fsdecode(path)):
                    return
                what = "raw memory (/proc/.../mem)"
            elif event == "compile" or event == "code.__new__":
                filename = args[1]
                if not isinstance(filename, str) or learner_file(filename):
                    return
                what = "a library's or the grader's file name for compiled code"
            else:
                return
        busy.add(me)
        try:
            if not asked_by_learner(2):
                return
            if what == "the code of a test's function":
                code = getattr(args[0], "__code__", None)   # its constants are the test's
                if code is None or not code.co_filename.startswith(JUDGE_FILENAME):
                    return
            elif what.startswith("the code of"):
                code = getattr(args[0], "__code__", None)
                if code is None or learner_file(code.co_filename):
                    return                 # the learner's own function: theirs to change
        finally:
            busy.discard(me)
        refuse(what, event)

    sys.addaudithook(hook)


def _process_memory(path: str) -> bool:
    """Whether `path` names a process's memory file (/proc/self/mem, /proc/1/task/1/mem), or
    may through a directory descriptor (a relative "mem"): reading it finds the nonce of the
    running test cell, with which a forged result would be accepted."""
    parts = path.replace("\\", "/").split("/")
    return parts[-1] == "mem" and (not path.startswith("/") or path.startswith("/proc/"))


def strip_ctypes() -> None:
    """Take ctypes' unaudited raw-memory primitives away (memmove, memset, cast, string_at and
    the addresses they are built from): with them, any object could be rewritten in place."""
    for name in ("ctypes", "_ctypes"):
        module = sys.modules.get(name)
        if module is None:
            continue
        for attr in ("memmove", "memset", "cast", "_cast", "string_at", "_string_at",
                     "wstring_at", "_wstring_at", "_memmove_addr", "_memset_addr",
                     "_cast_addr", "_string_at_addr", "_wstring_at_addr"):
            if attr in vars(module):
                setattr(module, attr, _stripped(attr))


def _stripped(name: str):
    def refused(*_args, **_kwargs):
        raise RefusedCapability(f"ctypes.{name} is not available while the notebook is graded")
    return refused


def _modules(*names):
    import importlib
    return [importlib.import_module(n) for n in names]
