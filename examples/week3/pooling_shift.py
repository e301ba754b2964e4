# Max and average pooling, and how much they reduce the effect of shifting the input by one pixel.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

SIZE = 16


def stroke_images(count):
    """Two short strokes per image, away from the border, so that a small circular shift moves
    the strokes without wrapping anything round."""
    images = torch.zeros(count, 1, SIZE, SIZE)
    for i in range(count):
        for _ in range(2):
            dr, dc = [(0, 1), (1, 0), (1, 1)][int(torch.randint(0, 3, ()))]
            r, c = (int(v) for v in torch.randint(3, SIZE - 7, (2,)))
            for t in range(4):
                images[i, 0, r + t * dr, c + t * dc] = 1.0
    return images


x = stroke_images(200)

# %%
# A fixed convolution layer: 4 kernels for horizontal, vertical and diagonal strokes.
# Circular padding makes the layer commute exactly with torch.roll.
line = torch.tensor([[-0.5, -0.5, -0.5], [1.0, 1.0, 1.0], [-0.5, -0.5, -0.5]])
diagonal = 1.5 * torch.eye(3) - 0.5
conv = nn.Conv2d(1, 4, 3, padding=1, padding_mode="circular", bias=False)
with torch.no_grad():
    conv.weight.copy_(torch.stack([line, line.T, diagonal, diagonal.flip(1)]).unsqueeze(1))


def features(images):
    with torch.no_grad():
        return F.relu(conv(images))


def shift(images, pixels=1):
    return torch.roll(images, pixels, dims=-1)  # move everything `pixels` to the right


f = features(x)
print(f"images {tuple(x.shape)} -> feature maps {tuple(f.shape)}")
print("convolution commutes with the shift (equivariance):", torch.allclose(features(shift(x)), shift(f)))

poolings = {
    "no pooling": lambda m: m,
    "max 2x2": lambda m: F.max_pool2d(m, 2),
    "average 2x2": lambda m: F.avg_pool2d(m, 2),
    "max 4x4": lambda m: F.max_pool2d(m, 4),
    "average 4x4": lambda m: F.avg_pool2d(m, 4),
    "global max": lambda m: F.adaptive_max_pool2d(m, 1),
    "global average": lambda m: F.adaptive_avg_pool2d(m, 1),
}


def relative_change(a, b):
    """Mean over the batch of |a - b| / |a|, each image's features taken as one vector."""
    return ((a - b).flatten(1).norm(dim=1) / a.flatten(1).norm(dim=1)).mean().item()


f_shift = features(shift(x))
f_other = features(x.roll(1, dims=0))  # each image paired with another image of the batch
print(f"{'pooling':<15} {'output':>13} {'shift by 1':>11} {'other image':>12} {'ratio':>6}")
for name, pool in poolings.items():
    p = pool(f)
    by_shift = relative_change(p, pool(f_shift))
    by_other = relative_change(p, pool(f_other))
    print(f"{name:<15} {str(tuple(p.shape[1:])):>13} {by_shift:>11.2f} {by_other:>12.2f} "
          f"{by_shift / by_other:>6.2f}")

# A shift by the pooling stride moves the pooled map by exactly one cell.
pooled, pooled_shift2 = F.max_pool2d(f, 2), F.max_pool2d(features(shift(x, 2)), 2)
print("max 2x2 of the input shifted by 2 = max 2x2 shifted by 1:", torch.equal(pooled_shift2, shift(pooled, 1)))
