# Gradient descent on badly scaled features, with and without standardising the inputs.
import torch

torch.manual_seed(0)

# Two features on very different scales, e.g. a length in metres and a price in euros.
# (float64 here: with features this badly scaled, float32 rounding would blur the numbers.)
P = 200
X = torch.stack([torch.randn(P), 300 + 100 * torch.randn(P)], dim=1).double()
y = 2 * X[:, 0] + 0.03 * X[:, 1] + 0.1 * torch.randn(P).double()


def curvature(X):
    """Largest and smallest eigenvalue of the Hessian of the MSE (for the weights and the bias)."""
    A = torch.cat([X, torch.ones(len(X), 1, dtype=X.dtype)], dim=1)
    eig = torch.linalg.eigvalsh(2 * A.T @ A / len(X))
    return eig.max().item(), eig.min().item()


def train(X, lr, steps=100):
    w = torch.zeros(2, dtype=X.dtype, requires_grad=True)
    b = torch.zeros(1, dtype=X.dtype, requires_grad=True)
    opt = torch.optim.SGD([w, b], lr=lr)
    for _ in range(steps):
        loss = ((X @ w + b - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return ((X @ w + b - y) ** 2).mean().item()


# %%
# Standardise each feature: subtract its mean, divide by its standard deviation.
X_std = (X - X.mean(dim=0)) / X.std(dim=0)

for name, data in [("raw", X), ("standardised", X_std)]:
    big, small = curvature(data)
    print(f"{name:12s}: Hessian eigenvalues from {small:.2e} to {big:.2e}, ratio {big / small:.1e}")
    print(f"{'':12s}  largest stable learning rate 2/max = {2 / big:.1e}")

lr_raw = 1 / curvature(X)[0]  # half the largest stable step
print(f"loss after 100 steps, raw, lr = {lr_raw:.1e}:        {train(X, lr_raw):.4f}")
print(f"loss after 100 steps, raw, lr = 0.1:            diverged: {not train(X, 0.1) < 1e6}")
print(f"loss after 100 steps, standardised, lr = 0.1:   {train(X_std, 0.1):.4f}")
A = torch.cat([X, torch.ones(P, 1, dtype=X.dtype)], dim=1)
best = torch.linalg.lstsq(A, y.unsqueeze(1)).solution.squeeze(1)
print(f"best possible loss (least squares):             {((A @ best - y) ** 2).mean():.4f}")
