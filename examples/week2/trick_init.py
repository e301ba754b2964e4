# Standard deviation of the activations through 10 ReLU layers for three initialisations.
import torch

torch.manual_seed(0)

n, depth = 256, 10
x = torch.randn(512, n)  # inputs with standard deviation 1

inits = {
    "N(0, 1)": 1.0,  # far too large: each layer multiplies the scale by about sqrt(n/2)
    "Xavier": (1 / n) ** 0.5,  # variance 2/(fan_in + fan_out) = 1/n: made for tanh
    "Kaiming": (2 / n) ** 0.5,  # variance 2/n: makes up for ReLU zeroing half of the values
}
stds = {}
for name, std in inits.items():
    torch.manual_seed(1)  # the same random directions for each rule, only the scale differs
    h = x
    stds[name] = []
    for _ in range(depth):
        W = std * torch.randn(n, n)
        h = torch.relu(h @ W.T)
        stds[name].append(h.std().item())

print("layer" + "".join(f"{name:>12s}" for name in inits))
for layer in range(depth):
    print(f"{layer + 1:5d}" + "".join(f"{stds[name][layer]:12.2e}" for name in inits))

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    layers = range(1, depth + 1)
    for name in inits:
        rounded = [float(f"{v:.3g}") for v in stds[name]]  # 3 digits: the same drawing on every computer
        ax.plot(layers, rounded, marker="o", label=name)
    ax.set_yscale("log")
    ax.set_xlabel(r"$l$")  # symbols only: the figure is shown in four languages
    ax.set_ylabel(r"$\mathrm{std}(h_l)$")
    ax.set_xticks(list(layers))
    ax.legend()
    fig.tight_layout()
    fig.savefig("trick_init.svg")
