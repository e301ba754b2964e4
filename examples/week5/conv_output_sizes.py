# Output width of a convolution, checked against nn.Conv1d and nn.Conv2d,
# and the shapes of their weight and bias.
import itertools

import torch
from torch import nn

torch.manual_seed(0)


def out_size(n, k, s=1, p=0, d=1):
    """Width of the output: floor((n + 2p - d(k-1) - 1) / s) + 1."""
    return (n + 2 * p - d * (k - 1) - 1) // s + 1


def pair(v):
    """An int means the same value for height and width."""
    return v if isinstance(v, tuple) else (v, v)


# %%
# 1-D: every combination of input width n, kernel size k, stride s,
# padding p and dilation d (skipping those whose output would be empty).
samples = {(13, 5, 1, 0, 1), (13, 5, 2, 2, 1), (13, 3, 3, 1, 2), (8, 2, 2, 0, 1), (5, 5, 1, 2, 2)}
checked, matches, skipped, rows = 0, 0, 0, []
with torch.no_grad():
    for n, k, s, p, d in itertools.product([5, 8, 13], [1, 2, 3, 5], [1, 2, 3], [0, 1, 2], [1, 2]):
        expected = out_size(n, k, s, p, d)
        if expected < 1:
            skipped += 1  # dilated kernel wider than the padded input: an error
            continue
        conv = nn.Conv1d(2, 3, kernel_size=k, stride=s, padding=p, dilation=d)
        actual = conv(torch.randn(1, 2, n)).shape[-1]  # input (batch, channels, width)
        checked += 1
        matches += actual == expected
        if (n, k, s, p, d) in samples:
            rows.append(f"  n={n:2d} k={k} s={s} p={p} d={d}: formula {expected:2d}, Conv1d {actual:2d}")
print(f"Conv1d: {checked} settings checked ({skipped} skipped: empty output), all match: {matches == checked}")
print("\n".join(rows))

# %%
# 2-D: the same formula applies to height and width separately.
checked, matches = 0, 0
with torch.no_grad():
    for (h, w), k, s, p, d in itertools.product(
        [(6, 7), (9, 10)], [1, (3, 2), 3], [1, (2, 1)], [0, (1, 2)], [1, (1, 2)]
    ):
        expected = tuple(
            out_size(n_, k_, s_, p_, d_) for n_, k_, s_, p_, d_ in zip((h, w), pair(k), pair(s), pair(p), pair(d))
        )
        if min(expected) < 1:
            continue
        conv = nn.Conv2d(2, 3, kernel_size=k, stride=s, padding=p, dilation=d)
        actual = tuple(conv(torch.randn(1, 2, h, w)).shape[-2:])  # (batch, channels, height, width)
        checked += 1
        matches += actual == expected
        if (h, w, k, s, p, d) == (9, 10, 3, (2, 1), (1, 2), (1, 2)):
            sample = f"  (h, w)=(9, 10) k=3 s=(2, 1) p=(1, 2) d=(1, 2): formula {expected}, Conv2d {actual}"
print(f"Conv2d: {checked} settings checked, all match: {matches == checked}")
print(sample)

# %%
# Parameter shapes: weight is (out_channels, in_channels / groups, *kernel_size),
# bias has one entry per output channel.
for conv in [
    nn.Conv1d(4, 6, kernel_size=3),
    nn.Conv2d(3, 8, kernel_size=(3, 5)),
    nn.Conv2d(4, 6, kernel_size=3, groups=2),
]:
    name = type(conv).__name__
    n_params = sum(p.numel() for p in conv.parameters())
    print(
        f"{name}(in={conv.in_channels}, out={conv.out_channels}, k={conv.kernel_size}, groups={conv.groups}): "
        f"weight {tuple(conv.weight.shape)}, bias {tuple(conv.bias.shape)}, {n_params} parameters"
    )

# A batch keeps its size; channels become out_channels; widths follow the formula.
conv = nn.Conv1d(4, 6, kernel_size=3, stride=2, padding=1)
print("Conv1d(4, 6, k=3, s=2, p=1): input (10, 4, 32) -> output", tuple(conv(torch.randn(10, 4, 32)).shape))
