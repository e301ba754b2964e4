# VGG: stacks of 3x3 convolutions instead of one large kernel, and VGG-16 block by block
# (full size on the "meta" device, and run with an eighth of the channels).
import torch
from torch import nn

torch.manual_seed(0)

# 1. n stacked 3x3 convolutions against one (2n+1)x(2n+1) convolution, C channels in and out.
C = 64


def receptive_field(kernels):
    """Measured: the input pixels with a nonzero gradient for the centre output unit."""
    net = nn.Sequential(*[nn.Conv2d(1, 1, k, bias=False) for k in kernels])
    for conv in net:
        nn.init.ones_(conv.weight)  # positive weights: no gradient cancels by accident
    x = torch.ones(1, 1, 15, 15, requires_grad=True)
    y = net(x)
    y[0, 0, y.shape[2] // 2, y.shape[3] // 2].backward()
    seen = x.grad[0, 0] != 0
    return f"{seen.any(1).sum().item()}x{seen.any(0).sum().item()}"


print(f"{'layers':<14} {'receptive field':>15} {'weights':>9} {'per C^2':>8} {'nonlinearities':>15}")
for kernels in [[3], [3, 3], [5], [3, 3, 3], [7]]:
    stack = nn.Sequential(*[nn.Conv2d(C, C, k, padding=k // 2, bias=False) for k in kernels])
    weights = sum(p.numel() for p in stack.parameters())
    name = f"{len(kernels)} x {kernels[0]}x{kernels[0]}"
    print(f"{name:<14} {receptive_field(kernels):>15} {weights:>9,} {weights // C**2:>8} {len(kernels):>15}")
print(f"3 x 3x3 uses {27 / 49:.0%} of the weights of one 7x7; 2 x 3x3 uses {18 / 25:.0%} of one 5x5")

# %%
# 2. VGG-16: five blocks of 3x3 convolutions (padding 1), each followed by 2x2 max pooling.
blocks = [[64, 64], [128, 128], [256, 256, 256], [512, 512, 512], [512, 512, 512]]


def vgg16(width=1.0, hidden=4096, classes=1000):
    layers, c_in = [], 3
    for block in blocks:
        group = []
        for c in block:
            group += [nn.Conv2d(c_in, int(c * width), 3, padding=1), nn.ReLU()]
            c_in = int(c * width)
        layers.append(nn.Sequential(*group, nn.MaxPool2d(2)))
    layers.append(nn.Sequential(nn.Flatten(), nn.Linear(c_in * 7 * 7, hidden), nn.ReLU(), nn.Dropout()))
    layers.append(nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Dropout()))
    layers.append(nn.Linear(hidden, classes))
    return nn.Sequential(*layers)


def shape(t):
    return "x".join(str(n) for n in t.shape[1:])


with torch.device("meta"):
    full = vgg16()
mult_adds = []  # a hook on every convolution and Linear layer: output numbers x weights per output
for m in full.modules():
    if isinstance(m, (nn.Conv2d, nn.Linear)):
        m.register_forward_hook(lambda m, inputs, out: mult_adds.append(out[0].numel() * m.weight[0].numel()))
small = vgg16(width=1 / 8, hidden=512).eval()
names = [f"block {i + 1}: {len(b)} x conv 3x3 + pool" for i, b in enumerate(blocks)]
names += ["Linear + ReLU", "Linear + ReLU", "Linear"]
x_full, x_small = torch.empty(1, 3, 224, 224, device="meta"), torch.randn(1, 3, 224, 224)
print(f"{'VGG-16':<30} {'full output':>11} {'params':>12} {'small output':>13} {'params':>10}")
print(f"{'input':<30} {shape(x_full):>11} {'':>12} {shape(x_small):>13}")
with torch.no_grad():
    for name, big, little in zip(names, full, small):
        x_full, x_small = big(x_full), little(x_small)
        n_big, n_small = (sum(p.numel() for p in m.parameters()) for m in (big, little))
        print(f"{name:<30} {shape(x_full):>11} {n_big:>12,} {shape(x_small):>13} {n_small:>10,}")
for name, model in [("full", full), ("small", small)]:
    total = sum(p.numel() for p in model.parameters())
    conv = sum(p.numel() for m in model.modules() if isinstance(m, nn.Conv2d) for p in m.parameters())
    print(f"{name:>5}: {total:>11,} parameters, {conv / total:.0%} of them in the 13 convolutions")
print(f" full: {sum(mult_adds) / 1e9:.1f} billion multiply-adds per image, "
      f"{sum(mult_adds[:13]) / sum(mult_adds):.0%} of them in the convolutions")
print("small network's scores:", tuple(x_small.shape), " finite:", bool(x_small.isfinite().all()))
