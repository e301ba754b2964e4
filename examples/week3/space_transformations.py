# What a small network does to the plane: linear layers rotate, scale and shear; a nonlinearity folds.
import math

import torch
from torch import nn

torch.manual_seed(0)
f64 = torch.float64  # exact enough to tell a straight line from a bent one


def rotation(degrees):
    a = math.radians(degrees)
    return torch.tensor([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], dtype=f64)


# %%
# A 2-2-2 network with hand-set weights, so that each layer does one clear thing.
net = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 2), nn.Tanh()).to(f64)
with torch.no_grad():
    net[0].weight.copy_(rotation(30) @ torch.diag(torch.tensor([1.5, 0.6], dtype=f64)))  # scale, then rotate
    net[0].bias.copy_(torch.tensor([0.3, -0.2], dtype=f64))  # a translation: the fold will not be at the origin
    net[2].weight.copy_(torch.tensor([[1.0, 0.8], [0.0, 1.0]], dtype=f64))  # a shear
    net[2].bias.copy_(torch.tensor([-0.5, 0.1], dtype=f64))


def angle(R):
    """Angle of a 2x2 rotation matrix, in degrees."""
    return math.degrees(math.atan2(R[1, 0].item(), R[0, 0].item()))


def rotate_scale_rotate(W):
    """W = U diag(s) V^T (singular value decomposition), with U and V written as rotations."""
    U, s, Vh = torch.linalg.svd(W)
    V = Vh.T
    if torch.det(U) < 0:  # turn a reflection into a rotation: flip one column of U and of V
        U[:, 1], V[:, 1] = -U[:, 1], -V[:, 1]
    if abs(angle(U)) > 90:  # flipping both columns of U and V leaves U diag(s) V^T unchanged
        U, V = -U, -V
    return U, s, V


print("linear layer = rotation V^T, scaling by s, rotation U (and a reflection if det < 0)")
for i in (0, 2):
    W = net[i].weight.detach()
    U, s, V = rotate_scale_rotate(W)
    same = torch.allclose(U @ torch.diag(s) @ V.T, W)
    print(f"  W{i // 2 + 1}: first rotation {round(-angle(V), 1) + 0.0:6.1f} deg, scales {s[0]:.3f} and {s[1]:.3f}, "
          f"then rotation {round(angle(U), 1) + 0.0:6.1f} deg; area x {torch.det(W):.3f}; U diag(s) V^T = W: {same}")

# %%
# Two linear layers without a nonlinearity between them are one linear layer.
x = torch.randn(5, 2, dtype=f64)
with torch.no_grad():
    W = net[2].weight @ net[0].weight
    b = net[2].weight @ net[0].bias + net[2].bias
    print("Linear(Linear(x)) = x W^T + b with W = W2 W1:", torch.allclose(net[2](net[0](x)), x @ W.T + b))

# %%
# A grid of 9 horizontal and 9 vertical lines over the square [-2, 2]^2, 401 points each.
t = torch.linspace(-2, 2, 401, dtype=f64)
levels = torch.linspace(-2, 2, 9, dtype=f64)
lines = [torch.stack([t, torch.full_like(t, c)], 1) for c in levels]  # horizontal
lines += [torch.stack([torch.full_like(t, c), t], 1) for c in levels]  # vertical


def shape_of(points):
    """'point' if all points coincide, 'straight' if they lie on one line, else 'bent'."""
    s = torch.linalg.svdvals(points - points.mean(0))  # the centred points of a line have rank 1
    return "point" if s[0] < 1e-9 else "straight" if s[1] < 1e-9 * s[0] else "bent"


stages = [lines]
with torch.no_grad():
    for layer in net:
        stages.append([layer(p) for p in stages[-1]])
names = ["input x", "Linear 1", "ReLU", "Linear 2", "Tanh"]
print("the 18 grid lines after each layer:")
for name, stage in zip(names, stages):
    shapes = [shape_of(p) for p in stage]
    print(f"  {name:<9} straight {shapes.count('straight'):2d}, bent {shapes.count('bent'):2d}, "
          f"crushed to a point {shapes.count('point'):2d}")

# %%
# The fold: ReLU sends a whole quadrant of its input onto an axis or onto the origin.
with torch.no_grad():
    square = torch.cartesian_prod(t[::8], t[::8])  # 51 x 51 points of the square
    h1 = net[0](square)
neg = h1 < 0
print(f"points of the square: {len(square)}")
print(f"  kept as they are (both h1 > 0):        {(~neg[:, 0] & ~neg[:, 1]).float().mean():.3f}")
print(f"  folded onto an axis (one h1 < 0):      {(neg[:, 0] ^ neg[:, 1]).float().mean():.3f}")
print(f"  crushed onto the origin (both h1 < 0): {(neg[:, 0] & neg[:, 1]).float().mean():.3f}")

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    circle = torch.stack([torch.cos(torch.linspace(0, 2 * math.pi, 200, dtype=f64)),
                          torch.sin(torch.linspace(0, 2 * math.pi, 200, dtype=f64))], 1)
    circles = [circle]
    with torch.no_grad():
        for layer in net:
            circles.append(layer(circles[-1]))
    titles = [r"$x$", r"$h_1 = W_1 x + b_1$", r"$h_2 = \max(0, h_1)$", r"$h_3 = W_2 h_2 + b_2$",
              r"$y = \tanh(h_3)$"]
    fig, axes = plt.subplots(1, 5, figsize=(12, 2.9))
    limits = [3.3, 3.3, 3.3, 3.3, 1.2]  # tanh squashes everything into (-1, 1)^2
    for ax, stage, ring, title, lim in zip(axes, stages, circles, titles, limits):
        for k, p in enumerate(stage):
            colour = "tab:blue" if k < 9 else "tab:orange"  # horizontal lines blue, vertical orange
            ax.plot(p[:, 0].numpy(), p[:, 1].numpy(), color=colour, linewidth=0.8)
        ax.plot(ring[:, 0].numpy(), ring[:, 1].numpy(), color="black", linewidth=1.4)  # the unit circle, transformed
        ax.axhline(0, color="0.6", linewidth=0.5)
        ax.axvline(0, color="0.6", linewidth=0.5)
        ax.set_title(title, fontsize=10)
        ax.set_aspect("equal")
        ax.set_xlim(-lim, lim)
        ax.set_ylim(-lim, lim)
    fig.tight_layout()
    fig.savefig("space_transformations.svg")
