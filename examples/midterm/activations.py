# Sigmoid, tanh and ReLU with their derivatives: formula against autograd, and a figure.
from importlib.util import find_spec

import torch

torch.manual_seed(0)

x = torch.linspace(-4, 4, 200, requires_grad=True)  # 200 points: none is exactly 0

functions = {
    "sigmoid": (torch.sigmoid, lambda x: torch.sigmoid(x) * (1 - torch.sigmoid(x))),
    "tanh": (torch.tanh, lambda x: 1 - torch.tanh(x) ** 2),
    "relu": (torch.relu, lambda x: (x > 0).float()),
}

curves = {}
for name, (f, derivative) in functions.items():
    y = f(x)
    (grad,) = torch.autograd.grad(y.sum(), x)  # dy_i/dx_i for every point
    formula = derivative(x.detach())
    same = torch.allclose(grad, formula, atol=1e-6)
    print(f"{name:<8} formula == autograd: {same}   largest slope: {formula.max():.4f}")
    curves[name] = (y.detach(), formula)

# %%
# Values and slopes at a few points, to check by hand.
points = torch.tensor([-2.0, 0.5, 2.0])
print("   x   sigmoid  slope    tanh   slope    relu  slope")
for p in points:
    row = f"{p:5.1f}"
    for name, (f, derivative) in functions.items():
        row += f" {f(p):7.4f} {derivative(p):6.4f}"
    print(row)

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(8, 3.5), sharex=True)
    for name, (y, slope) in curves.items():
        axes[0].plot(x.detach(), y, label=name)
        axes[1].plot(x.detach(), slope, label=name)
    axes[0].set_title("$f(x)$")
    axes[1].set_title("$f'(x)$")
    for ax in axes:
        ax.set_xlabel("$x$")
        ax.axhline(0, color="grey", linewidth=0.5)
        ax.legend()
    fig.tight_layout()
    fig.savefig("activations.svg")
