# Alternative: distances from scipy's cdist, one loop over the distinct labels, np.divide with where= for the 0/0 case
from scipy.spatial.distance import cdist


def mean_silhouette(X, labels):
    """Mean silhouette coefficient of a clustering (Rousseeuw 1987), Euclidean distance."""
    X = np.array(X, dtype=float)
    labels = np.array(labels)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    n = len(X)
    if labels.shape != (n,):
        raise ValueError("labels must have shape (n,)")
    names = np.unique(labels)
    if not 2 <= len(names) <= n - 1:
        raise ValueError("need between 2 and n - 1 clusters")
    D = cdist(X, X)
    a = np.zeros(n)
    b = np.full(n, np.inf)
    singleton = np.zeros(n, dtype=bool)
    for name in names:
        members = labels == name
        size = members.sum()
        to_cluster = D[:, members].sum(axis=1)
        if size > 1:
            a[members] = to_cluster[members] / (size - 1)
        else:
            singleton[members] = True
        b[~members] = np.minimum(b[~members], to_cluster[~members] / size)
    top = np.maximum(a, b)
    s = np.divide(b - a, top, out=np.zeros(n), where=top > 0)
    s[singleton] = 0.0
    return float(np.mean(s))
