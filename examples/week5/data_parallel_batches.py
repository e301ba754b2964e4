# Data-parallel SGD, simulated: k workers' averaged gradients are one gradient of a k times larger batch.
import copy

import torch
from torch import nn

torch.manual_seed(0)

# Linear regression, n = 512 examples, loss 1/2 (prediction - y)^2 averaged over a batch.
n, d = 512, 5
X = torch.randn(n, d, dtype=torch.float64)
y = X @ torch.randn(d, dtype=torch.float64) + 0.5 * torch.randn(n, dtype=torch.float64)
A = torch.cat([X, torch.ones(n, 1, dtype=torch.float64)], dim=1)  # inputs with a 1 for the bias
model = nn.Linear(d, 1, dtype=torch.float64)


def batch_gradient(net, idx):  # gradient of the mean loss on the examples idx, flattened into one vector
    net.zero_grad()
    loss = 0.5 * ((net(X[idx]).squeeze(1) - y[idx]) ** 2).mean()
    loss.backward()
    return torch.cat([p.grad.flatten() for p in net.parameters()])


# %%
# k workers, each with its own replica of the model and its own mini-batch; then an all-reduce averages
# their gradients. Compare with the gradient of one model on the union of the batches.
def check(sizes, weights):
    idx = torch.randperm(n)[: sum(sizes)]
    parts = idx.split(sizes)
    worker_grads = [batch_gradient(copy.deepcopy(model), part) for part in parts]  # one replica each
    combined = sum(wt * g for wt, g in zip(weights, worker_grads))
    big = batch_gradient(model, idx)
    return (combined - big).abs().max().item() / big.abs().max().item()


equal = check([8, 8, 8, 8], [1 / 4] * 4)
unequal = check([2, 6, 10, 14], [1 / 4] * 4)
weighted = check([2, 6, 10, 14], [b / 32 for b in (2, 6, 10, 14)])
print("largest difference from the gradient of the whole batch of 32, relative to its largest entry:")
print(f"  4 workers x 8 examples, plain average:       agree to 1e-12: {equal < 1e-12}")
print(f"  batches of 2, 6, 10, 14, plain average:     {unequal:.2f}")
print(f"  batches of 2, 6, 10, 14, weighted by size:  agree to 1e-12: {weighted < 1e-12}")

# %%
# Gradient noise at the model's current parameters w = (weight, bias): one example's gradient is
# g_i = r_i (x_i, 1), with r_i its residual; the all-reduce average of k workers' batch means is g_avg.
w = torch.cat([model.weight.detach()[0], model.bias.detach()])
G = (A @ w - y)[:, None] * A  # all n per-example gradients, one per row
g_full = G.mean(0)
sigma2 = ((G - g_full) ** 2).sum(1).mean().item()  # noise of one example's gradient
B, draws = 8, 4000
print(f"noise of one example's gradient sigma^2 = {sigma2:.2f}; each worker draws B = {B} examples")
print(f"{'k':>3} {'kB':>4} {'mean |g_avg - g|^2':>19} {'sigma^2/(kB)':>13}")
for k in [1, 2, 4, 8, 16]:
    idx = torch.randint(n, (draws, k, B))  # draws x workers x examples, with replacement
    g_avg = G[idx].mean(2).mean(1)  # each worker's mean, then the all-reduce average
    print(f"{k:3d} {k * B:4d} {((g_avg - g_full) ** 2).sum(1).mean().item():19.4f} {sigma2 / (k * B):13.4f}")

# %%
# The linear scaling rule: k workers take steps of k * gamma1 on batches of k * B, for the same number of
# samples processed (8192). Mean excess loss at the end over 200 runs, with and without the rule.
w_star = torch.linalg.lstsq(A, y[:, None]).solution[:, 0]
L = torch.linalg.eigvalsh(A.T @ A / n).max().item()
sigma2_star = (((A @ w_star - y)[:, None] * A) ** 2).sum(1).mean().item()  # one example's noise at w*


def final_excess(k, gamma, B=4, samples=8192, runs=200):
    draws = torch.Generator().manual_seed(1)  # the same examples for every call
    w = torch.zeros(runs, d + 1, dtype=torch.float64)
    for _ in range(samples // (k * B)):
        idx = torch.randint(n, (runs, k * B), generator=draws)
        residual = (A[idx] * w[:, None]).sum(-1) - y[idx]
        w = w - gamma * (residual[..., None] * A[idx]).mean(1)
    e = 0.5 * (((w - w_star) @ A.T) ** 2).mean(-1).mean().item()
    return f"{e:.2e}" if e < 1e3 else "diverged"


gamma1, B = 0.01, 4
print(f"largest curvature L = {L:.2f}, so steps above 2/L = {2 / L:.2f} diverge; gamma1 = {gamma1}, B = {B}")
print(f"noise floor with the rule, (k gamma1) sigma*^2 / (4 k B) = {gamma1 * sigma2_star / (4 * B):.2e} for every k")
print(f"{'k':>4} {'steps':>6} {'k gamma1':>9} {'excess, k gamma1':>17} {'excess, gamma1':>15}")
for k in [1, 4, 16, 64, 256]:
    scaled = final_excess(k, k * gamma1)
    unscaled = scaled if k == 1 else final_excess(k, gamma1)  # for k = 1 the two are the same run
    print(f"{k:4d} {8192 // (k * B):6d} {k * gamma1:9.2f} {scaled:>17} {unscaled:>15}")
