# Momentum: two ways to write the update, PyTorch's SGD, and the speed-up on an ill-conditioned quadratic.
import math

import torch

torch.manual_seed(0)

# f(w) = 1/2 w^T A w with A diagonal: eigenvalues from ell = 1 to L = 100 (condition number 100).
lambdas = torch.logspace(0, 2, 10, dtype=torch.float64)
ell, L = lambdas.min().item(), lambdas.max().item()


def grad_f(w):
    return lambdas * w


w0 = torch.randn(10, dtype=torch.float64)
gamma, beta, steps = 0.01, 0.9, 50

# %%
# Form 1: a buffer p collects gradients.  p <- beta p + grad f(w);  w <- w - gamma p
w, p = w0.clone(), torch.zeros(10, dtype=torch.float64)
form1 = []
for _ in range(steps):
    p = beta * p + grad_f(w)
    w = w - gamma * p
    form1.append(w)

# %%
# Form 2 (heavy ball): w <- w - gamma grad f(w) + beta (w - w_prev)
w, w_prev = w0.clone(), w0.clone()
form2 = []
for _ in range(steps):
    w, w_prev = w - gamma * grad_f(w) + beta * (w - w_prev), w
    form2.append(w)

# %%
# Form 3: the learning rate inside the buffer.  v <- beta v + gamma grad f(w);  w <- w - v
w, v = w0.clone(), torch.zeros(10, dtype=torch.float64)
form3 = []
for _ in range(steps):
    v = beta * v + gamma * grad_f(w)
    w = w - v
    form3.append(w)

# %%
# PyTorch: SGD with momentum (dampening=0 by default).
param = w0.clone().requires_grad_(True)
opt = torch.optim.SGD([param], lr=gamma, momentum=beta)
torch_iterates = []
for _ in range(steps):
    opt.zero_grad()
    loss = 0.5 * (lambdas * param**2).sum()
    loss.backward()
    opt.step()
    torch_iterates.append(param.detach().clone())

form1, form2, form3, torch_iterates = (torch.stack(t) for t in (form1, form2, form3, torch_iterates))
print(f"{steps} steps with gamma = {gamma}, beta = {beta}:")
print("  buffer form == heavy-ball form:", torch.allclose(form1, form2, atol=1e-10))
print("  buffer form == lr-inside-buffer form:", torch.allclose(form1, form3, atol=1e-10))
print("  buffer form == torch.optim.SGD(momentum=0.9):", torch.allclose(form1, torch_iterates, atol=1e-10))


# %%
# Steps until |w - w*| <= 1e-6 |w0 - w*| (here w* = 0), for good constant hyper-parameters.
def steps_to_tolerance(gamma, beta, tol=1e-6, max_steps=10000):
    w, w_prev = w0.clone(), w0.clone()
    for t in range(1, max_steps + 1):
        w, w_prev = w - gamma * grad_f(w) + beta * (w - w_prev), w
        if w.norm() <= tol * w0.norm():
            return t
    return None


kappa = L / ell
sq = math.sqrt(kappa)
settings = {
    "GD, gamma = 1/L": (1 / L, 0.0),
    "GD, gamma = 2/(ell+L)": (2 / (ell + L), 0.0),
    "momentum, optimal": (4 / (math.sqrt(L) + math.sqrt(ell)) ** 2, ((sq - 1) / (sq + 1)) ** 2),
}
print(f"condition number kappa = L/ell = {kappa:.0f}")
print(f"{'method':>22} {'gamma':>7} {'beta':>6} {'steps to 1e-6':>14}")
for name, (g, b) in settings.items():
    print(f"{name:>22} {g:7.4f} {b:6.3f} {steps_to_tolerance(g, b):14d}")
print(f"predicted rate per step: GD {(kappa - 1) / (kappa + 1):.4f}, momentum {(sq - 1) / (sq + 1):.4f}")
