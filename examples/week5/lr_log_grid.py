# Step-size search on a log scale: a grid from 1e-4 to 10 finds the slow, the good and the diverging steps.
import torch

torch.manual_seed(0)

# Linear regression whose features have different scales (1 to 5), as raw data often do.
n, d = 100, 5
scales = torch.tensor([1.0, 1.5, 2.0, 3.0, 5.0], dtype=torch.float64)
X = torch.randn(n, d, dtype=torch.float64) * scales
y = X @ torch.randn(d, dtype=torch.float64) + 0.3 * torch.randn(n, dtype=torch.float64)
w_best = torch.linalg.lstsq(X, y[:, None]).solution[:, 0]


def excess(w):  # f(w) - f(w*), for many w at once (one per row)
    return 0.5 * (((w - w_best) @ X.T) ** 2).mean(-1)


def gradient_descent(gammas, steps=200):
    """Full-batch gradient descent from w = 0, one run per step size; relative excess loss at the end."""
    w = torch.zeros(len(gammas), d, dtype=torch.float64)
    for _ in range(steps):
        w = w - gammas[:, None] * ((w @ X.T - y) @ X / n)
    ratio = excess(w) / excess(torch.zeros(d, dtype=torch.float64))
    return ratio.nan_to_num(torch.inf)  # an overflow (inf - inf = nan) is a divergence too


# Unknown in practice, printed here to check the search: the largest curvature L and the limit 2/L.
L = torch.linalg.eigvalsh(X.T @ X / n).max().item()
print(f"largest curvature L = {L:.1f}, divergence limit 2/L = {2 / L:.4f}")

# %%
# The coarse grid: 1, 3, 10, 30, ... times 1e-4, about a factor 3 between neighbours.
grid = torch.tensor([c * 10.0**k for k in range(-4, 1) for c in (1, 3)] + [10.0], dtype=torch.float64)
ratios = gradient_descent(grid)
best = ratios.argmin().item()
print("200 steps of gradient descent from w = 0; excess loss relative to the start")
print(f"{'gamma':>7} {'f(w)-f* / f(w0)-f*':>19}")
for i, (gamma, r) in enumerate(zip(grid.tolist(), ratios.tolist())):
    shown = f"{r:.1e}" if r < 1 else "diverged"
    print(f"{gamma:7.4g} {shown:>19}" + ("   <- best of the grid" if i == best else ""))

# %%
# Refine between the best point and its neighbours, now a factor 10^(1/4) = 1.78 apart.
fine = grid[best] * 10 ** (torch.arange(-2, 3, dtype=torch.float64) / 4)
fine_ratios = gradient_descent(fine)
print("refined grid: " + ", ".join(f"{g:.3g}: " + (f"{r:.1e}" if r < 1 else "diverged")
                                    for g, r in zip(fine.tolist(), fine_ratios.tolist())))

# A linear grid with as many points over the same range wastes them: its spacing is 1.
linear = torch.linspace(1e-4, 10, 11, dtype=torch.float64)
converged = (gradient_descent(linear) < 1).sum().item()
print(f"linear grid 0.0001, 1.0001, 2.0001, ..., 10: {converged} of {len(linear)} steps converge")

# %%
from importlib.util import find_spec

if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    dense = 10 ** torch.linspace(-4, 1, 101, dtype=torch.float64)
    dense_ratios = gradient_descent(dense)
    ok = dense_ratios < 1
    fig, ax = plt.subplots(figsize=(6, 3.6))
    ax.loglog(dense[ok], dense_ratios[ok], color="C0", linewidth=1.2)
    ax.loglog(grid[ratios < 1], ratios[ratios < 1], "o", color="C0")
    ax.loglog(grid[ratios >= 1], torch.ones(int((ratios >= 1).sum())), "x", color="C3", markersize=8)
    ax.axvline(2 / L, color="0.5", linestyle="--", linewidth=1)
    ax.text(2 / L * 1.15, 1e-6, "$2/L$", color="0.3")
    ax.set_xlabel(r"$\gamma$")
    ax.set_ylabel(r"$(f(w_{200}) - f^\ast) \,/\, (f(w_0) - f^\ast)$")
    fig.tight_layout()
    fig.savefig("lr_log_grid.svg")
