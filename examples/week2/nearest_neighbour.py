# Nearest neighbour as a parametrised model: its parameters are the stored data; a learned linear model for comparison.
import torch

torch.manual_seed(0)


def circle(n):
    """Points in the square [-1, 1]^2; class 1 inside the circle of radius 0.7."""
    x = 2 * torch.rand(n, 2, dtype=torch.float64) - 1
    return x, (x.norm(dim=1) < 0.7).long()


def noisy_line(n, flip=0.2):
    """Class 1 above the line x_1 + x_2 = 0; a share `flip` of the labels is swapped."""
    x = 2 * torch.rand(n, 2, dtype=torch.float64) - 1
    c = (x.sum(dim=1) > 0).long()
    swapped = torch.rand(n) < flip
    return x, torch.where(swapped, 1 - c, c)


def G_nearest(x, w):
    """Nearest neighbour: w = (stored inputs, stored labels); answer the label of the closest one."""
    stored_x, stored_c = w
    distances = torch.cdist(x, stored_x)  # one row per query, one column per stored point
    return stored_c[distances.argmin(dim=1)]


def G_linear(x, w):
    """Linear classifier: class 1 where w_0 x_1 + w_1 x_2 + w_2 > 0."""
    return (x @ w[:2] + w[2] > 0).long()


def train_linear(x, c, steps=500, eta=2.0):
    """The training step nearest neighbour does not have: gradient descent on the logistic loss."""
    x1 = torch.cat([x, torch.ones(len(x), 1, dtype=torch.float64)], dim=1)  # a column of ones for w_2
    w = torch.zeros(3, dtype=torch.float64)
    for _ in range(steps):
        p = torch.sigmoid(x1 @ w)  # the model's probability of class 1
        w = w - eta * x1.T @ (p - c) / len(x)  # the gradient of the average logistic loss
    return w


# %%
# Each data set: a training set of P points and 1000 test points labelled by the true rule.
x_test_circle, c_test_circle = circle(1000)
x_test_line = 2 * torch.rand(1000, 2, dtype=torch.float64) - 1
c_test_line = (x_test_line.sum(dim=1) > 0).long()  # the rule without the label noise
tests = {"circle": (x_test_circle, c_test_circle), "noisy line": (x_test_line, c_test_line)}
makers = {"circle": circle, "noisy line": noisy_line}

print(f"{'data':>10} {'P':>4} {'model':>8} {'numbers in w':>13} {'train errors':>13} {'test errors':>12}")
kept = {}  # the P = 40 models, for the figure
for name, make in makers.items():
    x_test, c_test = tests[name]
    for P in (40, 400):
        x, c = make(P)
        w_nearest = (x, c)  # "training" = storing the data
        w_linear = train_linear(x, c)
        for model, G, w, size in [("nearest", G_nearest, w_nearest, x.numel() + c.numel()),
                                  ("linear", G_linear, w_linear, 3)]:
            train_errors = (G(x, w) != c).sum().item()
            test_errors = (G(x_test, w) != c_test).sum().item()
            print(f"{name:>10} {P:4d} {model:>8} {size:13d} {train_errors:8d} / {P:<3d} {test_errors:6d} / 1000")
        if P == 40:
            kept[name] = (x, c, w_nearest, w_linear)

# %%
from importlib.util import find_spec

if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    # Class regions as images: a pixel at a boundary can change only itself.
    side = torch.linspace(-1, 1, 121, dtype=torch.float64)
    grid = torch.stack(torch.meshgrid(side, side, indexing="xy"), dim=-1).reshape(-1, 2)
    fig, axes = plt.subplots(2, 2, figsize=(6.4, 6.4), sharex=True, sharey=True)
    for row, name in enumerate(makers):
        x, c, w_nearest, w_linear = kept[name]
        for col, (G, w) in enumerate([(G_nearest, w_nearest), (G_linear, w_linear)]):
            ax = axes[row, col]
            region = G(grid, w).reshape(121, 121).numpy()  # imshow wants an array
            ax.imshow(region, origin="lower", extent=(-1, 1, -1, 1), cmap="coolwarm", vmin=-1.5, vmax=2.5,
                      interpolation="nearest")
            ax.scatter(x[:, 0], x[:, 1], c=c, cmap="coolwarm", vmin=0, vmax=1, s=18, edgecolors="black",
                       linewidths=0.6)
            if row == 0:  # the true rule, dashed
                t = torch.linspace(0, 2 * torch.pi, 200)
                ax.plot(0.7 * torch.cos(t), 0.7 * torch.sin(t), "k--", linewidth=1)
            else:
                ax.plot([-1, 1], [1, -1], "k--", linewidth=1)
    for ax in axes[1]:
        ax.set_xlabel("$x_1$")
    for ax in axes[:, 0]:
        ax.set_ylabel("$x_2$")
    fig.tight_layout()
    fig.savefig("nearest_neighbour.svg")
