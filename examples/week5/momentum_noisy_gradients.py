# Momentum with noisy gradients: a large speed-up on exact gradients, almost none once noise dominates.
import torch

torch.manual_seed(0)

# f(w) = 1/2 sum_i lambda_i w_i^2 with curvatures from 0.01 to 1 (kappa = 100). The gradient we get is
# the exact one plus independent Gaussian noise of standard deviation sigma in each coordinate.
d, steps, runs = 10, 300, 100
lambdas = torch.logspace(-2, 0, d, dtype=torch.float64)
w0 = torch.ones(d, dtype=torch.float64)


def f(w):
    return 0.5 * (lambdas * w**2).sum(-1)


# Every combination at once, one axis each: noise level, momentum beta, effective step, run, coordinate.
sigmas = torch.tensor([0.0, 0.001, 0.01, 0.1], dtype=torch.float64)
betas = torch.tensor([0.0, 0.5, 0.9], dtype=torch.float64)  # beta = 0 is plain SGD
effective = 10 ** (torch.arange(-8, 9, dtype=torch.float64) / 4)  # gamma / (1 - beta), 0.01 to 100
gammas = effective[None, :] * (1 - betas[:, None])  # the step size itself, per (beta, effective step)
S, B, G = sigmas[:, None, None, None, None], betas[None, :, None, None, None], gammas[None, :, :, None, None]

# %%
# Momentum in the buffer form: p <- beta p + g;  w <- w - gamma p.  Same noise draws for every setting.
w = w0.expand(len(sigmas), len(betas), len(effective), runs, d).clone()
p = torch.zeros_like(w)
for _ in range(steps):
    noise = torch.randn(runs, d, dtype=torch.float64)
    p = B * p + lambdas * w + S * noise
    w = w - G * p
final = f(w).mean(-1).nan_to_num(torch.inf)  # mean over runs of f(w_300) - f*; diverged runs count as inf
final = torch.where(final < 1e6, final, torch.inf)  # a loss above 1e6 (it started at 1.24) has diverged
print(f"f(w0) - f* = {f(w0).item():.2f}; mean of f(w_{steps}) - f* over {runs} runs (noise draws)")

# %%
# At the same effective step gamma / (1 - beta): plain SGD (beta = 0) against momentum beta = 0.9.
# Shown without noise and with the largest noise; "--" marks a diverged run.
shown = [0, len(sigmas) - 1]
print(f"{'gamma/(1-beta)':>14}" + "".join(f"{f'sigma={sigmas[i].item():g}: SGD':>18}{'beta=0.9':>10}" for i in shown))
for j in range(0, len(effective), 2):
    cells = "".join(f"{final[i, 0, j].item():18.2e}{final[i, 2, j].item():10.2e}" for i in shown)
    print(f"{effective[j].item():14.3g}" + cells.replace(" inf", "  --"))

# %%
# Each method at its best: SGD over its step sizes, momentum over beta in {0.5, 0.9} and its step sizes.
print(f"{'sigma':>6} {'best SGD':>9} {'at gamma':>9} {'best momentum':>14} {'at beta, gamma/(1-beta)':>24} {'ratio':>8}")
for i, sigma in enumerate(sigmas.tolist()):
    j = final[i, 0].argmin()
    k, m = divmod(final[i, 1:].argmin().item(), len(effective))
    sgd, mom = final[i, 0, j].item(), final[i, 1 + k, m].item()
    where = f"{betas[1 + k].item():g}, {effective[m].item():.3g}"
    print(f"{sigma:6g} {sgd:9.2e} {effective[j].item():9.3g} {mom:14.2e} {where:>24} {sgd / mom:8.3g}")
