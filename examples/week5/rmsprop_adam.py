# RMSprop and Adam written by hand, checked step by step against torch.optim.
import math

import torch

torch.manual_seed(0)

# A small least-squares problem with badly scaled features: f(w) = mean((X w - y)^2).
X = torch.randn(32, 3, dtype=torch.float64) * torch.tensor([0.1, 1.0, 10.0], dtype=torch.float64)
y = torch.randn(32, dtype=torch.float64)
w0 = torch.zeros(3, dtype=torch.float64)


def grad_f(w):
    return 2 * X.T @ (X @ w - y) / len(y)


def loss_of(w):
    return ((X @ w - y) ** 2).mean()


steps = 100
w_best = torch.linalg.lstsq(X, y[:, None]).solution[:, 0]
print(f"least-squares solution w* = [{', '.join(f'{v:.4f}' for v in w_best.tolist())}], loss {loss_of(w_best).item():.4f}")


def run_torch(make_optimizer):
    w = w0.clone().requires_grad_(True)
    opt = make_optimizer([w])
    iterates = []
    for _ in range(steps):
        opt.zero_grad()
        loss_of(w).backward()
        opt.step()
        iterates.append(w.detach().clone())
    return torch.stack(iterates)


def report(name, mine, theirs):
    diff = (mine - theirs).abs().amax(dim=1)  # largest difference at each step
    for t in [1, 10, 100]:
        print(f"  {name} step {t:3d}: max difference < 1e-6: {bool(diff[t - 1] < 1e-6)}")
    print(f"  {name} all {steps} steps agree: {bool((diff < 1e-6).all())}")
    print(f"  {name} final w = [{', '.join(f'{v:.4f}' for v in mine[-1].tolist())}], "
          f"loss {loss_of(mine[-1]).item():.4f}")


# %%
# RMSprop: s <- alpha s + (1 - alpha) g^2;  w <- w - lr g / (sqrt(s) + eps)
lr, alpha, eps = 0.01, 0.99, 1e-8
w, s = w0.clone(), torch.zeros(3, dtype=torch.float64)
mine = []
for _ in range(steps):
    g = grad_f(w)
    s = alpha * s + (1 - alpha) * g**2
    w = w - lr * g / (s.sqrt() + eps)  # eps is added outside the square root, as in PyTorch
    mine.append(w)
print(f"RMSprop (lr={lr}, alpha={alpha}, eps={eps}) against torch.optim.RMSprop:")
report("RMSprop", torch.stack(mine), run_torch(lambda p: torch.optim.RMSprop(p, lr=lr, alpha=alpha, eps=eps)))

# %%
# Adam: m <- b1 m + (1 - b1) g;  v <- b2 v + (1 - b2) g^2;  bias correction;  w <- w - lr m_hat / (sqrt(v_hat) + eps)
lr, b1, b2, eps = 0.1, 0.9, 0.999, 1e-8
w, m, v = w0.clone(), torch.zeros(3, dtype=torch.float64), torch.zeros(3, dtype=torch.float64)
mine = []
for t in range(1, steps + 1):
    g = grad_f(w)
    m = b1 * m + (1 - b1) * g
    v = b2 * v + (1 - b2) * g**2
    m_hat = m / (1 - b1**t)  # bias correction: m and v start at 0 and are too small early on
    v_hat = v / (1 - b2**t)
    w = w - lr * m_hat / (v_hat.sqrt() + eps)
    mine.append(w)
print(f"Adam (lr={lr}, betas=({b1}, {b2}), eps={eps}) against torch.optim.Adam:")
report("Adam", torch.stack(mine), run_torch(lambda p: torch.optim.Adam(p, lr=lr, betas=(b1, b2), eps=eps)))

# %%
# For comparison: plain gradient descent with step 1/L (L = largest curvature of f), same number of steps.
L = torch.linalg.eigvalsh(2 * X.T @ X / len(y)).max().item()
w = w0.clone()
for _ in range(steps):
    w = w - grad_f(w) / L
print(f"plain GD (lr=1/L={1 / L:.5f}) after {steps} steps: w = [{', '.join(f'{v:.4f}' for v in w.tolist())}], "
      f"loss {loss_of(w).item():.4f}")

# %%
# What bias correction does at step 1: m_hat / sqrt(v_hat) = g / |g|, so each coordinate moves by lr.
g = grad_f(w0)
print(f"gradient at w0: [{', '.join(f'{v:.4f}' for v in g.tolist())}]")
change_corrected = -lr * g / (g.abs() + eps)
change_uncorrected = -lr * (1 - b1) * g / ((1 - b2) * g**2).sqrt()
print(f"change of w in Adam's first step, with bias correction:    [{', '.join(f'{v:.4f}' for v in change_corrected.tolist())}]")
print(f"change of w in Adam's first step, without bias correction: [{', '.join(f'{v:.4f}' for v in change_uncorrected.tolist())}]"
      f"  (factor {(1 - b1) / math.sqrt(1 - b2):.2f})")
