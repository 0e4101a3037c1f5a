# Mutant: HEALTHCHECK NONE accepted
SECRET_WORDS = ("KEY", "TOKEN", "PASSWORD", "SECRET")


def audit_dockerfile(text):
    """Ids of the production-image rules a Dockerfile breaks, sorted, each at most once.

    Parameters
    ----------
    text : str
        The Dockerfile's content.

    Returns
    -------
    list of str
        A sorted subset of {"apt-lists", "exec-form", "expose", "healthcheck",
        "multi-stage", "no-secrets", "non-root", "pinned-base", "pip-no-cache"}.
    """
    instrs = parse_dockerfile(text)
    broken = set()

    def image_of(args):
        tokens = [t for t in args.split() if not t.startswith("--")]
        return tokens[0] if tokens else ""

    def is_pinned(image):
        if "@sha256:" in image:
            return True
        last = image.rsplit("/", 1)[-1]
        return ":" in last and last.split(":", 1)[1].lower() not in ("", "latest")

    def defined_names(instruction, args):
        tokens = args.split()
        if instruction == "ENV" and tokens and "=" not in tokens[0]:
            return tokens[:1]  # the legacy form `ENV NAME value`
        return [t.split("=", 1)[0] for t in tokens]

    # pinned-base: walk the stages in order, remembering the names seen so far
    froms = [i for i in instrs if i["instruction"] == "FROM"]
    earlier_names = set()
    for index, ins in enumerate(froms):
        image = image_of(ins["args"])
        if image.lower() != "scratch" and image.lower() not in earlier_names:
            if not is_pinned(image):
                broken.add("pinned-base")
        if ins["stage_name"]:
            earlier_names.add(ins["stage_name"])

    final_stage = len(froms) - 1
    final = [i for i in instrs if froms and i["stage"] == final_stage]

    def in_final(name):
        return [i for i in final if i["instruction"] == name]

    # multi-stage: the final stage copies from an earlier stage
    earlier = {str(k) for k in range(final_stage)} | {
        f["stage_name"] for f in froms[:-1] if f["stage_name"]}
    copies_from_earlier = any(
        tok.startswith("--from=") and tok.split("=", 1)[1].lower() in earlier
        for ins in in_final("COPY") for tok in ins["args"].split())
    if len(froms) < 2 or not copies_from_earlier:
        broken.add("multi-stage")

    users = in_final("USER")
    if not users or users[-1]["args"].split(":")[0].strip().lower() in ("root", "0"):
        broken.add("non-root")

    checks = in_final("HEALTHCHECK")
    if not checks:
        broken.add("healthcheck")

    for ins in instrs:
        if ins["instruction"] in ("ENV", "ARG"):
            if any(word in name.upper() for name in defined_names(ins["instruction"], ins["args"])
                   for word in SECRET_WORDS):
                broken.add("no-secrets")
        if ins["instruction"] == "RUN":
            if re.search(r"\bpip3?\s+install\b", ins["args"]) and "--no-cache-dir" not in ins["args"]:
                broken.add("pip-no-cache")
            if (re.search(r"\bapt(-get)?\s+install\b", ins["args"])
                    and "rm -rf /var/lib/apt/lists" not in ins["args"]):
                broken.add("apt-lists")

    if not in_final("EXPOSE"):
        broken.add("expose")

    def exec_form(args):
        try:
            value = json.loads(args)
        except ValueError:
            return False
        return isinstance(value, list) and bool(value) and all(isinstance(v, str) for v in value)

    if not in_final("CMD") or not all(
            exec_form(i["args"]) for i in in_final("CMD") + in_final("ENTRYPOINT")):
        broken.add("exec-form")
    return sorted(broken)
    ### END SOLUTION
