# Stochastic versus full-batch gradient descent on a small linear regression problem.
import torch

torch.manual_seed(0)

# n samples with d features: y = X w_true + noise.
n, d = 200, 5
X = torch.randn(n, d, dtype=torch.float64)
w_true = torch.randn(d, dtype=torch.float64)
y = X @ w_true + 0.5 * torch.randn(n, dtype=torch.float64)
w_best = torch.linalg.lstsq(X, y[:, None]).solution[:, 0]


def loss(w):  # L(w) = 1/(2n) sum_i (x_i^T w - y_i)^2
    return 0.5 * ((X @ w - y) ** 2).mean()


def excess(w):  # L(w) - L(w_best) = 1/(2n) |X (w - w_best)|^2, exact for least squares; w of shape (..., d)
    return 0.5 * (((w - w_best) @ X.T) ** 2).mean(-1)


def sample_gradients(w):  # the n per-sample gradients x_i (x_i^T w - y_i), one per row: shape (n, d)
    return X * (X @ w - y)[:, None]


def step(w, lr, Xb, yb):
    """One gradient step on the mini-batch (Xb, yb) for many w at once (w: (..., runs, d), Xb: (runs, b, d))."""
    residual = (Xb * w[..., None, :]).sum(-1) - yb
    return w - lr * (residual[..., None] * Xb).mean(-2)


# %%
# 1. The stochastic gradient is unbiased but noisy: measure it over many random draws at w = 0.
G = sample_gradients(torch.zeros(d, dtype=torch.float64))
g_full = G.mean(0)  # the full gradient (1/n) X^T (X w - y)
sigma2 = ((G - g_full) ** 2).sum(1).mean().item()  # noise of one sample, exactly: mean of |g_i - g|^2
print(f"at w = 0: |full gradient| = {g_full.norm().item():.2f}, noise of one sample sigma^2 = {sigma2:.1f}")
print("mean g_b of b per-sample gradients drawn at random, 10000 draws for each b: measured | predicted")
print(f"{'b':>5} {'mean |g_b - g|^2':>17} {'sigma^2/b':>10}   {'rms |g_b - g|':>14} {'sigma/sqrt(b)':>14}")
for b in [1, 10, 100]:
    g_b = G[torch.randint(n, (10000, b))].mean(1)  # 10000 independent mini-batch gradients
    noise = ((g_b - g_full) ** 2).sum(1).mean().item()
    print(f"{b:5d} {noise:17.2e} {sigma2 / b:10.2e}   {noise**0.5:14.3f} {(sigma2 / b) ** 0.5:14.3f}")

# %%
# 2. Training at equal cost: one epoch = n per-sample gradients = one full step = n/b mini-batch steps.
# For each budget, each method gets its best learning rate among 20 values equally spaced on a log
# scale, from 0.001 to 1.47 (each 1.47 times the previous). SGD draws every mini-batch at random;
# its excess loss is averaged over 20 runs.
print(f"smallest possible loss (least squares): {loss(w_best).item():.4f}")
lrs = 10 ** (torch.arange(-18, 2, dtype=torch.float64) / 6)
runs, epochs = 20, 10


def train(batch_size):
    """Excess loss after each epoch, for every learning rate: shape (epochs, len(lrs)), mean over runs."""
    w = torch.zeros(len(lrs), runs, d, dtype=torch.float64)  # one w per learning rate and run
    out = []
    for _ in range(epochs):
        for _ in range(n // batch_size):
            idx = torch.randint(n, (runs, batch_size)) if batch_size < n else torch.arange(n).expand(runs, n)
            w = step(w, lrs[:, None, None], X[idx], y[idx])
        out.append(excess(w).mean(1))
    return torch.stack(out).nan_to_num(torch.inf)  # a learning rate that diverged counts as infinitely bad


curves = {"full batch": train(n), "SGD b=1": train(1), "SGD b=10": train(10)}
print("excess loss L(w) - L(w_best) after a budget of epochs (best learning rate in brackets)")
print(f"{'epochs':>6} {'samples':>8} " + " ".join(f"{name:>17}" for name in curves))
for e in [1, 2, 5, 10]:
    cells = []
    for c in curves.values():
        best = c[e - 1].argmin()
        cells.append(f"{c[e - 1, best].item():7.1e} ({lrs[best].item():.3g})")
    print(f"{e:6d} {e * n:8d} " + " ".join(f"{cell:>17}" for cell in cells))

# %%
# 3. The noise floor: start SGD AT the minimum. The full gradient is 0 there but the per-sample
# gradients are not, so SGD walks away and hovers. For a small constant step gamma, theory predicts
# a mean excess loss of gamma sigma*^2 / (4 b), with sigma*^2 the noise of one sample at w_best.
sigma2_best = (sample_gradients(w_best) ** 2).sum(1).mean().item()
floor_runs, floor_steps = 200, 1000
print(f"SGD started at w_best, where the noise of one sample is sigma*^2 = {sigma2_best:.3f} ({floor_runs} runs, {floor_steps} steps)")
print(f"{'b':>3} {'gamma':>6} {'mean excess loss':>17} {'gamma sigma*^2/(4b)':>20}")
gammas = torch.tensor([0.01, 0.03, 0.1], dtype=torch.float64)
for b in [1, 10]:
    w = w_best.expand(len(gammas), floor_runs, d)  # every run of every step size starts at w_best
    levels = []
    for t in range(1, floor_steps + 1):
        idx = torch.randint(n, (floor_runs, b))
        w = step(w, gammas[:, None, None], X[idx], y[idx])
        if t > 400 and t % 10 == 0:  # once the walk away from w_best has settled
            levels.append(excess(w).mean(1))
    for gamma, level in zip(gammas.tolist(), torch.stack(levels).mean(0).tolist()):
        print(f"{b:3d} {gamma:6.2f} {level:17.2e} {gamma * sigma2_best / (4 * b):20.2e}")
