# Nesterov momentum: the look-ahead gradient, PyTorch's reformulation, and heavy ball versus Nesterov.
import math

import torch

torch.manual_seed(0)

# f(w) = 1/2 w^T A w with A diagonal: ten curvatures from ell = 1 to L = 100 (condition number 100).
lambdas = torch.logspace(0, 2, 10, dtype=torch.float64)
ell, L = lambdas.min().item(), lambdas.max().item()


def grad_f(w):
    return lambdas * w


w0 = torch.ones(10, dtype=torch.float64)
zeros = torch.zeros(10, dtype=torch.float64)
gamma, beta, steps = 0.01, 0.9, 50

# %%
# Nesterov as usually written: the gradient is taken at the look-ahead point w - gamma beta p,
# where the momentum alone would carry w.  p <- beta p + grad f(w - gamma beta p);  w <- w - gamma p
w, p = w0.clone(), zeros.clone()
usual, look_ahead = [], []
for _ in range(steps):
    p = beta * p + grad_f(w - gamma * beta * p)
    w = w - gamma * p
    usual.append(w)
    look_ahead.append(w - gamma * beta * p)  # where the next gradient will be taken

# %%
# PyTorch's form: the gradient at the stored parameters u, and a step that uses the new buffer twice.
# p <- beta p + grad f(u);  u <- u - gamma (grad f(u) + beta p)
u, p = w0.clone(), zeros.clone()
rewritten = []
for _ in range(steps):
    g = grad_f(u)
    p = beta * p + g
    u = u - gamma * (g + beta * p)
    rewritten.append(u)

# %%
# torch.optim.SGD with nesterov=True.
param = w0.clone().requires_grad_(True)
opt = torch.optim.SGD([param], lr=gamma, momentum=beta, nesterov=True)
torch_iterates = []
for _ in range(steps):
    opt.zero_grad()
    (0.5 * (lambdas * param**2).sum()).backward()
    opt.step()
    torch_iterates.append(param.detach().clone())

usual, look_ahead, rewritten, torch_iterates = (torch.stack(t) for t in (usual, look_ahead, rewritten, torch_iterates))
print(f"{steps} steps with gamma = {gamma}, beta = {beta}:")
print("  PyTorch's form by hand == torch.optim.SGD(nesterov=True):", torch.allclose(rewritten, torch_iterates, atol=1e-10))
print("  look-ahead points of the usual form == torch.optim.SGD(nesterov=True):", torch.allclose(look_ahead, torch_iterates, atol=1e-10))
print("  iterates w of the usual form == torch.optim.SGD(nesterov=True):", torch.allclose(usual, torch_iterates, atol=1e-10))


def run(gamma, beta, nesterov, max_steps):
    """Iterate as torch.optim.SGD does; return the steps until |w| <= 1e-6 |w0| (w* = 0), or the last w."""
    w, p = w0.clone(), zeros.clone()
    for t in range(1, max_steps + 1):
        g = grad_f(w)
        p = beta * p + g
        w = w - gamma * (g + beta * p if nesterov else p)
        if w.norm() <= 1e-6 * w0.norm():
            return t, w
        if w.norm() > 1e6 * w0.norm():
            return "diverges", w
    return f"> {max_steps}", w


sq = math.sqrt(L / ell)
settings = {
    "gamma = 1/L, beta = 0.9": (1 / L, 0.9),
    "gamma = 1/L, beta = 0.99": (1 / L, 0.99),
    "textbook heavy ball": (4 / (math.sqrt(L) + math.sqrt(ell)) ** 2, ((sq - 1) / (sq + 1)) ** 2),
    "textbook Nesterov": (1 / L, (sq - 1) / (sq + 1)),
}
print("steps to shrink |w - w*| a million times:")
print(f"{'parameters':>26} {'gamma':>7} {'beta':>6} {'heavy ball':>11} {'Nesterov':>9}")
for name, (g, b) in settings.items():
    print(f"{name:>26} {g:7.4f} {b:6.3f} {run(g, b, False, 10000)[0]:>11} {run(g, b, True, 10000)[0]:>9}")

# %%
# Largest stable step for beta = 0.9: gamma < 2(1 + beta)/L for heavy ball, 2(1 + beta)/((1 + 2 beta) L) for Nesterov.
limits = {"heavy ball": (2 * (1 + beta) / L, False), "Nesterov": (2 * (1 + beta) / ((1 + 2 * beta) * L), True)}
for name, (limit, nesterov) in limits.items():
    shrinks = [bool(run(limit * f, beta, nesterov, 500)[1].norm() < w0.norm()) for f in (0.95, 1.05)]
    print(f"{name}, beta = {beta}: step limit {limit:.4f}; after 500 steps |w| has shrunk at 0.95 x limit: "
          f"{shrinks[0]}, at 1.05 x limit: {shrinks[1]}")
