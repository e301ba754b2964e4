# What a convolution filter detects, and what a Conv2d layer stores.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

# A 6x6 grey image: a bright 3x3 square (value 1) on a dark background (value 0).
image = torch.zeros(6, 6)
image[1:4, 2:5] = 1.0

# %%
# Two hand-made 3x3 filters: each one is a small template of weights.
k_v = torch.tensor([[-1.0, 0.0, 1.0],
                    [-1.0, 0.0, 1.0],
                    [-1.0, 0.0, 1.0]])  # dark on the left, bright on the right
k_h = k_v.T  # transposed: dark above, bright below

# A Conv2d layer with 1 input channel and 2 filters holds them in one weight tensor.
conv = nn.Conv2d(in_channels=1, out_channels=2, kernel_size=3, bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.stack([k_v, k_h]).unsqueeze(1))
print("weight shape (out_channels, in_channels, k, k):", tuple(conv.weight.shape))

x = image.reshape(1, 1, 6, 6)  # (batch, channels, height, width)
with torch.no_grad():
    maps = conv(x)
print("input shape:", tuple(x.shape), "-> output shape:", tuple(maps.shape))

# %%
# Each output channel is a feature map: large where the patch looks like the filter.
for name, fmap in zip(["map of k_v (vertical edges):", "map of k_h (horizontal edges):"], maps[0]):
    print(name)
    for row in fmap.int().tolist():
        print("  ", " ".join(f"{v:3d}" for v in row))

# The layer is exactly F.conv2d with the same weights: the same filter slides everywhere.
print("same as F.conv2d:", torch.equal(maps, F.conv2d(x, conv.weight)))

# %%
# A colour layer: 64 filters, each 3x3 and as deep as the input (3 channels).
rgb = nn.Conv2d(in_channels=3, out_channels=64, kernel_size=3)
n_params = sum(p.numel() for p in rgb.parameters())
print("Conv2d(3, 64, 3) weight:", tuple(rgb.weight.shape), "bias:", tuple(rgb.bias.shape),
      "parameters:", n_params)
# A fully connected layer from a 32x32x3 image to 30x30x64 outputs, for comparison.
dense = (32 * 32 * 3) * (30 * 30 * 64) + 30 * 30 * 64
print(f"fully connected layer with the same input and output sizes: {dense:,} parameters")

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    def show(ax, values, title, cmap, vmin, vmax):
        ax.imshow(values.tolist(), cmap=cmap, vmin=vmin, vmax=vmax)
        colour = "tab:orange" if cmap == "gray" else "black"  # readable on black and white cells
        for r, row in enumerate(values.tolist()):
            for c, v in enumerate(row):
                ax.text(c, r, f"{v:.0f}", ha="center", va="center", color=colour)
        ax.set_title(title)
        ax.set_xticks([])
        ax.set_yticks([])

    fig, axes = plt.subplots(1, 3, figsize=(7.5, 2.8))
    show(axes[0], image, "$x$", "gray", 0, 1)
    show(axes[1], maps[0, 0], r"$x \star k_v$", "RdBu_r", -6, 6)
    show(axes[2], maps[0, 1], r"$x \star k_h$", "RdBu_r", -6, 6)
    fig.tight_layout()
    fig.savefig("conv_filters.svg")
