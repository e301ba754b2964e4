# Gradient descent on a quadratic f(w) = 1/2 w^T A w: how the step size decides what happens.
import torch

torch.manual_seed(0)

# A diagonal A: its eigenvalues are the curvatures along the two axes.
lambdas = torch.tensor([1.0, 4.0], dtype=torch.float64)  # smallest ell = 1, largest L = 4
L = lambdas.max().item()


def f(w):
    return 0.5 * (lambdas * w**2).sum()


def grad_f(w):
    return lambdas * w  # the gradient of 1/2 w^T A w is A w


def gradient_descent(gamma, steps, w0):
    w = w0.clone()
    path = [w.clone()]
    for _ in range(steps):
        w = w - gamma * grad_f(w)
        path.append(w.clone())
    return torch.stack(path)


w0 = torch.tensor([-3.0, 2.0], dtype=torch.float64)
step_sizes = {"too small": 0.05, "1/L": 1 / L, "oscillating": 0.45, "diverging": 0.55}
steps = 20

print(f"curvatures: ell = {lambdas.min().item():.0f}, L = {L:.0f};  1/L = {1 / L:.3f},  2/L = {2 / L:.3f}")
print(f"loss at the start: {f(w0).item():.3e}")
print(f"{'regime':>12} {'gamma':>6} {'1-gamma*ell':>11} {'1-gamma*L':>10} {'loss after 20 steps':>20}")
paths = {}
for name, gamma in step_sizes.items():
    paths[name] = gradient_descent(gamma, steps, w0)
    factors = 1 - gamma * lambdas  # each step multiplies coordinate i by (1 - gamma * lambda_i)
    loss = f(paths[name][-1]).item()
    print(f"{name:>12} {gamma:6.3f} {factors[0].item():11.2f} {factors[1].item():10.2f} {loss:20.3e}")

# %%
# The best constant step for a quadratic balances the two factors: 2 / (ell + L).
best = 2 / (lambdas.min().item() + L)
loss_best = f(gradient_descent(best, steps, w0)[-1]).item()
print(f"best constant step 2/(ell+L) = {best:.3f}: both factors {1 - best * 1:.2f} and {1 - best * L:.2f}, "
      f"loss {loss_best:.3e}")

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    # Contour lines of f on a grid, drawn once and reused in each panel.
    g1, g2 = torch.meshgrid(torch.linspace(-3.5, 3.5, 70, dtype=torch.float64), torch.linspace(-3.5, 3.5, 70, dtype=torch.float64),
                            indexing="xy")
    z = 0.5 * (lambdas[0] * g1**2 + lambdas[1] * g2**2)
    fig, axes = plt.subplots(2, 2, figsize=(7, 6.4), sharex=True, sharey=True)
    for ax, (name, gamma) in zip(axes.flat, step_sizes.items()):
        ax.contour(g1, g2, z, levels=[0.5, 2, 5, 10, 18, 28], colors="0.75", linewidths=0.8)
        path = paths[name][:11]  # the first 10 steps
        ax.plot(path[:, 0], path[:, 1], "o-", color="C3", markersize=3, linewidth=1.2)
        ax.plot([0], [0], "k+", markersize=10)
        ax.set_title(rf"$\gamma = {gamma:.2f}$")
        ax.set_xlim(-3.5, 3.5)
        ax.set_ylim(-3.5, 3.5)
        ax.set_aspect("equal")
    for ax in axes[1]:
        ax.set_xlabel("$w_1$")
    for ax in axes[:, 0]:
        ax.set_ylabel("$w_2$")
    fig.tight_layout()
    fig.savefig("gd_step_sizes.svg")
