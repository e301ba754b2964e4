# Inference: use a trained two-layer network to classify new points.
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


X, c = make_spirals()

# %%
# Training, exactly as before: forward, loss, zero_grad, backward, step.
model = nn.Sequential(nn.Linear(2, 100), nn.ReLU(), nn.Linear(100, 3))
optimiser = torch.optim.Adam(model.parameters(), lr=0.02)
for epoch in range(500):
    loss = F.cross_entropy(model(X), c)
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
print(f"final training loss: {loss.item():.4f}")

# %%
# New points, never seen in training: three on the middle of each arm (no noise),
# the centre where the arms meet, and one far outside the data.
r = 0.6
new_points = torch.tensor(
    [[r * math.cos(2 * math.pi * k / 3 + 4.0 * r), r * math.sin(2 * math.pi * k / 3 + 4.0 * r)] for k in range(3)]
    + [[0.0, 0.0], [3.0, 3.0]]
)

print("requires_grad of model(x), as in training:", model(new_points).requires_grad)

model.eval()  # switch layers such as dropout and batch norm to inference behaviour
with torch.no_grad():  # no graph is recorded: faster, less memory, no gradients
    logits = model(new_points)
    probs = F.softmax(logits, dim=1)  # each row: probabilities of the 3 classes
    predicted = probs.argmax(dim=1)  # the most probable class
print("requires_grad of model(x) under torch.no_grad():", logits.requires_grad)

print("\n   x_1     x_2    p(0)   p(1)   p(2)   class")
for point, p, k in zip(new_points, probs, predicted):
    print(f"{point[0]:6.2f}  {point[1]:6.2f}   {p[0]:.2f}   {p[1]:.2f}   {p[2]:.2f}     {k}")
print("every row of probabilities sums to 1:", torch.allclose(probs.sum(dim=1), torch.ones(5)))
