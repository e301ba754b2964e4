# L-BFGS on a full-batch problem: gradient evaluations to a tolerance against tuned gradient descent.
import torch

torch.manual_seed(0)

# Logistic regression with a little L2 penalty; features with scales from 1 to 10 make it ill-conditioned.
n, d, lam = 200, 10, 1e-3
scales = torch.logspace(0, 1, d, dtype=torch.float64)
X = torch.randn(n, d, dtype=torch.float64) * scales
y = (torch.rand(n, dtype=torch.float64) < torch.sigmoid(X @ (torch.randn(d, dtype=torch.float64) / scales))).double()


def f(w):  # mean logistic loss + lam/2 |w|^2, for one w or many (one per row)
    z = w @ X.T
    return torch.nn.functional.softplus(z).mean(-1) - (z * y).mean(-1) + 0.5 * lam * (w**2).sum(-1)


def grad_f(w):  # its gradient, written out: X^T (sigmoid(X w) - y) / n + lam w
    return (torch.sigmoid(w @ X.T) - y) @ X / n + lam * w


w0 = torch.zeros(d, dtype=torch.float64)
# The target, in the norm L-BFGS itself tests: the largest partial derivative 10^6 times smaller than at w0.
tol = 1e-6 * grad_f(w0).abs().max().item()
print(f"n = {n} examples, d = {d} weights; target: max_i |df/dw_i| <= {tol:.2e}")

# %%
# Gradient descent: one gradient per step. A fine log grid of step sizes, 10^(1/8) = 1.33 apart from
# 0.001 to 10, so that the best of them is within a few percent of the best step; all run at once.
grid = 10 ** (torch.arange(-24, 9, dtype=torch.float64) / 8)
w = w0.expand(len(grid), d).clone()
needed = torch.full((len(grid),), -1)  # gradients evaluated to reach the target; -1: not yet
for step in range(2000):
    g = grad_f(w)  # the gradient at the current points: its norm is checked, then a step is taken
    needed = torch.where((needed < 0) & (g.abs().amax(dim=1) <= tol), step, needed)
    w = w - grid[:, None] * g
print(f"gradient descent, {len(grid)} step sizes from 0.001 to 10, at most 2000 steps each")
print("  gradient evaluations to the target: " + ", ".join(
    f"{gamma:.3g}: {k}" for gamma, k in zip(grid.tolist(), needed.tolist()) if k >= 0))
print(f"  the {(needed < 0).sum().item()} other step sizes do not reach it")
best = torch.where(needed >= 0, needed, 10**9).argmin()
print(f"  best step size {grid[best].item():.3g}: {needed[best].item()} evaluations")


# %%
# L-BFGS: every call of the closure computes f and its gradient once; count them.
def run_lbfgs(**options):
    w = w0.clone().requires_grad_(True)
    opt = torch.optim.LBFGS([w], lr=1, max_iter=500, tolerance_grad=tol, tolerance_change=0, **options)
    norms = []

    def closure():
        opt.zero_grad()
        loss = f(w)
        loss.backward()
        norms.append(w.grad.abs().max().item())
        return loss

    opt.step(closure)  # one call runs up to max_iter iterations, calling the closure as needed
    first = next((k for k, norm in enumerate(norms, 1) if norm <= tol), None)
    return first, opt.state[w]["n_iter"], w.detach()


print(f"{'L-BFGS':>36} {'evaluations':>12} {'iterations':>11}")
for name, options in {
    "defaults (history 100, no search)": {},
    "history 100, strong Wolfe search": {"line_search_fn": "strong_wolfe"},
    "history 10, strong Wolfe search": {"history_size": 10, "line_search_fn": "strong_wolfe"},
}.items():
    evaluations, iterations, w_star = run_lbfgs(**options)
    print(f"{name:>36} {evaluations:12d} {iterations:11d}")
curvatures = torch.linalg.eigvalsh(torch.autograd.functional.hessian(f, w_star))  # Hessian at the minimum
ell, L = curvatures.min().item(), curvatures.max().item()
print(f"curvatures at the minimum: ell = {ell:.3f}, L = {L:.1f}, kappa = {L / ell:.0f}, 2/L = {2 / L:.3f}")

# %%
# Why not with mini-batches: L-BFGS learns the curvature from pairs s = w' - w, y = grad f(w') - grad f(w).
# Estimate y with mini-batch gradients (b = 10) at w = w* and w' = w* + s, for 2000 random s of each length.
def grad_batch(w, idx):  # the gradient on the examples idx (one mini-batch per row), at w (one per row)
    Xb, yb = X[idx], y[idx]
    return ((torch.sigmoid((Xb * w[:, None, :]).sum(-1)) - yb)[..., None] * Xb).mean(1) + lam * w


m, b = 2000, 10
print(f"curvature pairs from mini-batches of {b}, {m} random steps s of each length |s|:")
print(f"{'|s|':>5} {'batches':>12} {'mean |y_b - y| / |y|':>21} {'pairs with s.y_b <= 0':>22}")
for length in [1.0, 0.1, 0.01]:
    s = torch.randn(m, d, dtype=torch.float64)
    s = length * s / s.norm(dim=1, keepdim=True)
    w = w_star.expand(m, d)
    y_full = grad_f(w + s) - grad_f(w)  # the exact pair: s.y > 0, since f is strictly convex
    first = torch.randint(n, (m, b))
    for name, second in [("independent", torch.randint(n, (m, b))), ("the same", first)]:
        y_b = grad_batch(w + s, second) - grad_batch(w, first)
        error = ((y_b - y_full).norm(dim=1) / y_full.norm(dim=1)).mean().item()
        bad = 100 * ((s * y_b).sum(1) <= 0).double().mean().item()
        print(f"{length:5.2f} {name:>12} {error:21.2f} {bad:20.1f} %")
