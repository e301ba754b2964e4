# The supervised-learning setup: a data matrix X, class labels c and one-hot targets y.
import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)


def make_spirals(per_class=100, classes=3, noise=0.2):
    """Points on `classes` interleaved spiral arms; the arm a point lies on is its class."""
    X = torch.empty(per_class * classes, 2)
    c = torch.empty(per_class * classes, dtype=torch.long)
    r = torch.linspace(0.0, 1.0, per_class)  # distance from the centre
    for k in range(classes):
        # Arm k starts at angle 2*pi*k/classes and turns by 4 radians as r grows to 1.
        theta = 2 * math.pi * k / classes + 4.0 * r + noise * torch.randn(per_class)
        rows = slice(k * per_class, (k + 1) * per_class)
        X[rows, 0] = r * torch.cos(theta)
        X[rows, 1] = r * torch.sin(theta)
        c[rows] = k
    return X, c


X, c = make_spirals()  # m = 300 samples (rows), n = 2 features (columns)
y = F.one_hot(c, num_classes=3)  # row i has a single 1, in column c[i]

print("X shape:", tuple(X.shape), "  c shape:", tuple(c.shape), "  y shape:", tuple(y.shape))
print("c dtype:", c.dtype, "  y dtype:", y.dtype)

print("\n  i      x_1      x_2   c   y")
for i in [40, 90, 140, 190, 240, 290]:  # two rows from each class
    print(f"{i:3d}  {X[i, 0]:7.3f}  {X[i, 1]:7.3f}   {c[i]}   {y[i].tolist()}")

print("\nsamples per class:", torch.bincount(c).tolist())
print("column sums of y: ", y.sum(dim=0).tolist())
print("every row of y sums to 1:", bool((y.sum(dim=1) == 1).all()))

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(5, 5))
    for k, colour in enumerate(["tab:blue", "tab:orange", "tab:green"]):
        arm = X[c == k]
        ax.scatter(arm[:, 0], arm[:, 1], s=14, color=colour, label=f"$c = {k}$")
    ax.set_xlabel("$x_1$")
    ax.set_ylabel("$x_2$")
    ax.set_aspect("equal")
    ax.legend(loc="upper right")
    fig.tight_layout()
    fig.savefig("spiral_data.svg")
