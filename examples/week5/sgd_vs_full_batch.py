# Stochastic versus full-batch gradient descent on a small linear regression problem.
import torch

torch.manual_seed(0)

# n samples with d features: y = X w_true + noise.
n, d = 200, 5
X = torch.randn(n, d, dtype=torch.float64)
w_true = torch.randn(d, dtype=torch.float64)
y = X @ w_true + 0.5 * torch.randn(n, dtype=torch.float64)


def loss(w):  # L(w) = 1/(2n) sum_i (x_i^T w - y_i)^2
    return 0.5 * ((X @ w - y) ** 2).mean()


def full_gradient(w):  # (1/n) X^T (X w - y): touches all n samples
    return X.T @ (X @ w - y) / n


def sample_gradients(w, idx):  # one gradient x_i (x_i^T w - y_i) per index in idx: shape idx.shape + (d,)
    return X[idx] * (X[idx] @ w - y[idx])[..., None]


# 1. The stochastic gradient is an unbiased estimate of the full gradient.
w = torch.zeros(d, dtype=torch.float64)
g_full = full_gradient(w)
g_all = sample_gradients(w, torch.arange(n))
print("mean of the n per-sample gradients == full gradient:", torch.allclose(g_all.mean(0), g_full))
print(f"norm of the full gradient: {g_full.norm().item():.4f}")
for k in [10, 100, 1000, 10000]:
    idx = torch.randint(n, (50, k))  # 50 repetitions, each averaging k samples drawn at random
    means = sample_gradients(w, idx).mean(1)
    err = ((means - g_full) ** 2).sum(1).mean().sqrt().item()  # root-mean-square distance
    print(f"  mean of {k:5d} random single-sample gradients: distance to full gradient {err:.4f}")

# 2. Noise: mean squared distance of a mini-batch gradient from the full gradient.
for b in [1, 10]:
    idx = torch.randint(n, (2000, b))  # 2000 random mini-batches of size b
    g_batches = sample_gradients(w, idx).mean(1)
    noise = ((g_batches - g_full) ** 2).sum(1).mean().item()
    print(f"gradient noise E|g_batch - g_full|^2 with batch size {b:2d}: {noise:.3f}")

# 3. Training: compare at equal numbers of samples processed (= per-sample gradient evaluations).
w_best = torch.linalg.lstsq(X, y[:, None]).solution[:, 0]
print(f"smallest possible loss (least squares): {loss(w_best).item():.4f}")


def train(batch_size, lr, epochs):
    w = torch.zeros(d, dtype=torch.float64)
    losses = []  # loss after each epoch, i.e. after every n samples processed
    for _ in range(epochs):
        perm = torch.randperm(n)  # visit the samples in a new random order each epoch
        for start in range(0, n, batch_size):
            idx = perm[start : start + batch_size]
            w = w - lr * sample_gradients(w, idx).mean(0)
        losses.append(loss(w).item())
    return losses


epochs = 20
curves = {"full batch": train(n, 0.5, epochs), "SGD b=1": train(1, 0.02, epochs), "SGD b=10": train(10, 0.1, epochs)}
print(f"{'samples seen':>12} {'full steps':>10} " + " ".join(f"{name:>10}" for name in curves))
for e in [1, 2, 5, 10, 20]:
    print(f"{e * n:12d} {e:10d} " + " ".join(f"{c[e - 1]:10.4f}" for c in curves.values()))
