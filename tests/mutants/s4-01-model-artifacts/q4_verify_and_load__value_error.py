# Mutant: raises ValueError instead of the specific exceptions.
def verify_and_load(artifact_path, manifest_path, allowed):
    """Check an artifact against its manifest, then load it with safe_load.

    Raises
    ------
    ArtifactIntegrityError
        If the file's SHA-256 differs from the manifest's.
    VersionMismatchError
        If numpy, scikit-learn or skops differ from the recorded versions.
    UntrustedTypeError
        From safe_load, for a type not in `allowed`.
    """
    with open(manifest_path) as f:
        manifest = json.load(f)
    with open(artifact_path, "rb") as f:
        found = hashlib.sha256(f.read()).hexdigest()
    if found != manifest["sha256"]:
        raise ValueError(
            f"{Path(artifact_path).name}: SHA-256 {found[:12]}... does not match the manifest")
    running = {"numpy": np.__version__, "scikit-learn": sklearn.__version__,
               "skops": skops.__version__}
    for library, recorded in manifest["versions"].items():
        if running.get(library) != recorded:
            raise VersionMismatchError(
                f"{library}: saved with {recorded}, running {running.get(library)}")
    return safe_load(artifact_path, allowed)
