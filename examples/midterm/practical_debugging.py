# Three checks from practical methodology: gradient check, forgetting zero_grad, overfitting one small batch.
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

# 2. Gradients accumulate: without zero_grad(), the second backward adds to the first.
layer = nn.Linear(3, 1)
x = torch.randn(4, 3)
layer(x).sum().backward()
first = layer.weight.grad.clone()
layer(x).sum().backward()  # forgot layer.zero_grad()
print("2. without zero_grad the gradient doubles:", torch.allclose(layer.weight.grad, 2 * first))

# 3. A correct model and training loop can drive the loss to ~0 on 8 examples.
model = nn.Sequential(nn.Linear(10, 64), nn.ReLU(), nn.Linear(64, 3))
xb, yb = torch.randn(8, 10), torch.randint(0, 3, (8,))
optimiser = torch.optim.Adam(model.parameters(), lr=0.01)
for step in range(201):
    optimiser.zero_grad()
    loss = nn.functional.cross_entropy(model(xb), yb)
    loss.backward()
    optimiser.step()
    if step % 50 == 0:
        print(f"3. overfit one batch, step {step:3d}: loss {loss.item():.4f}")
