# Mutant: exec form = starts with [ (single quotes / invalid JSON accepted)
SECRET_WORDS = ("KEY", "TOKEN", "PASSWORD", "SECRET")


def _image_of(args):
    for tok in args.split():
        if not tok.startswith("--"):
            return tok
    return ""


def _pinned(image):
    if "@sha256:" in image:
        return True
    last = image.rsplit("/", 1)[-1]
    if ":" not in last:
        return False
    return last.split(":", 1)[1] != "latest"


def _defined_names(ins, args):
    toks = args.split()
    if not toks:
        return []
    if ins == "ENV" and "=" not in toks[0]:
        return [toks[0]]
    return [t.split("=", 1)[0] for t in toks]


def audit_dockerfile(text):
    import json as _json
    import re as _re
    instrs = parse_dockerfile(text)
    broken = set()
    froms = [i for i in instrs if i["instruction"] == "FROM"]
    names = {}  # stage index -> name
    for f in froms:
        names[f["stage"]] = f["stage_name"]
    for f in froms:
        img = _image_of(f["args"])
        earlier = {names[s] for s in names if s < f["stage"] and names[s]}
        if img.lower() == "scratch" or img.lower() in earlier:
            continue
        if not _pinned(img):
            broken.add("pinned-base")
    final = froms[-1]["stage"] if froms else None
    fin = [i for i in instrs if final is not None and i["stage"] == final]
    ok = False
    if final is not None and final >= 1:
        for i in fin:
            if i["instruction"] == "COPY":
                for t in i["args"].split():
                    if t.lower().startswith("--from="):
                        x = t.split("=", 1)[1].lower()
                        if (x.isdigit() and int(x) < final) or any(
                                names.get(s) == x for s in range(final)):
                            ok = True
    if not ok:
        broken.add("multi-stage")
    users = [i for i in fin if i["instruction"] == "USER"]
    if not users or users[-1]["args"].split(":")[0].strip() in ("root", "0", ""):
        broken.add("non-root")
    hcs = [i for i in fin if i["instruction"] == "HEALTHCHECK"]
    if not hcs or hcs[-1]["args"].strip().upper() == "NONE":
        broken.add("healthcheck")
    for i in instrs:
        if i["instruction"] in ("ENV", "ARG"):
            for n in _defined_names(i["instruction"], i["args"]):
                if any(w in n.upper() for w in SECRET_WORDS):
                    broken.add("no-secrets")
        if i["instruction"] == "RUN":
            if _re.search(r"\bpip3?\s+install\b", i["args"]) and "--no-cache-dir" not in i["args"]:
                broken.add("pip-no-cache")
            if _re.search(r"\bapt(-get)?\s+install\b", i["args"]) and \
                    "rm -rf /var/lib/apt/lists" not in i["args"]:
                broken.add("apt-lists")
    if not any(i["instruction"] == "EXPOSE" for i in fin):
        broken.add("expose")
    cmds = [i for i in fin if i["instruction"] == "CMD"]
    if not cmds:
        broken.add("exec-form")
    for i in fin:
        if i["instruction"] in ("CMD", "ENTRYPOINT"):
            if not i["args"].strip().startswith("["):
                broken.add("exec-form")
    return sorted(broken)
