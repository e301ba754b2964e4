# Far from the data one network is confident; several networks trained alike disagree there.
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


X, c = make_spirals()

# %%
# An ensemble: five networks that differ only by their random initialisation.
models = []
for seed in range(5):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(2, 64), nn.ReLU(), nn.Linear(64, 3))
    optimiser = torch.optim.Adam(model.parameters(), lr=0.02)
    for epoch in range(200):
        loss = F.cross_entropy(model(X), c)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    models.append(model)

# %%
# 200 points on the training data, and 200 points on a circle of radius 3, far outside it.
angles = torch.linspace(0, 2 * math.pi, 201)[:-1]
places = {"on the data": X[torch.arange(0, 300, 3)].repeat(2, 1)[:200],
          "radius 3": 3 * torch.stack([torch.cos(angles), torch.sin(angles)], dim=1)}
print(f"{'where':<12} {'one net: max p':>15} {'5 nets agree':>13} {'average: max p':>15}")
with torch.no_grad():
    for where, points in places.items():
        probs = torch.stack([F.softmax(model(points), dim=1) for model in models])  # (5, points, 3)
        one_net = probs[0].max(dim=1).values.mean()  # how sure a single network is, on average
        votes = probs.argmax(dim=2)  # (5, points): the class each network predicts
        agree = (votes == votes[0]).all(dim=0).float().mean()  # share of points where all five agree
        average = probs.mean(dim=0).max(dim=1).values.mean()  # how sure the averaged ensemble is
        print(f"{where:<12} {one_net:15.2f} {agree:13.2f} {average:15.2f}")
