# Three properties of natural signals, measured on images of strokes: locality, stationarity
# and compositionality. A random permutation of the pixels destroys the first two.
import torch
import torch.nn.functional as F

torch.manual_seed(0)

SIZE, COUNT = 16, 2000
steps = {0: (0, 1), 1: (1, 0), 2: (1, 1), 3: (1, -1)}  # horizontal, vertical, two diagonals


def blur(x):
    """Spread each pixel a little onto its neighbours, as a lens would."""
    b = torch.tensor([1.0, 2.0, 1.0])
    kernel = (b[:, None] * b[None, :] / 8).view(1, 1, 3, 3)  # a stroke stays 1, its sides get 0.5
    return F.conv2d(x.unsqueeze(1), kernel, padding=1).squeeze(1).clamp(max=1.0)


def stroke_images(count):
    """Each image: three straight strokes of 4 to 7 pixels at random places, blurred, plus a little noise."""
    images = torch.zeros(count, SIZE, SIZE)
    for i in range(count):
        for _ in range(3):
            dr, dc = steps[int(torch.randint(0, 4, ()))]
            length = int(torch.randint(4, 8, ()))
            r = int(torch.randint(0, SIZE - (length - 1) * dr, ()))
            c_lo, c_hi = (0, SIZE - (length - 1) * dc) if dc >= 0 else ((length - 1), SIZE)
            c = int(torch.randint(c_lo, c_hi, ()))
            for t in range(length):
                images[i, r + t * dr, c + t * dc] = 1.0
    return blur(images) + 0.1 * torch.randn(count, SIZE, SIZE)


images = stroke_images(COUNT)
perm = torch.randperm(SIZE * SIZE)
permuted = images.flatten(1)[:, perm].view_as(images)


def correlation(a, b):
    a, b = a.flatten() - a.mean(), b.flatten() - b.mean()
    return (a @ b / (a.norm() * b.norm())).item()


def neighbour_correlation(x, d):
    """Correlation between pixels d apart, horizontally and vertically (averaged)."""
    both = 0.5 * (correlation(x[:, :, :-d], x[:, :, d:]) + correlation(x[:, :-d, :], x[:, d:, :]))
    return round(both, 2) + 0.0  # printed with 2 decimals; + 0.0 turns -0.0 into 0.0


# %%
# 1. Locality: nearby pixels are related, distant ones much less.
print("locality: correlation between two pixels d apart")
print(f"  {'d':>2} {'images':>7} {'permuted':>9}")
for d in [1, 2, 3, 4, 6, 8]:
    print(f"  {d:>2} {neighbour_correlation(images, d):>7.2f} {neighbour_correlation(permuted, d):>9.2f}")

# 2. Stationarity: the same statistics everywhere. A horizontal-stroke detector (3x3 kernel)
# fires about equally often in each quarter of the image.
horizontal = torch.tensor([[-0.5, -0.5, -0.5], [1.0, 1.0, 1.0], [-0.5, -0.5, -0.5]])
vertical = horizontal.T.contiguous()


def detect(x, kernel):
    """1 where the 3x3 window contains the stroke piece the kernel describes, else 0."""
    return (F.conv2d(x.unsqueeze(1), kernel.view(1, 1, 3, 3), padding=1).squeeze(1) > 1.0).float()


half = SIZE // 2
quarters = {"top left": (slice(0, half), slice(0, half)), "top right": (slice(0, half), slice(half, SIZE)),
            "bottom left": (slice(half, SIZE), slice(0, half)), "bottom right": (slice(half, SIZE), slice(half, SIZE))}
print("stationarity: per quarter of the image")
print(f"  {'quarter':<13} {'mean pixel':>10} {'corr d=1':>9} {'detector fires':>15}")
fires = detect(images, horizontal)
for name, (rows, cols) in quarters.items():
    part = images[:, rows, cols]
    print(f"  {name:<13} {part.mean():>10.3f} {neighbour_correlation(part, 1):>9.2f} "
          f"{fires[:, rows, cols].mean():>15.3f}")

# %%
# 3. Compositionality: a second layer combines stroke pieces found by the first into a corner.
# Layer 1: horizontal and vertical pieces. Layer 2: a vertical piece just above a point and a
# horizontal piece just right of it, i.e. the corner of an "L".
corner = torch.zeros(1, 2, 3, 3)
corner[0, 0, 1, 2] = 1.0  # channel 0 (horizontal piece) one step to the right
corner[0, 1, 0, 1] = 1.0  # channel 1 (vertical piece) one step up


def two_layers(x):
    pieces = torch.stack([detect(x, horizontal), detect(x, vertical)], dim=1)  # layer 1: (batch, 2, H, W)
    corners = F.conv2d(pieces, corner, padding=1).squeeze(1) > 1.5  # layer 2: both pieces present
    return pieces, corners


def canvas(*strokes):
    x = torch.zeros(1, 9, 9)
    for r, c in strokes:
        x[0, r, c] = 1.0
    return blur(x)


vertical_bar = [(r, 2) for r in range(1, 7)]
horizontal_bar = [(6, c) for c in range(2, 8)]
tests = {"L": canvas(*vertical_bar, *horizontal_bar), "vertical bar": canvas(*vertical_bar),
         "horizontal bar": canvas(*horizontal_bar), "T": canvas(*[(1, c) for c in range(1, 8)], *[(r, 4) for r in range(2, 8)]),
         "mirrored L": canvas(*[(r, 6) for r in range(1, 7)], *[(6, c) for c in range(1, 7)])}
print("compositionality: units that fire in each layer")
print(f"  {'shape':<15} {'horizontal':>10} {'vertical':>9} {'L corner':>9}")
for name, x in tests.items():
    pieces, corners = two_layers(x)
    print(f"  {name:<15} {int(pieces[0, 0].sum()):>10} {int(pieces[0, 1].sum()):>9} {int(corners.sum()):>9}")
_, corners = two_layers(tests["L"])
print("L corner found at (row, column):", [tuple(p) for p in corners[0].nonzero().tolist()])
