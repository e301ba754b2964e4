# Graphs that depend on the data: a loop and a branch inside forward, checked input by input.
import torch

torch.manual_seed(0)

# One 2x2 weight matrix, in float64 so that finite differences are accurate.
W = torch.tensor([[1.2, -0.4], [0.3, 1.1]], dtype=torch.float64, requires_grad=True)


def forward(x, W):
    """Apply W until the state has norm at least 2, then pick a loss by the sign of h[0]."""
    h = x
    steps = 0
    while h.norm() < 2.0:  # Python decides how many times W is used, from the data
        h = W @ h
        steps += 1
    if h[0] > 0:  # Python decides which operation comes next, from the data
        y, branch = torch.relu(h).sum(), "relu(h).sum()"
    else:
        y, branch = 0.5 * (h**2).sum(), "0.5 * |h|^2"
    return y, steps, branch, h


# %%
# Each call records only the operations that actually ran: each input gets its own graph.
inputs = {
    "x_a": torch.tensor([0.3, -0.4], dtype=torch.float64),
    "x_b": torch.tensor([-1.5, 0.7], dtype=torch.float64),
}
grads = {}
for name, x in inputs.items():
    W.grad = None
    y, steps, branch, h = forward(x, W)
    y.backward()
    grads[name] = W.grad.clone()
    print(f"{name}: steps through W = {steps}, |h| = {h.norm():.3f}, branch {branch}, y = {y:.4f}")


# %%
# Check each gradient with central finite differences, entry by entry.
def finite_difference(x, eps=1e-6):
    fd = torch.zeros(2, 2, dtype=torch.float64)
    with torch.no_grad():
        for i in range(2):
            for j in range(2):
                E = torch.zeros(2, 2, dtype=torch.float64)
                E[i, j] = eps
                fd[i, j] = (forward(x, W + E)[0] - forward(x, W - E)[0]) / (2 * eps)
    return fd


def show(label, M):
    print(f"  {label:18s}", "  ".join(f"{v:8.4f}" for v in M.flatten().tolist()))


for name, x in inputs.items():
    print(f"{name}: dy/dW (entries W11 W12 W21 W22)")
    show("autograd", grads[name])
    show("finite differences", finite_difference(x))

# For x_b the graph is one step, h = W x, y = |h|^2 / 2, so by hand dy/dW = h x^T.
x = inputs["x_b"]
with torch.no_grad():
    show("hand: h x^T", torch.outer(W @ x, x))
