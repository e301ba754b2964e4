# AlexNet: shapes and parameters of the full-size network, and a run of a copy with a quarter
# of the channels (the full one is too slow for a two-second example on a CPU).
import torch
from torch import nn

torch.manual_seed(0)


def alexnet(width=1.0, hidden=4096, classes=1000):
    """AlexNet on 227x227x3 images, on one device (no two-GPU split) and without local
    response normalisation. `width` scales the number of output channels of every convolution."""
    c = [int(n * width) for n in (96, 256, 384, 384, 256)]
    return nn.Sequential(
        nn.Conv2d(3, c[0], 11, stride=4), nn.ReLU(), nn.MaxPool2d(3, stride=2),
        nn.Conv2d(c[0], c[1], 5, padding=2), nn.ReLU(), nn.MaxPool2d(3, stride=2),
        nn.Conv2d(c[1], c[2], 3, padding=1), nn.ReLU(),
        nn.Conv2d(c[2], c[3], 3, padding=1), nn.ReLU(),
        nn.Conv2d(c[3], c[4], 3, padding=1), nn.ReLU(), nn.MaxPool2d(3, stride=2),
        nn.Flatten(),
        nn.Dropout(0.5), nn.Linear(c[4] * 6 * 6, hidden), nn.ReLU(),
        nn.Dropout(0.5), nn.Linear(hidden, hidden), nn.ReLU(),
        nn.Linear(hidden, classes),
    )


def describe(layer):
    if isinstance(layer, nn.Conv2d):
        k, s, p = layer.kernel_size[0], layer.stride[0], layer.padding[0]
        return f"conv {k}x{k}, stride {s}, pad {p}"
    if isinstance(layer, nn.MaxPool2d):
        return f"max pool {layer.kernel_size}x{layer.kernel_size}, stride {layer.stride}"
    return f"Linear {layer.in_features}->{layer.out_features}" if isinstance(layer, nn.Linear) else "flatten"


def shape(t):
    return "x".join(str(n) for n in t.shape[1:])


with torch.device("meta"):  # shapes without memory or arithmetic: the full network costs nothing
    full = alexnet()
small = alexnet(width=0.25, hidden=1024).eval()  # eval(): dropout off

x_full = torch.empty(1, 3, 227, 227, device="meta")
x_small = torch.randn(1, 3, 227, 227)
print(f"{'layer':<28} {'full output':>11} {'params':>11} {'multiply-adds (M)':>17} {'small output':>13} {'params':>10}")
print(f"{'input':<28} {shape(x_full):>11} {'':>11} {'':>17} {shape(x_small):>13}")
macs = {"conv": 0, "linear": 0}
with torch.no_grad():
    for big, little in zip(full, small):
        x_full, x_small = big(x_full), little(x_small)
        if isinstance(big, (nn.ReLU, nn.Dropout)):
            continue  # no parameters, same shape
        n_big = sum(p.numel() for p in big.parameters())
        n_small = sum(p.numel() for p in little.parameters())
        # Each output number costs one multiply-add per weight of its kernel (or matrix row).
        mult_adds = x_full[0].numel() * big.weight[0].numel() if hasattr(big, "weight") else 0
        macs["linear" if isinstance(big, nn.Linear) else "conv"] += mult_adds
        cost = f"{mult_adds / 1e6:.1f}" if mult_adds else "-"
        print(f"{describe(big):<28} {shape(x_full):>11} {n_big:>11,} {cost:>17} {shape(x_small):>13} {n_small:>10,}")

for name, model in [("full", full), ("small", small)]:
    total = sum(p.numel() for p in model.parameters())
    linear = sum(p.numel() for m in model if isinstance(m, nn.Linear) for p in m.parameters())
    print(f"{name:>5}: {total:>11,} parameters, {linear / total:.0%} of them in the fully connected layers")
print(f" full: {sum(macs.values()) / 1e6:,.1f} million multiply-adds per image, "
      f"{macs['conv'] / sum(macs.values()):.0%} of them in the convolutions")
print("small network's scores:", tuple(x_small.shape), " finite:", bool(x_small.isfinite().all()))
