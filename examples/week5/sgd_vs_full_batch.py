# Stochastic versus full-batch gradient descent on a small linear regression problem.
import torch

torch.manual_seed(0)

# n samples with d features: y = X w_true + noise.
n, d = 200, 5
X = torch.randn(n, d, dtype=torch.float64)
w_true = torch.randn(d, dtype=torch.float64)
y = X @ w_true + 0.5 * torch.randn(n, dtype=torch.float64)


def loss(w):  # L(w) = 1/(2n) sum_i (x_i^T w - y_i)^2, for w of shape (..., d)
    return 0.5 * ((w @ X.T - y) ** 2).mean(-1)


def sample_gradients(w):  # all n per-sample gradients x_i (x_i^T w - y_i): shape (n, d)
    return X * (X @ w - y)[:, None]


# 1. The stochastic gradient is unbiased but noisy: measure it over many random draws at w = 0.
G = sample_gradients(torch.zeros(d, dtype=torch.float64))
g_full = G.mean(0)  # the full gradient (1/n) X^T (X w - y)
sigma2 = ((G - g_full) ** 2).sum(1).mean().item()  # noise of one sample: mean |g_i - g|^2
print(f"at w = 0: |full gradient| = {g_full.norm().item():.2f}, noise of one sample sigma^2 = {sigma2:.1f}")
print("mean of b per-sample gradients drawn at random, 1000 draws for each b:")
print(f"{'b':>6} {'mean |g_b - g|^2':>17} {'sigma^2/b':>10} {'rms |g_b - g|':>14} {'sigma/sqrt(b)':>14}")
for b in [1, 10, 100, 1000]:
    g_b = G[torch.randint(n, (1000, b))].mean(1)  # 1000 independent mini-batch gradients
    noise = ((g_b - g_full) ** 2).sum(1).mean().item()
    print(f"{b:6d} {noise:17.3g} {sigma2 / b:10.3g} {noise**0.5:14.3g} {(sigma2 / b) ** 0.5:14.3g}")

# 2. Training at equal cost: one epoch = n per-sample gradients = one full step = n/b mini-batch steps.
# Each method gets its best learning rate for each budget, from 20 values equally spaced on a log
# scale (0.001 to 1.47, each 1.47 times the previous). SGD draws its mini-batches at random; its
# losses are averaged over 20 runs.
w_best = torch.linalg.lstsq(X, y[:, None]).solution[:, 0]
print(f"smallest possible loss (least squares): {loss(w_best).item():.4f}")
lrs = 10 ** (torch.arange(-18, 2, dtype=torch.float64) / 6)
runs, epochs, budgets = 20, 10, [1, 2, 5, 10]


def train(batch_size):
    """Excess loss L(w) - L(w_best) after each epoch: shape (epochs, learning rates), mean over runs."""
    w = torch.zeros(len(lrs), runs, d, dtype=torch.float64)  # one w per learning rate and run
    excess = []
    for _ in range(epochs):
        for _ in range(n // batch_size):
            if batch_size == n:
                Xb, yb = X, y  # full batch: every sample, once
            else:
                idx = torch.randint(n, (runs, batch_size))  # a random mini-batch for each run
                Xb, yb = X[idx], y[idx]  # shapes (runs, b, d) and (runs, b)
            residual = (Xb * w[:, :, None, :]).sum(-1) - yb  # (lrs, runs, b)
            w = w - lrs[:, None, None] * (residual[..., None] * Xb).mean(-2)
        excess.append((loss(w) - loss(w_best)).mean(1))
    return torch.stack(excess).nan_to_num(torch.inf)  # a run that diverged counts as infinitely bad


curves = {"full batch": train(n), "SGD b=1": train(1), "SGD b=10": train(10)}
print("excess loss L(w) - L(w_best) after a budget of epochs (best learning rate in brackets)")
print(f"{'epochs':>6} {'samples':>8} " + " ".join(f"{name:>17}" for name in curves))
for e in budgets:
    cells = []
    for c in curves.values():
        best = c[e - 1].argmin()
        cells.append(f"{c[e - 1, best].item():7.1e} ({lrs[best].item():.3f})")
    print(f"{e:6d} {e * n:8d} " + " ".join(f"{cell:>17}" for cell in cells))

# 3. The noise floor: start SGD AT the minimum. The full gradient is 0 there, the per-sample
# gradients are not, so SGD walks away and hovers. Theory for a small constant step gamma:
# mean excess loss = gamma sigma*^2 / (4 b), with sigma*^2 the noise of one sample at w_best.
sigma2_best = (sample_gradients(w_best) ** 2).sum(1).mean().item()
print(f"at w_best: noise of one sample sigma*^2 = {sigma2_best:.3f}")
print(f"{'b':>3} {'gamma':>6} {'mean excess loss':>17} {'gamma sigma*^2/(4b)':>20}")
for b, gamma in [(1, 0.01), (1, 0.03), (1, 0.1), (10, 0.1)]:
    w = w_best.repeat(100, 1)  # 100 runs
    total, count = 0.0, 0
    for step in range(1, 2001):
        idx = torch.randint(n, (100, b))
        Xb, yb = X[idx], y[idx]
        residual = (Xb * w[:, None, :]).sum(-1) - yb
        w = w - gamma * (residual[..., None] * Xb).mean(1)
        if step > 500:  # after the walk away from w_best has settled
            total, count = total + (loss(w) - loss(w_best)).mean().item(), count + 1
    print(f"{b:3d} {gamma:6.2f} {total / count:17.2e} {gamma * sigma2_best / (4 * b):20.2e}")
