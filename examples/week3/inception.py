# GoogLeNet's Inception module: 1x1 convolutions as bottlenecks, the multiply-adds they save,
# and the whole network stage by stage (full size on the "meta" device, run at a quarter width).
import torch
from torch import nn

torch.manual_seed(0)

# 1. A 1x1 convolution is one fully connected layer applied to the channel vector of every pixel.
conv1x1 = nn.Conv2d(192, 16, kernel_size=1)
linear = nn.Linear(192, 16)
linear.weight.data = conv1x1.weight.data.view(16, 192)
linear.bias.data = conv1x1.bias.data
x = torch.randn(2, 192, 5, 5)
with torch.no_grad():
    same = torch.allclose(conv1x1(x), linear(x.permute(0, 2, 3, 1)).permute(0, 3, 1, 2), atol=1e-5)
print(f"1x1 convolution 192->16 = the same Linear layer at each of the 5x5 pixels: {same}")


class Inception(nn.Module):
    """Four branches side by side, concatenated along the channels. With reduce=False the
    3x3 and 5x5 convolutions read all input channels (no 1x1 bottleneck in front of them)."""

    def __init__(self, c_in, c1, r3, c3, r5, c5, pool_proj, reduce=True):
        super().__init__()
        self.branch1 = nn.Sequential(nn.Conv2d(c_in, c1, 1), nn.ReLU())
        if reduce:
            self.branch3 = nn.Sequential(nn.Conv2d(c_in, r3, 1), nn.ReLU(), nn.Conv2d(r3, c3, 3, padding=1), nn.ReLU())
            self.branch5 = nn.Sequential(nn.Conv2d(c_in, r5, 1), nn.ReLU(), nn.Conv2d(r5, c5, 5, padding=2), nn.ReLU())
        else:
            self.branch3 = nn.Sequential(nn.Conv2d(c_in, c3, 3, padding=1), nn.ReLU())
            self.branch5 = nn.Sequential(nn.Conv2d(c_in, c5, 5, padding=2), nn.ReLU())
        self.branch_pool = nn.Sequential(nn.MaxPool2d(3, stride=1, padding=1), nn.Conv2d(c_in, pool_proj, 1), nn.ReLU())

    def forward(self, x):
        return torch.cat([self.branch1(x), self.branch3(x), self.branch5(x), self.branch_pool(x)], dim=1)


def count_mult_adds(module, x):
    """Per branch: for every convolution, (output numbers) x (weights per output number)."""
    counts = {}
    hooks = []
    for name, branch in module.named_children():
        for conv in branch:
            if isinstance(conv, nn.Conv2d):
                hooks.append(conv.register_forward_hook(
                    lambda m, i, out, name=name: counts.update({name: counts.get(name, 0) + out[0].numel() * m.weight[0].numel()})))
    out = module(x)
    for h in hooks:
        h.remove()
    return counts, out


# %%
# 2. Inception (3a): 28x28x192 in; branches of 64, 128, 32 and 32 channels out.
x = torch.empty(1, 192, 28, 28, device="meta")
with torch.device("meta"):
    bottleneck = Inception(192, 64, 96, 128, 16, 32, 32)
    naive = Inception(192, 64, 96, 128, 16, 32, 32, reduce=False)
with_1x1, out = count_mult_adds(bottleneck, x)
without_1x1, out_naive = count_mult_adds(naive, x)
by_formula = {"branch1": 28 * 28 * 64 * 192,
              "branch3": 28 * 28 * (96 * 192 + 128 * 9 * 96), "branch5": 28 * 28 * (16 * 192 + 32 * 25 * 16),
              "branch_pool": 28 * 28 * 32 * 192}
print(f"Inception (3a): input {tuple(x.shape[1:])}, output {tuple(out.shape[1:])} either way: "
      f"{out.shape == out_naive.shape}")
print(f"{'branch':<12} {'without 1x1 (M)':>15} {'with 1x1 (M)':>13} {'formula agrees':>15}")
for name in with_1x1:
    print(f"{name:<12} {without_1x1[name] / 1e6:>15.1f} {with_1x1[name] / 1e6:>13.1f} "
          f"{with_1x1[name] == by_formula[name]!s:>15}")
saving = sum(without_1x1.values()) / sum(with_1x1.values())
print(f"{'total':<12} {sum(without_1x1.values()) / 1e6:>15.1f} {sum(with_1x1.values()) / 1e6:>13.1f}"
      f"   ({saving:.1f} times fewer)")
n_with, n_without = (sum(p.numel() for p in m.parameters()) for m in (bottleneck, naive))
print(f"parameters: {n_without:,} without the 1x1 bottlenecks, {n_with:,} with them")

# %%
# 3. GoogLeNet (no auxiliary classifiers, no local response normalisation).
table = [("3a", 192, 64, 96, 128, 16, 32, 32), ("3b", 256, 128, 128, 192, 32, 96, 64), "max pool 3->4",
         ("4a", 480, 192, 96, 208, 16, 48, 64), ("4b", 512, 160, 112, 224, 24, 64, 64),
         ("4c", 512, 128, 128, 256, 24, 64, 64), ("4d", 512, 112, 144, 288, 32, 64, 64),
         ("4e", 528, 256, 160, 320, 32, 128, 128), "max pool 4->5",
         ("5a", 832, 256, 160, 320, 32, 128, 128), ("5b", 832, 384, 192, 384, 48, 128, 128)]


def googlenet(width=1.0):
    w = lambda c: int(c * width)  # noqa: E731
    stages = {"stem": nn.Sequential(
        nn.Conv2d(3, w(64), 7, stride=2, padding=3), nn.ReLU(), nn.MaxPool2d(3, 2, ceil_mode=True),
        nn.Conv2d(w(64), w(64), 1), nn.ReLU(), nn.Conv2d(w(64), w(192), 3, padding=1), nn.ReLU(),
        nn.MaxPool2d(3, 2, ceil_mode=True))}
    for row in table:
        if isinstance(row, str):  # a max pooling between two groups of modules
            stages[row] = nn.MaxPool2d(3, 2, ceil_mode=True)
        else:
            stages[f"inception {row[0]}"] = Inception(*(w(c) for c in row[1:]))
    stages["head"] = nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.4), nn.Linear(w(1024), 1000))
    return nn.ModuleDict(stages)


def shape(t):
    return "x".join(str(n) for n in t.shape[1:])


with torch.device("meta"):
    full = googlenet()
small = googlenet(width=0.25).eval()
x_full, x_small = torch.empty(1, 3, 224, 224, device="meta"), torch.randn(1, 3, 224, 224)
print(f"{'GoogLeNet':<14} {'full output':>12} {'params':>10} {'small output':>13} {'params':>8}")
with torch.no_grad():
    for name in full:
        x_full, x_small = full[name](x_full), small[name](x_small)
        n_big, n_small = (sum(p.numel() for p in m[name].parameters()) for m in (full, small))
        print(f"{name:<14} {shape(x_full):>12} {n_big:>10,} {shape(x_small):>13} {n_small:>8,}")
for name, model in [("full", full), ("small", small)]:
    print(f"{name:>5}: {sum(p.numel() for p in model.parameters()):,} parameters")
print("small network's scores:", tuple(x_small.shape), " finite:", bool(x_small.isfinite().all()))
