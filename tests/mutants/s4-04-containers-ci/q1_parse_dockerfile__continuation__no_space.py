# Mutant: continued pieces glued with no separator (only the spaces typed before the backslash survive)
import re as _re

def parse_dockerfile(text):
    out, stage, name = [], -1, None
    buf, start = [], None
    lines = text.splitlines()

    def emit(pieces, line_no):
        nonlocal stage, name
        joined = "".join(pieces)
        m = _re.match(r"(\S+)\s*(.*)$", joined, _re.S)
        if not m:
            return
        ins, args = m.group(1).upper(), m.group(2).strip()
        if ins == "FROM":
            stage += 1
            toks = [t for t in args.split() if not t.startswith("--")]
            name = toks[2].lower() if len(toks) >= 3 and toks[1].lower() == "as" else None
        out.append({"instruction": ins, "args": args, "line": line_no,
                    "stage": stage, "stage_name": name})

    for no, raw in enumerate(lines, start=1):
        s = raw.strip()
        if not s or s.startswith("#"):
            continue
        r = raw.rstrip()
        cont = r.endswith("\\")
        piece = (raw[:raw.rstrip().rfind("\\")] if cont else r).lstrip()
        if start is None:
            start = no
        buf.append(piece)
        if not cont:
            emit(buf, start)
            buf, start = [], None
    if buf:
        emit(buf, start)
    return out
