# Mutant: names returned as written, not normalized
def unpinned_requirements(text):
    """Names of the requirements in a requirements file that are not pinned with == or ===.

    Parameters
    ----------
    text : str
        Content of a pip requirements file.

    Returns
    -------
    list of str
        Canonical (PEP 503) project names, in order of first appearance, without repeats.

    Raises
    ------
    ValueError
        If a requirement line is not a valid PEP 508 requirement.
    """
    joined = re.sub(r"\\\r?\n", " ", text)
    unpinned = []
    for line in joined.splitlines():
        line = re.sub(r"(^|\s)#.*$", "", line).strip()
        if not line or line.startswith("-"):
            continue
        req = Requirement(re.split(r"\s+--", line)[0])  # InvalidRequirement is a ValueError
        specs = list(req.specifier)
        pinned = (len(specs) == 1 and specs[0].operator in ("==", "===")
                  and "*" not in specs[0].version)
        name = req.name
        if not pinned and name not in unpinned:
            unpinned.append(name)
    return unpinned
    ### END SOLUTION
