# Mutant: the AS keyword matched only in upper case, and the name not lower-cased
def parse_dockerfile(text):
    """Split a Dockerfile into instructions.

    Parameters
    ----------
    text : str
        The Dockerfile's content.

    Returns
    -------
    list of dict
        One dict per instruction with keys "instruction" (str, upper case), "args" (str),
        "line" (int, 1-based start line), "stage" (int, -1 before the first FROM) and
        "stage_name" (str lower-cased, or None).
    """
    instructions = []
    stage, stage_name = -1, None
    pieces, start = [], None

    def emit():
        nonlocal stage, stage_name
        parts = " ".join(pieces).split(None, 1)
        keyword = parts[0].upper()
        args = parts[1].strip() if len(parts) > 1 else ""
        if keyword == "FROM":
            stage += 1
            tokens = [t for t in args.split() if not t.startswith("--")]
            stage_name = (tokens[2]
                          if len(tokens) >= 3 and tokens[1] == "AS" else None)
        instructions.append({"instruction": keyword, "args": args, "line": start,
                             "stage": stage, "stage_name": stage_name})

    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if start is None:
            start = number
        continued = stripped.endswith("\\")
        if continued:
            stripped = stripped[:-1].strip()
        if stripped:
            pieces.append(stripped)
        if continued:
            continue
        if pieces:
            emit()
        pieces, start = [], None
    if pieces:  # a file that ends in the middle of a continued instruction
        emit()
    return instructions
    ### END SOLUTION
