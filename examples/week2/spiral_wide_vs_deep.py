# Wide or deep: one wide hidden layer against three narrow ones, with the same number of parameters, on the spirals.
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)


def make_spirals(per_class=100, classes=3, noise=0.2):
    """Points on `classes` interleaved spiral arms; the arm a point lies on is its class."""
    X = torch.empty(per_class * classes, 2)
    c = torch.empty(per_class * classes, dtype=torch.long)
    r = torch.linspace(0.0, 1.0, per_class)  # distance from the centre
    for k in range(classes):
        theta = 2 * math.pi * k / classes + 4.0 * r + noise * torch.randn(per_class)
        rows = slice(k * per_class, (k + 1) * per_class)
        X[rows, 0] = r * torch.cos(theta)
        X[rows, 1] = r * torch.sin(theta)
        c[rows] = k
    return X, c


X, c = make_spirals()  # training set, 300 points
X_test, c_test = make_spirals()  # 300 new points from the same generator, never trained on


def mlp(widths):
    """A ReLU network 2 -> widths[0] -> ... -> widths[-1] -> 3."""
    layers, previous = [], 2
    for width in widths:
        layers += [nn.Linear(previous, width), nn.ReLU()]
        previous = width
    return nn.Sequential(*layers, nn.Linear(previous, 3))


# 2*160 + 160 + 160*3 + 3 = 963 and (2*20 + 20) + 2*(20*20 + 20) + 20*3 + 3 = 963.
shapes = {"wide": [160], "deep": [20, 20, 20]}
for name, widths in shapes.items():
    print(f"{name}: 2 -> {' -> '.join(map(str, widths))} -> 3, {sum(p.numel() for p in mlp(widths).parameters())} parameters")

# %%
# The same budget for both: 100 full-batch Adam steps, the learning rate decaying linearly to 0
# (so that every run ends settled), 3 seeds, and each learning rate of a small grid.
STEPS, SEEDS, RATES = 100, [0, 1, 2], [0.03, 0.1, 0.3, 1.0]


def run(widths, lr, seed):
    torch.manual_seed(seed)  # the seed fixes the initialisation
    model = mlp(widths)
    optimiser = torch.optim.Adam(model.parameters(), lr=lr)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda t: 1 - t / STEPS)
    for _ in range(STEPS):
        loss = F.cross_entropy(model(X), c)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        schedule.step()
    with torch.no_grad():
        train_loss = F.cross_entropy(model(X), c).item()
        test_accuracy = (model(X_test).argmax(dim=1) == c_test).float().mean().item()
    return train_loss, test_accuracy


results = {(name, lr): [run(widths, lr, seed) for seed in SEEDS] for name, widths in shapes.items() for lr in RATES}
mean = {key: torch.tensor(runs).mean(dim=0).tolist() for key, runs in results.items()}  # [loss, accuracy]

# %%
# Each network at the learning rate that gave it the lowest mean training loss.
print(f"\nlearning rates tried: {', '.join(map(str, RATES))}; {STEPS} steps; seeds {SEEDS}")
print("      best lr   training loss per seed   mean   test accuracy")
for name in shapes:
    best = min(RATES, key=lambda lr: mean[name, lr][0])
    losses = " ".join(f"{loss:.3f}" for loss, _ in results[name, best])
    print(f"{name}  {best!s:>7}   {losses:>22}  {mean[name, best][0]:.3f}   {mean[name, best][1]:13.2f}")
