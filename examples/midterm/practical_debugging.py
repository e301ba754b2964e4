# Three checks from practical methodology: gradient check, loss at initialisation, overfitting one small batch.
import math

import torch
from torch import nn

torch.manual_seed(0)

# 1. Gradient check: autograd against centred finite differences (in float64).
w = torch.randn(5, dtype=torch.float64, requires_grad=True)
f = lambda w: (torch.tanh(w) ** 2).sum()
f(w).backward()
eps = 1e-6
numeric = torch.stack([(f(w + eps * e) - f(w - eps * e)) / (2 * eps) for e in torch.eye(5, dtype=torch.float64)])
print("1. autograd matches finite differences:", torch.allclose(w.grad, numeric, atol=1e-6))

# %%
# 2. Loss at initialisation: a fresh classifier is about as good as a uniform guess over the 3 classes,
# so its cross-entropy should be close to log 3. Much more points to badly scaled inputs, the wrong loss or labels.
model = nn.Sequential(nn.Linear(10, 64), nn.ReLU(), nn.Linear(64, 3))
x, y = torch.randn(1000, 10), torch.randint(0, 3, (1000,))
with torch.no_grad():
    initial, scaled = nn.functional.cross_entropy(model(x), y), nn.functional.cross_entropy(model(100 * x), y)
print(f"2. loss at initialisation {initial:.2f}, log 3 = {math.log(3):.2f};",
      f"with inputs 100 times too large {scaled:.1f}")

# %%
# 3. A correct model and training loop can drive the loss to ~0 on 8 examples.
xb, yb = x[:8], y[:8]
optimiser = torch.optim.Adam(model.parameters(), lr=0.01)
for step in range(201):
    optimiser.zero_grad()
    loss = nn.functional.cross_entropy(model(xb), yb)
    loss.backward()
    optimiser.step()
    if step % 50 == 0:
        print(f"3. overfit one batch, step {step:3d}: loss {loss.item():.4f}")
