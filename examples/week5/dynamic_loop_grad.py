# Dynamic control flow: autograd differentiates the loop iterations that actually ran.
import torch

torch.manual_seed(0)

THRESHOLD = 10.0


def grow(x):
    """Double x until its norm exceeds THRESHOLD; return L = ||y||^2 / 2 and the count."""
    y = x
    n = 0
    while y.norm() <= THRESHOLD:  # a Python loop: how often it runs depends on the data
        y = 2 * y
        n += 1
    return 0.5 * (y**2).sum(), n, y


# %%
# Three inputs with norms 0.4, 1.5 and 7: they need 5, 3 and 1 doublings.
# The executed computation is y = 2^n x, so L = 4^n ||x||^2 / 2 and dL/dx = 4^n x.
for values in ([0.24, 0.32], [0.9, -1.2], [4.2, 5.6]):
    x = torch.tensor(values, requires_grad=True)
    L, n, y = grow(x)
    L.backward()
    # The graph holds one MulBackward0 node per iteration that ran.
    node, muls = y.grad_fn, 0
    while node is not None and type(node).__name__ == "MulBackward0":
        muls += 1
        node = node.next_functions[0][0]  # back to the previous y (the 2 is not tracked)
    analytic = 4**n * x.detach()
    print(f"||x|| = {x.norm().item():.1f}: n = {n}, MulBackward0 nodes = {muls}, L = {L.item():.1f}")
    print("    autograd dL/dx:", [f"{v:.1f}" for v in x.grad.tolist()])
    print("    4^n x         :", [f"{v:.1f}" for v in analytic.tolist()])
    print(f"    largest difference: {(x.grad - analytic).abs().max().item():.1f}")

# %%
# L(x) is piecewise: n jumps where 2^k ||x|| crosses the threshold (||x|| = 1.25 for k = 3).
# The gradient describes only the piece that ran: it says L grows with ||x||,
# yet stepping across the boundary makes L drop by about a factor 4.
for scale in (1.24, 1.26):
    x = torch.tensor([0.6, 0.8]) * scale  # norm = scale
    L, n, _ = grow(x)
    print(f"||x|| = {scale:.2f}: n = {n}, L = {L.item():.1f}")
