# Receptive fields: computed layer by layer with a formula, then measured by backpropagation.
import torch
from torch import nn

torch.manual_seed(0)

# (name, layer, kernel size k, stride s, dilation d); no padding anywhere.
layers = [
    ("conv 3x3", nn.Conv2d(1, 1, 3), 3, 1, 1),
    ("conv 3x3", nn.Conv2d(1, 1, 3), 3, 1, 1),
    ("avg pool 2x2", nn.AvgPool2d(2), 2, 2, 1),
    ("conv 3x3", nn.Conv2d(1, 1, 3), 3, 1, 1),
    ("conv 3x3 dil 2", nn.Conv2d(1, 1, 3, dilation=2), 3, 1, 2),
    ("conv 3x3 str 2", nn.Conv2d(1, 1, 3, stride=2), 3, 2, 1),
    ("conv 3x3", nn.Conv2d(1, 1, 3), 3, 1, 1),
]
# Positive weights and a positive input: no gradient can cancel to zero by accident,
# so a zero gradient really means "this pixel cannot influence the unit".
for _, layer, *_ in layers:
    if isinstance(layer, nn.Conv2d):
        nn.init.constant_(layer.weight, 1.0)
        nn.init.zeros_(layer.bias)

size = 64
print(f"{'layer':<15} {'k':>2} {'s':>2} {'d':>2} {'jump':>5} {'formula':>8} {'measured':>9} {'output':>7}")
r, jump = 1, 1  # receptive field and distance in input pixels between neighbouring units
modules = []
for name, layer, k, s, d in layers:
    r = r + (k - 1) * d * jump  # k taps, d apart, each step is `jump` input pixels
    jump = jump * s
    modules += [layer, nn.ReLU()]
    net = nn.Sequential(*modules)
    x = torch.ones(1, 1, size, size, requires_grad=True)
    y = net(x)
    h, w = y.shape[-2:]
    y[0, 0, h // 2, w // 2].backward()  # one unit near the centre of the feature map
    seen = x.grad[0, 0] != 0  # the input pixels this unit depends on
    rows, cols = seen.any(1).nonzero().view(-1), seen.any(0).nonzero().view(-1)
    height, width = rows.max() - rows.min() + 1, cols.max() - cols.min() + 1
    inside = rows.min() > 0 and cols.min() > 0 and rows.max() < size - 1 and cols.max() < size - 1
    assert inside  # the field must not be cut off by the image border
    print(f"{name:<15} {k:>2} {s:>2} {d:>2} {jump:>5} {r:>8} {f'{height}x{width}':>9} {f'{h}x{w}':>7}")

grad = x.grad[0, 0]
r0, c0 = rows.min().item(), cols.min().item()
field = grad[r0 : r0 + r, c0 : c0 + r]
pixels_nonzero = (field != 0).sum().item()
centre = field[r // 4 : r - r // 4, r // 4 : r - r // 4]  # the central half in each direction
print(f"pixels with a nonzero gradient in the {r}x{r} field: {pixels_nonzero} of {r * r}")
print(f"share of the total gradient in the central {centre.shape[0]}x{centre.shape[1]} "
      f"({centre.numel() / field.numel():.0%} of the area): {centre.sum().item() / field.sum().item():.2f}")

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt
    from matplotlib.patches import Rectangle

    fig, ax = plt.subplots(figsize=(4.2, 3.6))
    shown = grad[r0 - 4 : r0 + r + 4, c0 - 4 : c0 + r + 4]
    image = ax.imshow((shown / shown.max()).numpy(), cmap="viridis", interpolation="nearest")
    ax.add_patch(Rectangle((3.5, 3.5), r, r, fill=False, edgecolor="white", linestyle="--"))
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_title(r"$|\partial y / \partial x|$, $r = %d$" % r)
    fig.colorbar(image, ax=ax)
    fig.tight_layout()
    fig.savefig("receptive_field.svg")
