# Backpropagation through batch normalisation: the batch mean and variance depend on every example.
import torch

torch.manual_seed(0)

m, eps = 8, 1e-5  # a mini-batch of m examples with 3 features each
x = torch.randn(m, 3, dtype=torch.float64, requires_grad=True)
g = torch.randn(m, 3, dtype=torch.float64)  # an upstream gradient dL/dy, to send back

# %%
# Forward, without the learned scale and shift: statistics over the batch, one per feature.
mu = x.mean(dim=0)
var = x.var(dim=0, correction=0)
y = (x - mu) / torch.sqrt(var + eps)
(g * y).sum().backward()  # autograd goes through mu and var too

with torch.no_grad():
    # By hand: dL/dx = (g - mean(g) - y * mean(g * y)) / sqrt(var + eps), means over the batch.
    by_hand = (g - g.mean(dim=0) - y * (g * y).mean(dim=0)) / torch.sqrt(var + eps)
    # The mistake: treat mu and var as constants, as if they did not depend on x.
    constants = g / torch.sqrt(var + eps)
print("formula through mu and var matches autograd:      ", torch.allclose(x.grad, by_hand))
print("mu and var treated as constants matches autograd:", torch.allclose(x.grad, constants))
share = ((constants - by_hand).norm() / constants.norm()).item()
print(f"part of the constant-statistics gradient that is wrong: {share:.0%}")
# Shifting a whole column of x does not change y, and scaling it changes y only through eps:
# the gradient must ignore both directions.
zero = torch.zeros(3, dtype=torch.float64)
print("each column of dL/dx sums to 0 (shift):          ", torch.allclose(x.grad.sum(dim=0), zero))
print("each column of dL/dx is orthogonal to y (scale): ", torch.allclose((x.grad * y).sum(dim=0), zero, atol=1e-4))
