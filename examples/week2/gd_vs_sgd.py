# Learn the line model with full-batch gradient descent and with stochastic gradient descent.
import torch

torch.manual_seed(0)

P = 20
x = torch.linspace(-1, 1, P)
y = 2 * x + 1 + 0.1 * torch.randn(P)


def loss(w):
    """Average squared error L(w) over the training set."""
    return ((w[0] * x + w[1] - y) ** 2).mean()


def grad_cost(w, xp, yp):
    """Gradient of the squared error C = (w0 x + w1 - y)^2 with respect to (w0, w1)."""
    error = w[0] * xp + w[1] - yp
    return torch.stack([2 * error * xp, 2 * error])


eta = 0.1  # learning rate, the same for both methods
w_gd = torch.zeros(2)
w_sgd = torch.zeros(2)
print(f"epoch  loss (GD)  loss (SGD)    (start: {loss(w_gd):.4f})")
for epoch in range(1, 9):
    # Full batch: ONE step per epoch along the average gradient dL/dw.
    g = sum(grad_cost(w_gd, x[p], y[p]) for p in range(P)) / P
    w_gd = w_gd - eta * g
    # Stochastic: P steps per epoch, one per sample, in a fresh random order.
    for p in torch.randperm(P):
        w_sgd = w_sgd - eta * grad_cost(w_sgd, x[p], y[p])
    print(f"{epoch:5d}  {loss(w_gd):9.4f}  {loss(w_sgd):10.4f}")

# The best possible w, from the least-squares solution, for comparison.
A = torch.stack([x, torch.ones(P)], dim=1)
w_best = torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze(1)
print(f"GD  learned w = ({w_gd[0]:.3f}, {w_gd[1]:.3f})")
print(f"SGD learned w = ({w_sgd[0]:.3f}, {w_sgd[1]:.3f})")
print(f"best        w = ({w_best[0]:.3f}, {w_best[1]:.3f}), loss {loss(w_best):.4f}")
