# Mutant: leaves zipmap on, so the probabilities come back as a list of dicts.
def sklearn_to_onnx(pipeline, n_features):
    """ONNX bytes of a fitted classifier pipeline: input "X" (float32, [None, n_features]),
    a "probabilities" tensor output."""
    model = to_onnx(pipeline, initial_types=[("X", FloatTensorType([None, n_features]))])
    return model.SerializeToString()


def torch_to_onnx(net, n_features):
    """ONNX bytes of a torch module: input "x", output "logits", dynamic batch dimension."""
    net.eval()
    buffer = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(net, (torch.zeros(1, n_features),), buffer, dynamo=False,
                          input_names=["x"], output_names=["logits"],
                          dynamic_axes={"x": {0: "batch"}, "logits": {0: "batch"}})
    return buffer.getvalue()


def run_onnx(model_bytes, X, output_name):
    """Run an ONNX model with onnxruntime (one thread); return the named output."""
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = ort.InferenceSession(model_bytes, options, providers=["CPUExecutionProvider"])
    feed = {session.get_inputs()[0].name: np.asarray(X, dtype=np.float32)}
    return np.asarray(session.run([output_name], feed)[0])
