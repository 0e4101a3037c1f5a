# Mutant: STACK_GLOBAL takes the last two string literals and ignores strings fetched from the memo with BINGET.
def pickle_globals(data):
    """The globals ("module.name") a pickle would import, found without unpickling it.

    Parameters
    ----------
    data : bytes
        A pickle of any protocol 0-5.

    Returns
    -------
    list of str
        "module.name" for each global, in order of first appearance, each once.
    """
    string_ops = {"SHORT_BINUNICODE", "BINUNICODE", "BINUNICODE8", "UNICODE",
                  "STRING", "BINSTRING", "SHORT_BINSTRING"}
    found = []
    pushed = []    # strings pushed so far, in order (only strings matter for STACK_GLOBAL)
    memo = {}
    last = None    # the value the previous pushing opcode pushed, if it was a string
    for op, arg, _pos in pickletools.genops(data):
        name = None
        if op.name in ("GLOBAL", "INST"):
            name = arg.replace(" ", ".", 1)
        elif op.name == "STACK_GLOBAL":
            name = f"{pushed[-2]}.{pushed[-1]}"
        if op.name in string_ops:
            pushed.append(arg)
            last = arg
        elif op.name in ("GET", "BINGET", "LONG_BINGET"):
            last = memo.get(arg)
        elif op.name == "MEMOIZE":
            memo[len(memo)] = last
        elif op.name in ("PUT", "BINPUT", "LONG_BINPUT"):
            memo[arg] = last
        else:
            last = None
        if name is not None and name not in found:
            found.append(name)
    return found
