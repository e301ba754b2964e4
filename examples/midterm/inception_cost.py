# Multiplications in an Inception module with input 28x28x256: formula versus real layers.
import torch
import torch.nn as nn

torch.manual_seed(0)


def formula(c_out, k, c_in, h=28, w=28):
    """Multiplications of a stride-1 'same' convolution: H_out * W_out * C_out * k * k * C_in."""
    return h * w * c_out * k * k * c_in


def count_with_hooks(model, x):
    """Run the model once; a hook on each Conv2d counts (output positions) x (weights)."""
    counts = {}

    def hook(module, inputs, output):
        counts[module] = output.shape[2] * output.shape[3] * module.weight.numel()

    handles = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, nn.Conv2d)]
    with torch.no_grad():
        y = model(x)
    for h in handles:
        h.remove()
    return counts, y


class Inception(nn.Module):
    """Four parallel branches, concatenated along the channels."""

    def __init__(self, bottleneck):
        super().__init__()
        if bottleneck:  # 1x1 convolutions shrink 256 channels to 64 before the big filters
            self.reduce3 = nn.Sequential(nn.Conv2d(256, 64, 1), nn.ReLU())
            self.reduce5 = nn.Sequential(nn.Conv2d(256, 64, 1), nn.ReLU())
            self.pool_proj = nn.Conv2d(256, 64, 1)  # after the max pooling
        else:  # naive: the big filters see all 256 channels, the pooled map goes out as it is
            self.reduce3 = self.reduce5 = self.pool_proj = nn.Identity()
        c = 64 if bottleneck else 256
        self.conv1 = nn.Conv2d(256, 128, 1)
        self.conv3 = nn.Conv2d(c, 192, 3, padding=1)
        self.conv5 = nn.Conv2d(c, 96, 5, padding=2)
        self.pool = nn.MaxPool2d(3, stride=1, padding=1)  # comparisons only, no multiplications

    def forward(self, x):
        branches = [self.conv1(x), self.conv3(self.reduce3(x)),
                    self.conv5(self.reduce5(x)), self.pool_proj(self.pool(x))]
        return torch.cat(branches, dim=1)


# %%
# On the "meta" device tensors have a shape but no values: the forward pass only
# propagates shapes, which is all the count needs, and costs no arithmetic.
x = torch.empty(1, 256, 28, 28, device="meta")
with torch.device("meta"):
    module = Inception(bottleneck=True)
    naive = Inception(bottleneck=False)
counts, y = count_with_hooks(module, x)
print("input", tuple(x.shape), "-> output", tuple(y.shape))

# %%
# The six lines of the review sheet, in its order, with the layer each one belongs to.
rows = [("[1x1 conv, 64] ", 64, 1, 256, module.reduce3[0]),
        ("[1x1 conv, 64] ", 64, 1, 256, module.reduce5[0]),
        ("[1x1 conv, 128]", 128, 1, 256, module.conv1),
        ("[3x3 conv, 192]", 192, 3, 64, module.conv3),
        ("[5x5 conv, 96] ", 96, 5, 64, module.conv5),
        ("[1x1 conv, 64] ", 64, 1, 256, module.pool_proj)]
total = 0
for label, c_out, k, c_in, layer in rows:
    by_formula = formula(c_out, k, c_in)
    total += by_formula
    shape = f"28x28x{c_out}x{k}x{k}x{c_in}"
    print(f"{label} {shape:<17} = {by_formula:>11,}  hooks agree: {counts[layer] == by_formula}")
print(f"sum of the six terms:  {total:,} = {total / 1e6:.1f}M multiplies")
print(f"hooks, whole module:   {sum(counts.values()):,}")
print(f"sum + one more [3x3 conv, 192] term: {(total + formula(192, 3, 64)) / 1e6:.1f}M")

naive_counts, y_naive = count_with_hooks(naive, x)
print(f"naive module: {sum(naive_counts.values()) / 1e6:.1f}M multiplies, output {tuple(y_naive.shape)}")

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    naive_rows = [(128, 1, 256), (192, 3, 256), (96, 5, 256)]
    panels = [(naive_rows, "tab:orange"), ([r[1:4] for r in rows], "tab:blue")]
    fig, axes = plt.subplots(2, 1, figsize=(6.5, 4.2), sharex=True, gridspec_kw={"height_ratios": [3, 6]})
    for ax, (shapes, colour) in zip(axes, panels):
        values = [formula(*s) / 1e6 for s in shapes]
        labels = [f"28×28×{c}×{k}×{k}×{i}" for c, k, i in shapes]
        ax.barh(range(len(values)), values, color=colour)
        ax.set_yticks(range(len(values)), labels)
        ax.invert_yaxis()
        for i, v in enumerate(values):
            ax.text(v + 5, i, f"{v:.1f}M", va="center")
        ax.set_title(f"Σ = {sum(values):.1f}M")
    axes[1].set_xlim(0, 560)
    axes[1].set_xlabel(r"$\times 10^{6}$")  # symbols only: the figure is shown in four languages
    fig.tight_layout()
    fig.savefig("inception_cost.svg")
