# A 2-D convolution computed by hand (loops, then unfold) and checked against F.conv2d.
import torch
import torch.nn.functional as F

torch.manual_seed(0)

# A 5x5 integer image and a 3x3 filter (kernel).
x = torch.tensor([[1, 2, 0, 1, 3],
                  [0, 1, 3, 2, 1],
                  [2, 0, 1, 1, 0],
                  [1, 3, 2, 0, 2],
                  [0, 1, 1, 2, 1]], dtype=torch.float32)
k = torch.tensor([[1, 0, -1],
                  [2, 1, 0],
                  [0, -1, 1]], dtype=torch.float32)

# %%
# 1) Loops: slide the filter, multiply element by element, add up the 9 products.
n, f = x.shape[0], k.shape[0]
out = torch.zeros(n - f + 1, n - f + 1)
for i in range(n - f + 1):
    for j in range(n - f + 1):
        out[i, j] = (x[i:i + f, j:j + f] * k).sum()
print("by hand (stride 1, no padding):")
for row in out.int().tolist():
    print("  ", row)

# %%
# The patch and the products behind one output value, out[1, 2].
patch = x[1:4, 2:5]
print("patch under the filter for out[1, 2]:", patch.int().tolist())
print("products:", (patch * k).int().flatten().tolist(), "sum:", int((patch * k).sum()))

# 2) F.conv2d wants (batch, channels, height, width) and (out_ch, in_ch, k, k).
ref = F.conv2d(x.reshape(1, 1, n, n), k.reshape(1, 1, f, f))
print("F.conv2d gives the same:", torch.equal(ref[0, 0], out))

# %%
# 3) unfold (im2col): every 3x3 patch becomes a column, the convolution a matrix product.
cols = F.unfold(x.reshape(1, 1, n, n), kernel_size=f)  # (1, 9, number of patches)
print("unfold shape:", tuple(cols.shape), "-> 9 values per patch, 9 patches")
print("unfold @ filter gives the same:", torch.equal((k.flatten() @ cols[0]).reshape(3, 3), out))

# PyTorch does not flip the kernel (cross-correlation); the textbook convolution does.
flipped = F.conv2d(x.reshape(1, 1, n, n), k.flip(0, 1).reshape(1, 1, f, f))
print("same result with a flipped kernel:", torch.equal(flipped[0, 0], out))

# %%
# 4) Output size: floor((n + 2p - k) / s) + 1, checked against F.conv2d.
for p, s in [(0, 1), (1, 1), (1, 2), (2, 3)]:
    size = F.conv2d(x.reshape(1, 1, n, n), k.reshape(1, 1, f, f), padding=p, stride=s).shape[-1]
    print(f"padding {p}, stride {s}: formula {(n + 2 * p - f) // s + 1}, F.conv2d {size}")

from importlib.util import find_spec

if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    def grid(ax, values, title, box=None):
        ax.imshow(torch.zeros_like(values).tolist(), cmap="Greys", vmin=0, vmax=1)  # white cells
        for r, row in enumerate(values.int().tolist()):
            for c, v in enumerate(row):
                ax.text(c, r, str(v), ha="center", va="center", fontsize=12)
        ax.set_xticks([i - 0.5 for i in range(values.shape[1] + 1)], [])
        ax.set_yticks([i - 0.5 for i in range(values.shape[0] + 1)], [])
        ax.tick_params(length=0)
        ax.grid(color="grey")
        if box is not None:  # (row, column, size) of a highlighted square
            r, c, size = box
            ax.add_patch(Rectangle((c - 0.5, r - 0.5), size, size, fill=True, alpha=0.3, color="tab:orange"))
        ax.set_title(title)

    fig, axes = plt.subplots(1, 3, figsize=(8, 3), gridspec_kw={"width_ratios": [5, 3, 3]})
    grid(axes[0], x, "$x$", box=(1, 2, 3))
    grid(axes[1], k, "$k$")
    grid(axes[2], out, r"$x \star k$", box=(1, 2, 1))
    fig.tight_layout()
    fig.savefig("conv_by_hand.svg")
