# The step size as a matrix: a diagonal preconditioner against the best scalar step on an ill-conditioned quadratic.
import torch

torch.manual_seed(0)

# L(w) = 1/2 w^T A w, minimum at w = 0. The two parameters have very different scales
# (diagonal 100 and 1) and are correlated (the 8 off the diagonal).
A = torch.tensor([[100.0, 8.0], [8.0, 1.0]], dtype=torch.float64)
D_inv = torch.diag(1 / torch.diag(A))  # the diagonal preconditioner: one step size per parameter
w0 = torch.tensor([1.0, 1.0], dtype=torch.float64)


def loss(w):
    return 0.5 * w @ A @ w


def descend(eta, steps):
    """w <- w - eta dL/dw, with eta a positive-definite matrix; returns the losses along the way."""
    w, losses = w0.clone(), [loss(w0).item()]
    for _ in range(steps):
        w = w - eta @ (A @ w)  # the gradient of 1/2 w^T A w is A w
        losses.append(loss(w).item())
    return torch.tensor(losses, dtype=torch.float64)


def condition(M):
    """Eigenvalues (the curvatures) and their ratio, the condition number."""
    e = torch.linalg.eigvals(M).real.sort().values
    return e, (e[-1] / e[0]).item()


e, kappa = condition(A)
print(f"eta = alpha I:  curvatures of A {e[0]:.3f} and {e[1]:.1f}, condition number {kappa:.0f}")
e_pre, kappa_pre = condition(D_inv @ A)
print(f"eta = alpha D^-1, D = diag(A):  curvatures of D^-1 A {e_pre[0]:.3f} and {e_pre[1]:.3f}, "
      f"condition number {kappa_pre:.1f}")

# %%
# Each form of the step at its best scale alpha from the same grid (41 values, 1e-4 to 1),
# chosen by the loss after 50 steps. An alpha that diverges gives inf or nan, never the best.
grid = torch.logspace(-4, 0, 41, dtype=torch.float64)
I = torch.eye(2, dtype=torch.float64)
print(f"{'step':>10} {'best alpha':>11} {'slowest |1 - alpha*curvature|':>30} {'L after 20':>11} "
      f"{'50':>8} {'100 steps':>10}")
curves = {}
for name, M, curvatures in [("eta I", I, e), ("eta D^-1", D_inv, e_pre)]:
    final = torch.stack([descend(a * M, 50)[-1] for a in grid]).nan_to_num(torch.inf)
    best = grid[final.argmin()]
    slowest = (1 - best * curvatures).abs().max()  # the factor by which the slowest direction shrinks
    curves[name] = descend(best * M, 100)
    c = curves[name]
    print(f"{name:>10} {best:11.3g} {slowest:30.3f} {c[20]:11.1e} {c[50]:8.1e} {c[100]:10.1e}")

# %%
# No alpha can beat (kappa - 1) / (kappa + 1) in the slowest direction: the bound each form allows.
for name, k in [("eta I", kappa), ("eta D^-1", kappa_pre)]:
    print(f"{name:>10}: no alpha makes the slowest |1 - alpha*curvature| smaller than "
          f"(kappa-1)/(kappa+1) = {(k - 1) / (k + 1):.3f}")

# %%
from importlib.util import find_spec

if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5.5, 3.6))
    ax.semilogy(curves["eta I"], color="C0", label=r"$\eta I$")
    ax.semilogy(curves["eta D^-1"], color="C3", label=r"$\eta D^{-1}$")
    ax.set_xlabel("$t$")
    ax.set_ylabel("$L(w_t)$")
    ax.legend()
    fig.tight_layout()
    fig.savefig("preconditioning.svg")
