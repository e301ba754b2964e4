# Gradient-free optimisation: the error count of a classifier has no useful gradient, random search lowers it anyway.
import torch

torch.manual_seed(0)

# 60 points in the plane, two overlapping clouds: targets t = -1 and t = +1.
n = 30
x = torch.cat([torch.randn(n, 2, dtype=torch.float64) + torch.tensor([-1.0, -0.5], dtype=torch.float64),
               torch.randn(n, 2, dtype=torch.float64) + torch.tensor([1.0, 0.5], dtype=torch.float64)])
t = torch.cat([-torch.ones(n, dtype=torch.float64), torch.ones(n, dtype=torch.float64)])
x1 = torch.cat([x, torch.ones(2 * n, 1, dtype=torch.float64)], dim=1)  # a column of ones: w_2 is the bias


def errors(w):
    """The cost we care about: how many points sign(w_0 x_1 + w_1 x_2 + w_2) gets wrong (a 0-1 loss)."""
    return (0.5 * (1 - t * torch.sign(x1 @ w))).sum()


w = torch.tensor([-1.0, 1.0, 0.5], dtype=torch.float64, requires_grad=True)  # a poor start
E = errors(w)
E.backward()
print(f"start: {E.item():.0f} errors out of {2 * n}")
print("autograd's gradient of the error count:", [f"{g:.1f}" for g in w.grad.tolist()])

# %%
# Finite differences: nudge each weight by 0.001. Almost no point crosses the boundary,
# so the count does not move: the cost is flat between its jumps.
with torch.no_grad():
    changes = [(errors(w + 1e-3 * torch.eye(3, dtype=torch.float64)[i]) - E).item() for i in range(3)]
print("change of the count when w_0, w_1, w_2 move by 0.001:", [f"{c:.0f}" for c in changes])

# %%
# Random search: try a random perturbation of size sigma, keep it if the count is not worse.
# Accepting ties lets w drift across the flat parts until a move finds a lower step.
sigma, trials = 0.3, 400
w_rs = w.detach().clone()
best = errors(w_rs)
history = {0: best.item()}
for k in range(1, trials + 1):
    candidate = w_rs + sigma * torch.randn(3, dtype=torch.float64)
    count = errors(candidate)
    if count <= best:
        w_rs, best = candidate, count
    if k in (10, 30, 100, 400):
        history[k] = best.item()
print("random search, errors after k cost evaluations:",
      "  ".join(f"k = {k}: {v:.0f}" for k, v in history.items()))

# %%
# The usual way out: minimise a differentiable surrogate (here the logistic loss) by gradient
# descent, from the same start, and count the errors of the result.
w_gd = w.detach().clone()
for _ in range(400):
    p = torch.sigmoid(t * (x1 @ w_gd))  # probability given to the right class
    w_gd = w_gd + 0.5 * x1.T @ (t * (1 - p)) / (2 * n)  # a step down the average logistic loss
print(f"gradient descent on the logistic loss, 400 steps: {errors(w_gd).item():.0f} errors")
