# torch.device: one training program that runs unchanged on a CPU or a GPU and prints the same.
import copy
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

# The only line that mentions a GPU. Everything below uses `device` and never its name.
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")


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


# Random draws happen on the CPU (the GPU has its own generator, which gives other numbers
# for the same seed); then the tensors are copied to the device. Tensor.to returns a copy:
# keep it, `X.to(device)` on its own changes nothing.
X, c = make_spirals()
X, c = X.to(device), c.to(device)

# %%
# Module.to moves the parameters in place; build the optimiser after it.
model = nn.Sequential(nn.Linear(2, 100), nn.ReLU(), nn.Linear(100, 3)).to(device)
optimiser = torch.optim.Adam(model.parameters(), lr=0.02)
print("every parameter is on the data's device:", all(p.device == X.device for p in model.parameters()))

for epoch in range(300):
    loss = F.cross_entropy(model(X), c)  # model, X and c on one device: no copies in the loop
    optimiser.zero_grad()
    loss.backward()
    optimiser.step()
    if epoch in (0, 299):
        print(f"epoch {epoch:3d}: loss {loss.item():.2g}")  # .item(): a Python float, on the CPU

# %%
# New tensors are created directly on the device with device=..., not created and then moved.
angles = torch.tensor([0.0, 2 * math.pi / 3, 4 * math.pi / 3], device=device) + 4 * 0.6
points = 0.6 * torch.stack([torch.cos(angles), torch.sin(angles)], dim=1)  # the middle of each arm
model.eval()
with torch.no_grad():
    accuracy = (model(X).argmax(dim=1) == c).float().mean()
    probabilities = F.softmax(model(points), dim=1)
print("prediction is on the input's device:", probabilities.device == points.device)

# Back to the CPU for printing, NumPy or plotting: .item() for one number, .cpu() for a tensor.
print(f"training accuracy: {accuracy.item():.2f}")
print("predicted classes:", probabilities.argmax(dim=1).cpu().tolist())

# The same network copied to the CPU must give the same answer (up to rounding).
on_cpu = copy.deepcopy(model).cpu()
with torch.no_grad():
    difference = (F.softmax(on_cpu(points.cpu()), dim=1) - probabilities.cpu()).abs().max().item()
print("same probabilities from a CPU copy (within 1e-4):", difference < 1e-4)
