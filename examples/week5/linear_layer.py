# nn.Linear is a matrix multiplication plus a bias: y = W x + b.
import torch
from torch import nn

torch.manual_seed(0)


def fmt(t):
    """A 1-D tensor as a short list with 4 decimals."""
    return "[" + ", ".join(f"{v:7.4f}" for v in t.tolist()) + "]"


layer = nn.Linear(in_features=3, out_features=2)  # maps R^3 -> R^2
W, b = layer.weight, layer.bias
print("W shape:", tuple(W.shape), "= (out_features, in_features)")
print("b shape:", tuple(b.shape), "  = (out_features,)")
print("W row 0:", fmt(W[0]))
print("W row 1:", fmt(W[1]))
print("b      :", fmt(b))

# %%
# One input vector x in R^3 gives y = W x + b in R^2.
x = torch.tensor([1.0, 2.0, -1.0])
print("W x + b :", fmt(W @ x + b))
print("layer(x):", fmt(layer(x)))

# A batch stores one example per ROW: X has shape (N, in_features).
# Row i of the output is x_i^T W^T + b^T, so the whole batch is X W^T + b,
# with b broadcast (added to every row).
X = torch.randn(4, 3)
Y = layer(X)
print("batch X:", tuple(X.shape), "-> Y:", tuple(Y.shape))
print("X @ W.T + b matches layer(X):", torch.allclose(X @ W.T + b, Y, atol=1e-6))
print("row 2 of Y equals layer(X[2]):", torch.allclose(Y[2], layer(X[2]), atol=1e-6))

# One weight per (output, input) pair, plus one bias per output.
n_params = sum(p.numel() for p in layer.parameters())
print("parameters:", n_params, "= 2*3 + 2")
