# SGD, momentum, RMSprop and Adam on an ill-conditioned valley, each at its best learning rate,
# with the valley aligned with the axes and rotated by 45 degrees.
import math

import torch

torch.manual_seed(0)

# f(w) = 1/2 w^T A w. Axis-aligned valley: A = diag(1, 50), 50 times steeper along w2 than along w1.
# The same valley rotated by 45 degrees: A_rot = R A R^T, starting point rotated with it (R w0),
# so both problems are one problem seen in two coordinate systems. Minimum 0 at (0, 0).
ell, L = 1.0, 50.0
A = torch.diag(torch.tensor([ell, L], dtype=torch.float64))
c = math.sqrt(0.5)
R = torch.tensor([[c, -c], [c, c]], dtype=torch.float64)  # rotation by 45 degrees
w0 = torch.tensor([-4.0, 1.0], dtype=torch.float64)
valleys = {"aligned with the axes": (A, w0), "rotated by 45 degrees": (R @ A @ R.T, R @ w0)}


def losses(make_optimiser, H, start, lrs, at=(10, 50, 100)):
    """Loss f(w) = 1/2 w^T H w after 10, 50 and 100 steps from `start`, for each learning rate in lrs.
    One optimiser runs them all: one parameter group, with its own w and lr, per learning rate."""
    ws = [start.clone() for _ in lrs]
    optimiser = make_optimiser([{"params": [w], "lr": lr} for w, lr in zip(ws, lrs)])
    out = {lr: [] for lr in lrs}
    for step in range(1, max(at) + 1):
        for w in ws:
            w.grad = H @ w  # the gradient of f, written by hand: faster than backward() here
        optimiser.step()
        if step in at:
            for w, lr in zip(ws, lrs):
                out[lr].append((0.5 * w @ H @ w).item())
    return out


# %%
# Each optimiser keeps its usual defaults except the learning rate, which is swept over a
# 1-2-5 log-scale grid; the best is the one with the lowest loss after 100 steps.
grid = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0, 10.0]
optimisers = {
    "SGD": lambda groups: torch.optim.SGD(groups),
    "SGD+momentum 0.9": lambda groups: torch.optim.SGD(groups, momentum=0.9),
    "RMSprop": lambda groups: torch.optim.RMSprop(groups),
    "Adam": lambda groups: torch.optim.Adam(groups),
}
# For reference, heavy-ball momentum with the textbook parameters, which need ell and L.
sq = math.sqrt(L / ell)
lr_hb, beta_hb = 4 / (math.sqrt(L) + math.sqrt(ell)) ** 2, ((sq - 1) / (sq + 1)) ** 2

print(f"learning-rate grid: {', '.join(f'{lr:g}' for lr in grid)}")
print(f"heavy ball (textbook): lr = {lr_hb:.4f}, momentum = {beta_hb:.3f}, from ell = {ell:g} and L = {L:g} (not swept)")
print(f"loss at the start: {0.5 * w0 @ A @ w0:.1f}")
for valley, (H, start) in valleys.items():
    print(f"\nvalley {valley}: loss after 10, 50 and 100 steps")
    print(f"{'optimiser':<22} {'best lr':>7} {'step 10':>9} {'step 50':>9} {'step 100':>9}   lr with loss < 1 at step 100")
    for name, make in optimisers.items():
        runs = losses(make, H, start, grid)
        final = {lr: run[-1] if math.isfinite(run[-1]) else math.inf for lr, run in runs.items()}  # diverged: inf
        best = min(grid, key=final.get)
        good = [lr for lr in grid if final[lr] < 1]
        curve = runs[best]
        print(f"{name:<22} {best:7g} {curve[0]:9.1e} {curve[1]:9.1e} {curve[2]:9.1e}   {min(good):g} to {max(good):g}")
    curve = losses(lambda groups: torch.optim.SGD(groups, momentum=beta_hb), H, start, [lr_hb])[lr_hb]
    print(f"{'heavy ball (textbook)':<22} {lr_hb:7.4f} {curve[0]:9.1e} {curve[1]:9.1e} {curve[2]:9.1e}")
