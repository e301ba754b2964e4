# Per-layer step sizes: gradient-to-weight ratios across a deep MLP, and one global step vs per-layer groups vs Adam.
import torch
from torch import nn

torch.manual_seed(0)

# A regression task: 128 inputs in 16 dimensions, targets from a small random "teacher" network.
n, d, width, depth = 128, 16, 32, 8
x = torch.randn(n, d, dtype=torch.float64)  # float64: large steps amplify rounding, and we compare runs
teacher = nn.Sequential(nn.Linear(d, 32), nn.Tanh(), nn.Linear(32, 1)).double()
with torch.no_grad():
    y = 3 * teacher(x)


def make_mlp():
    """A deep plain network: 8 linear layers, ReLU, PyTorch's default initialisation, no normalisation."""
    torch.manual_seed(1)  # the same initial weights for every run
    layers, w = [], d
    for _ in range(depth - 1):
        layers += [nn.Linear(w, width), nn.ReLU()]
        w = width
    layers.append(nn.Linear(w, 1))
    return nn.Sequential(*layers).double()


def linears(model):
    return [m for m in model if isinstance(m, nn.Linear)]


def mse(model):
    return ((model(x) - y) ** 2).mean()


# At initialisation: how large is each layer's gradient compared with its weights?
model = make_mlp()
mse(model).backward()
ratios = [(m.weight.grad.norm() / m.weight.norm()).item() for m in linears(model)]
print("at initialisation")
print("layer  weight shape     |W|  |grad W|  |grad W| / |W|")
for i, (m, r) in enumerate(zip(linears(model), ratios)):
    print(f"{i + 1:5d}  {str(tuple(m.weight.shape)):>12s}  {m.weight.norm().item():6.2f}  {m.weight.grad.norm().item():8.1e}"
          f"  {r:14.2e}")
print(f"largest / smallest ratio: {max(ratios) / min(ratios):.1f}")

# %%
steps = 40  # full-batch steps for every run


def train(method, lr):
    """Train from the same start; return the final loss and each layer's mean relative update per step."""
    model = make_mlp()
    layers = linears(model)
    if method == "SGD":  # one learning rate for all parameters
        opt = torch.optim.SGD(model.parameters(), lr=lr)
    elif method == "SGD per layer":  # one parameter group per layer; its lr is set at every step below
        opt = torch.optim.SGD([{"params": m.parameters()} for m in layers], lr=lr)
    else:
        opt = torch.optim.Adam(model.parameters(), lr=lr)
    mean_update = torch.zeros(depth)
    for _ in range(steps):
        loss = mse(model)
        opt.zero_grad()
        loss.backward()
        if method == "SGD per layer":
            # lr of layer l = eta * |W_l| / |grad W_l|: every layer's weights move by eta times their norm.
            for group, m in zip(opt.param_groups, layers):
                group["lr"] = lr * (m.weight.norm() / m.weight.grad.norm()).item()
        before = [m.weight.detach().clone() for m in layers]
        opt.step()
        with torch.no_grad():
            mean_update += torch.stack([(m.weight - w0).norm() / w0.norm() for m, w0 in zip(layers, before)]) / steps
    return mse(model).item(), mean_update


grids = {"SGD": [0.1, 0.3, 1.0], "SGD per layer": [0.005, 0.01, 0.02], "Adam": [0.001, 0.003, 0.01, 0.03]}
print(f"loss of the best constant prediction (variance of y): {y.var(correction=0).item():.4f}")
print(f"final loss after {steps} steps for each learning rate (eta for SGD per layer):")
best = {}
for method, grid in grids.items():
    results = {lr: train(method, lr) for lr in grid}
    print(f"  {method:13s} " + "  ".join(f"{lr:g}: {loss:.4f}" for lr, (loss, _) in results.items()))
    lr = min(results, key=lambda k: results[k][0])
    best[method] = (lr, *results[lr])

# %%
# Mean relative update |W_new - W_old| / |W_old| per step, each method at its best learning rate.
print("\nmean |delta W| / |W| per step, each method at its best learning rate")
print("layer" + "".join(f"{f'{m} ({lr:g})':>22s}" for m, (lr, _, _) in best.items()))
for i in range(depth):
    print(f"{i + 1:5d}" + "".join(f"{u[i].item():22.2e}" for _, _, u in best.values()))
print("largest / smallest" + "".join(f"{(u.max() / u.min()).item():>{w}.1f}" for w, (_, _, u) in zip([9, 22, 22], best.values())))
