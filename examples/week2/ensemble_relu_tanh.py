# Regression ensembles: away from the data ReLU networks fan out linearly, tanh networks level off.
import math

import torch
import torch.nn as nn

torch.manual_seed(0)

# 1-D data with a gap: 20 points on each of [-1, -0.4] and [0.4, 1], y = sin(pi x) + noise.
x = torch.cat([torch.linspace(-1.0, -0.4, 20), torch.linspace(0.4, 1.0, 20)]).unsqueeze(1)  # (40, 1)
y = torch.sin(math.pi * x) + 0.05 * torch.randn_like(x)

# %%
class Ensemble(nn.Module):
    """M networks 1 -> 32 -> 32 -> 1 that differ only by their random initialisation.

    Their weights are stacked along a first dimension of size M, so one batched matrix
    product (torch.baddbmm) runs all M networks at once; no parameter is shared.
    """

    def __init__(self, activation, members=5, sizes=(1, 32, 32, 1)):
        super().__init__()
        self.activation = activation
        self.weights, self.biases = nn.ParameterList(), nn.ParameterList()
        for n_in, n_out in zip(sizes[:-1], sizes[1:]):
            bound = 1 / math.sqrt(n_in)  # the initialisation nn.Linear uses: uniform in [-bound, bound]
            self.weights.append(nn.Parameter(torch.empty(members, n_in, n_out).uniform_(-bound, bound)))
            self.biases.append(nn.Parameter(torch.empty(members, 1, n_out).uniform_(-bound, bound)))

    def forward(self, x):  # x: (N, 1) -> predictions of every member: (M, N, 1)
        h = x.expand(len(self.weights[0]), -1, -1)
        for layer, (w, b) in enumerate(zip(self.weights, self.biases)):
            h = torch.baddbmm(b, h, w)  # b + h @ w, member by member
            if layer < len(self.weights) - 1:
                h = self.activation(h)
        return h


def train(members, steps=400):
    # The loss adds the members' mean squared errors, so each member gets the gradient of its own
    # error, exactly as if trained alone. The learning rate decays to 0 so that every run ends settled.
    optimiser = torch.optim.Adam(members.parameters(), lr=0.01)
    schedule = torch.optim.lr_scheduler.LambdaLR(optimiser, lambda t: 1 - t / steps)
    for _ in range(steps):
        loss = ((members(x) - y) ** 2).mean(dim=(1, 2)).sum()
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        schedule.step()
    return members


ensembles = {"ReLU": train(Ensemble(torch.relu)), "tanh": train(Ensemble(torch.tanh))}

# %%
# Spread = standard deviation of the five predictions at the same x.
places = {"on the data": x, "in the gap": torch.linspace(-0.3, 0.3, 7).unsqueeze(1)}
for far in [3.0, 6.0, 12.0]:
    places[f"x = {far:g}"] = torch.tensor([[-far], [far]])  # both sides


def spread(members, points):
    with torch.no_grad():
        return members(points).std(dim=0).mean().item()  # std over the 5 members, averaged over the points


with torch.no_grad():
    worst = {name: ((members(x) - y) ** 2).mean(dim=(1, 2)).max().item() for name, members in ensembles.items()}
print(f"worst training MSE of a member: ReLU {worst['ReLU']:.4f}, tanh {worst['tanh']:.4f}")
print(f"\n{'spread of the 5 predictions':<28} {'ReLU':>6} {'tanh':>6}")
for where, points in places.items():
    print(f"{where:<28} {spread(ensembles['ReLU'], points):6.3f} {spread(ensembles['tanh'], points):6.3f}")

# %%
from importlib.util import find_spec

if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    grid = torch.linspace(-4, 4, 401).unsqueeze(1)
    fig, axes = plt.subplots(1, 2, figsize=(9, 3.8), sharey=True)
    for ax, (name, members) in zip(axes, ensembles.items()):
        with torch.no_grad():
            for curve in members(grid):  # one line per member
                ax.plot(grid, curve, lw=1)
        ax.scatter(x, y, s=10, color="black", zorder=3)
        ax.set_title(r"$\mathrm{ReLU}$" if name == "ReLU" else r"$\tanh$")
        ax.set_xlabel("$x$")
        ax.set_ylim(-6, 6)
    axes[0].set_ylabel("$y$")
    fig.tight_layout()
    fig.savefig("ensemble_relu_tanh.svg")
