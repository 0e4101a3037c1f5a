# Mutant: any # starts a comment
def unpinned_requirements(text):
    joined = re.sub(r"\\\r?\n", " ", text)
    result = []
    for line in joined.splitlines():
        line = line.split("#")[0].strip()
        if not line or line.startswith("-"):
            continue
        line = re.split(r"\s--", line, maxsplit=1)[0].strip()
        req = Requirement(line)
        specs = list(req.specifier)
        pinned = (len(specs) == 1 and specs[0].operator in ("==", "===")
                  and "*" not in specs[0].version and req.url is None)
        name = canonicalize_name(req.name)
        if not pinned and name not in result:
            result.append(name)
    return result
