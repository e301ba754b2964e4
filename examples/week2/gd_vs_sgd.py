# Full-batch gradient descent (GD) against stochastic gradient descent (SGD) on the line model,
# at equal cost and each with its best learning rate.
import torch

torch.manual_seed(0)

P = 20
x = torch.linspace(-1, 1, P, dtype=torch.float64)
y = 2 * x + 1 + 0.1 * torch.randn(P, dtype=torch.float64)


def loss(w):
    """Average squared error L(w) over the training set, for w of shape (..., 2)."""
    return ((w[..., :1] * x + w[..., 1:] - y) ** 2).mean(-1)


def grad_cost(w, xp, yp):
    """Gradient of the squared error C = (w0 x + w1 - y)^2 with respect to (w0, w1)."""
    error = w[..., 0] * xp + w[..., 1] - yp
    return torch.stack([2 * error * xp, 2 * error], dim=-1)


# %%
# The best possible w, from the least-squares solution: we report L(w) - L(w_best) >= 0.
A = torch.stack([x, torch.ones(P, dtype=torch.float64)], dim=1)
w_best = torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze(1)
print(f"best w = ({w_best[0]:.3f}, {w_best[1]:.3f}), loss {loss(w_best):.4f}; start w = (0, 0), loss {loss(torch.zeros(2, dtype=torch.float64)):.4f}")

# Equal cost: one epoch = P per-sample gradients = one full gradient (GD) = P single-sample steps (SGD).
# Every learning rate of a grid is tried at once: 13 values from 0.01 to 1, equally spaced on a log scale.
etas = torch.logspace(-2, 0, 13, dtype=torch.float64)
epochs, runs = 16, 100
w_gd = torch.zeros(len(etas), 2, dtype=torch.float64)  # one w per learning rate
w_sgd = torch.zeros(len(etas), runs, 2, dtype=torch.float64)  # SGD is random: 100 runs per learning rate
excess_gd, excess_sgd = [], []
for epoch in range(epochs):
    # Full batch: ONE step per epoch along the average gradient dL/dw.
    w_gd = w_gd - etas[:, None] * grad_cost(w_gd[:, None, :], x, y).mean(1)
    # Stochastic: P steps per epoch, each with the gradient of one sample drawn at random.
    for _ in range(P):
        p = torch.randint(P, (runs,))  # one random sample per run
        w_sgd = w_sgd - etas[:, None, None] * grad_cost(w_sgd, x[p], y[p])
    excess_gd.append(loss(w_gd) - loss(w_best))
    excess_sgd.append((loss(w_sgd) - loss(w_best)).mean(1))  # average over the 100 runs

# %%
# For each budget of epochs, each method with its own best learning rate of the grid.
print("excess loss L(w) - L(best w) after a budget of epochs, each method with its best learning rate")
print(f"{'epochs':>6}  {'GD: best eta':>12} {'excess':>8}  {'SGD: best eta':>13} {'excess':>8}")
for budget in [1, 2, 4, 8, 16]:
    # A learning rate that diverged has loss inf or nan: nan_to_num makes it inf, never the best.
    gd, sgd = excess_gd[budget - 1].nan_to_num(torch.inf), excess_sgd[budget - 1].nan_to_num(torch.inf)
    i, j = gd.argmin(), sgd.argmin()
    print(f"{budget:6d}  {etas[i]:12.3g} {gd[i]:8.1e}  {etas[j]:13.3g} {sgd[j]:8.1e}")

# %%
# Constant-step SGD does not settle: start it AT the best w and watch where it hovers.
print("SGD started at the best w: mean excess loss over epochs 21 to 100 (100 runs)")
etas_hover = torch.tensor([0.01, 0.03, 0.1], dtype=torch.float64)
w = w_best.repeat(len(etas_hover), runs, 1)  # shape (3, runs, 2): every run starts at the best w
hover = []
for epoch in range(100):
    for _ in range(P):
        p = torch.randint(P, (runs,))
        w = w - etas_hover[:, None, None] * grad_cost(w, x[p], y[p])
    if epoch >= 20:  # once the walk away from the best w has settled
        hover.append((loss(w) - loss(w_best)).mean(1))
for eta, level in zip(etas_hover.tolist(), torch.stack(hover).mean(0).tolist()):
    print(f"  eta = {eta:4.2f}: {level:.1e}   (excess / eta = {level / eta:.3f})")
