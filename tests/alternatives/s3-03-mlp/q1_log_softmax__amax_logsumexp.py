# Alternative: log-sum-exp written as m + log(sum(exp(z - m))) with torch.amax, the shift left attached to the graph
def log_softmax(logits, dim=-1):
    """Numerically stable log-softmax along `dim`."""
    m = torch.amax(logits, dim=dim, keepdim=True)
    lse = m + torch.log(torch.sum(torch.exp(logits - m), dim=dim, keepdim=True))
    return logits - lse
