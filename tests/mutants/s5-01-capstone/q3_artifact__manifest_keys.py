# Mutant: names the artifact by its full path
def save_artifact(model, folder, *, metrics, train_df):
    """Write folder/model.skops and folder/manifest.json; return the manifest's Path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "model.skops"
    sio.dump(model, path)
    manifest = {
        "artifact": str(path),
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "data_sha256": hashlib.sha256(train_df.to_csv(index=False).encode("utf-8")).hexdigest(),
        "versions": {"sklearn": sklearn.__version__, "skops": skops.__version__},
        "metrics": metrics,
    }
    out = folder / "manifest.json"
    out.write_text(json.dumps(manifest, indent=2))
    return out


def load_verified(folder):
    """Load folder's model only if it matches its manifest (hash, sklearn version, no
    untrusted types).

    Raises
    ------
    FileNotFoundError
        If the folder, manifest or artifact is missing.
    ValueError
        On a hash mismatch ("sha256"), a version mismatch ("version") or untrusted types
        ("untrusted").
    """
    folder = Path(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    path = folder / manifest["artifact"]
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != manifest["sha256"]:
        raise ValueError(f"sha256 mismatch for {path.name}: the file is not the one recorded")
    if manifest["versions"]["sklearn"] != sklearn.__version__:
        raise ValueError(f"sklearn version {manifest['versions']['sklearn']} recorded, "
                         f"{sklearn.__version__} installed")
    untrusted = sio.get_untrusted_types(file=path)
    if untrusted:
        raise ValueError(f"untrusted types in {path.name}: {untrusted}")
    return sio.load(path, trusted=[])
