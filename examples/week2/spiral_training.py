# Train a linear classifier and a two-layer network on the three-class spirals.
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
        # Arm k starts at angle 2*pi*k/classes and turns by 4 radians as r grows to 1.
        theta = 2 * math.pi * k / classes + 4.0 * r + noise * torch.randn(per_class)
        rows = slice(k * per_class, (k + 1) * per_class)
        X[rows, 0] = r * torch.cos(theta)
        X[rows, 1] = r * torch.sin(theta)
        c[rows] = k
    return X, c


X, c = make_spirals()  # X: (300, 2) inputs, c: (300,) class indices 0, 1, 2


def train(model, epochs=500, lr=0.02):
    """Full-batch training (one step per epoch) with the five-step loop; returns a few losses."""
    optimiser = torch.optim.Adam(model.parameters(), lr=lr)
    losses = {}
    for epoch in range(epochs):
        logits = model(X)  # 1. forward: one score per class, shape (300, 3)
        loss = F.cross_entropy(logits, c)  # 2. loss: softmax + negative log-likelihood
        optimiser.zero_grad()  # 3. clear the gradients left by the previous step
        loss.backward()  # 4. backward: fill p.grad for every parameter p
        optimiser.step()  # 5. step: update the parameters using p.grad
        if epoch in (0, 10, 100, epochs - 1):
            losses[epoch] = loss.item()
    return losses


def accuracy(model):
    with torch.no_grad():
        return (model(X).argmax(dim=1) == c).float().mean().item()


linear = nn.Linear(2, 3)  # scores = x W^T + b: straight decision boundaries
network = nn.Sequential(nn.Linear(2, 100), nn.ReLU(), nn.Linear(100, 3))  # 2 -> 100 -> 3
print("parameters: linear", sum(p.numel() for p in linear.parameters()),
      "  network", sum(p.numel() for p in network.parameters()))

linear_losses = train(linear)
network_losses = train(network)

print("\nepoch   linear loss   network loss")
for epoch in linear_losses:
    print(f"{epoch:5d}   {linear_losses[epoch]:11.4f}   {network_losses[epoch]:12.4f}")

print(f"\ntraining accuracy: linear {accuracy(linear):.1%}   network {accuracy(network):.1%}")

# %%
# What zero_grad prevents: a second backward() adds to .grad instead of replacing it.
w = network[0].weight
loss = F.cross_entropy(network(X), c)
network.zero_grad()
loss.backward(retain_graph=True)
once = w.grad.clone()
loss.backward()  # no zero_grad in between
print("gradient after two backward() calls equals 2 x one call:", torch.allclose(w.grad, 2 * once))

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt
    from matplotlib.colors import ListedColormap

    colours = ["tab:blue", "tab:orange", "tab:green"]
    # Predicted class at every point of a 150 x 150 grid covering the data.
    ticks = torch.linspace(-1.2, 1.2, 150)
    g1, g2 = torch.meshgrid(ticks, ticks, indexing="xy")
    grid = torch.stack([g1.reshape(-1), g2.reshape(-1)], dim=1)

    fig, axes = plt.subplots(1, 2, figsize=(9, 4.5))
    for ax, model, name in [(axes[0], linear, "2 → 3"), (axes[1], network, "2 → 100 → 3")]:
        with torch.no_grad():
            regions = model(grid).argmax(dim=1).reshape(g1.shape)
        # One coloured pixel per grid point: a point on a class boundary can only change its own pixel.
        ax.imshow(regions.numpy(), origin="lower", extent=(-1.2, 1.2, -1.2, 1.2), interpolation="nearest",
                  cmap=ListedColormap(colours), vmin=0, vmax=2, alpha=0.3)
        for k, colour in enumerate(colours):
            ax.scatter(X[c == k, 0], X[c == k, 1], s=10, color=colour)
        ax.set_title(f"{name}: {accuracy(model):.0%}")
        ax.set_xlabel("$x_1$")
        ax.set_ylabel("$x_2$")
        ax.set_aspect("equal")
    fig.tight_layout()
    fig.savefig("spiral_training.svg")
