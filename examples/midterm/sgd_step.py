# Stochastic gradient descent on a linear regression: mini-batch gradients, and one step by hand.
import torch

torch.manual_seed(0)

n = 1000
x = torch.randn(n, 3)
y = x @ torch.tensor([1.0, -2.0, 0.5]) + 0.1 * torch.randn(n)
w = torch.zeros(3, requires_grad=True)


def gradient(xb, yb):
    loss = ((xb @ w - yb) ** 2).mean()
    (g,) = torch.autograd.grad(loss, w)
    return g


full = gradient(x, y)
print("full-batch gradient:     ", [round(v, 3) for v in full.tolist()])

# %%
# Mini-batches of 10, in a shuffled order: each gradient is a noisy estimate of the full one.
order = torch.randperm(n)
batch_grads = torch.stack([gradient(x[idx], y[idx]) for idx in order.split(10)])
for k in range(3):
    print(f"mini-batch {k} gradient:    ", [round(v, 3) for v in batch_grads[k].tolist()])
print("mean of the 100 mini-batch gradients equals the full gradient:",
      torch.allclose(batch_grads.mean(dim=0), full, atol=1e-5))

# %%
# One SGD step, w <- w - lr * g, by hand and with torch.optim.SGD.
lr = 0.1
idx = order[:10]
g = gradient(x[idx], y[idx])
by_hand = w.detach() - lr * g

optimiser = torch.optim.SGD([w], lr=lr)
optimiser.zero_grad()
((x[idx] @ w - y[idx]) ** 2).mean().backward()
optimiser.step()
print("after one step, by hand:", [round(v, 3) for v in by_hand.tolist()],
      " same as torch.optim.SGD:", torch.allclose(w.detach(), by_hand))
