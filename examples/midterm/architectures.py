# Parameters and multiply-adds of five classic CNNs, counted from compact layer definitions.
import torch
import torch.nn as nn

torch.manual_seed(0)


def lenet5():  # 32x32x1 digits; C3 fully connected to S2 (the 1998 paper used a sparse table)
    return nn.Sequential(
        nn.Conv2d(1, 6, 5), nn.Tanh(), nn.AvgPool2d(2),
        nn.Conv2d(6, 16, 5), nn.Tanh(), nn.AvgPool2d(2), nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.Tanh(), nn.Linear(120, 84), nn.Tanh(), nn.Linear(84, 10))


def alexnet(groups=2):  # 227x227x3; groups=2 reproduces the two-GPU split of conv2, conv4, conv5; no LRN
    return nn.Sequential(
        nn.Conv2d(3, 96, 11, stride=4), nn.ReLU(), nn.MaxPool2d(3, 2),
        nn.Conv2d(96, 256, 5, padding=2, groups=groups), nn.ReLU(), nn.MaxPool2d(3, 2),
        nn.Conv2d(256, 384, 3, padding=1), nn.ReLU(),
        nn.Conv2d(384, 384, 3, padding=1, groups=groups), nn.ReLU(),
        nn.Conv2d(384, 256, 3, padding=1, groups=groups), nn.ReLU(), nn.MaxPool2d(3, 2), nn.Flatten(),
        nn.Dropout(), nn.Linear(256 * 6 * 6, 4096), nn.ReLU(),
        nn.Dropout(), nn.Linear(4096, 4096), nn.ReLU(), nn.Linear(4096, 1000))


def vgg16():  # 224x224x3; 13 convolutions 3x3 ("M" = 2x2 max pooling), then 3 dense layers
    layers, c = [], 3
    for v in [64, 64, "M", 128, 128, "M", 256, 256, 256, "M", 512, 512, 512, "M", 512, 512, 512, "M"]:
        layers += [nn.MaxPool2d(2)] if v == "M" else [nn.Conv2d(c, v, 3, padding=1), nn.ReLU()]
        c = c if v == "M" else v
    return nn.Sequential(*layers, nn.Flatten(), nn.Linear(512 * 7 * 7, 4096), nn.ReLU(), nn.Dropout(),
                         nn.Linear(4096, 4096), nn.ReLU(), nn.Dropout(), nn.Linear(4096, 1000))


class Inception(nn.Module):
    def __init__(self, c_in, c1, r3, c3, r5, c5, pool_proj):  # one row of the GoogLeNet table
        super().__init__()
        self.b1 = nn.Sequential(nn.Conv2d(c_in, c1, 1), nn.ReLU())
        self.b2 = nn.Sequential(nn.Conv2d(c_in, r3, 1), nn.ReLU(), nn.Conv2d(r3, c3, 3, padding=1), nn.ReLU())
        self.b3 = nn.Sequential(nn.Conv2d(c_in, r5, 1), nn.ReLU(), nn.Conv2d(r5, c5, 5, padding=2), nn.ReLU())
        self.b4 = nn.Sequential(nn.MaxPool2d(3, 1, padding=1), nn.Conv2d(c_in, pool_proj, 1), nn.ReLU())

    def forward(self, x):
        return torch.cat([self.b1(x), self.b2(x), self.b3(x), self.b4(x)], dim=1)


def googlenet():  # 224x224x3; no LRN, no auxiliary classifiers (they are dropped at test time)
    pool = lambda: nn.MaxPool2d(3, 2, ceil_mode=True)  # noqa: E731
    return nn.Sequential(
        nn.Conv2d(3, 64, 7, stride=2, padding=3), nn.ReLU(), pool(),
        nn.Conv2d(64, 64, 1), nn.ReLU(), nn.Conv2d(64, 192, 3, padding=1), nn.ReLU(), pool(),
        Inception(192, 64, 96, 128, 16, 32, 32), Inception(256, 128, 128, 192, 32, 96, 64), pool(),
        Inception(480, 192, 96, 208, 16, 48, 64), Inception(512, 160, 112, 224, 24, 64, 64),
        Inception(512, 128, 128, 256, 24, 64, 64), Inception(512, 112, 144, 288, 32, 64, 64),
        Inception(528, 256, 160, 320, 32, 128, 128), pool(),
        Inception(832, 256, 160, 320, 32, 128, 128), Inception(832, 384, 192, 384, 48, 128, 128),
        nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Dropout(0.4), nn.Linear(1024, 1000))


class Basic(nn.Module):  # ResNet basic block: two 3x3 convolutions plus the shortcut
    def __init__(self, c_in, c_out, stride):
        super().__init__()
        self.body = nn.Sequential(
            nn.Conv2d(c_in, c_out, 3, stride, 1, bias=False), nn.BatchNorm2d(c_out), nn.ReLU(),
            nn.Conv2d(c_out, c_out, 3, 1, 1, bias=False), nn.BatchNorm2d(c_out))
        self.short = nn.Identity() if stride == 1 else nn.Sequential(
            nn.Conv2d(c_in, c_out, 1, stride, bias=False), nn.BatchNorm2d(c_out))

    def forward(self, x):
        return (self.body(x) + self.short(x)).relu()


def resnet18():  # 224x224x3; four stages of two blocks, channels 64-128-256-512
    blocks = [Basic(64, 64, 1), Basic(64, 64, 1)]
    for c in (128, 256, 512):
        blocks += [Basic(c // 2, c, 2), Basic(c, c, 1)]
    return nn.Sequential(
        nn.Conv2d(3, 64, 7, 2, 3, bias=False), nn.BatchNorm2d(64), nn.ReLU(), nn.MaxPool2d(3, 2, 1),
        *blocks, nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(512, 1000))


def count(model, size, channels=3):
    """Parameters, and multiply-adds of Conv2d and Linear layers for one image."""
    macs = []
    hook = lambda m, inp, out: macs.append(out[0, 0].numel() * m.weight.numel())  # noqa: E731
    for m in model.modules():
        if isinstance(m, (nn.Conv2d, nn.Linear)):
            m.register_forward_hook(hook)
    model(torch.empty(1, channels, size, size, device="meta"))  # shapes only, no arithmetic
    dense = sum(p.numel() for m in model.modules() if isinstance(m, nn.Linear) for p in m.parameters())
    params = sum(p.numel() for p in model.parameters())
    return params, sum(macs), dense / params


nets = [("LeNet-5", 1998, lenet5, 32, 1), ("AlexNet", 2012, alexnet, 227, 3), ("VGG-16", 2014, vgg16, 224, 3),
        ("GoogLeNet", 2014, googlenet, 224, 3), ("ResNet-18", 2015, resnet18, 224, 3)]
print(f"{'network':<10} {'year':>4} {'input':>9} {'parameters':>12} {'multiply-adds':>14} {'Linear %':>9}")
results = []
for name, year, build, size, ch in nets:
    with torch.device("meta"):  # weights get shapes but no memory and no initialisation
        model = build()
    params, macs, dense = count(model, size, ch)
    results.append((name, year, params, macs))
    shape = f"{size}x{size}x{ch}"
    print(f"{name:<10} {year:>4} {shape:>9} {params:>12,} {macs / 1e6:>12,.1f} M {dense:>9.0%}")
with torch.device("meta"):
    one_gpu = alexnet(groups=1)  # every filter sees every input map, as in single-GPU versions
print(f"AlexNet with groups=1: {sum(p.numel() for p in one_gpu.parameters()):,} parameters")

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 4))
    for name, year, params, macs in results:
        ax.scatter(macs / 1e9, params / 1e6, s=40)
        below = name == "GoogLeNet"  # keep its label clear of ResNet-18's
        ax.annotate(f"{name} ({year})", (macs / 1e9, params / 1e6), textcoords="offset points",
                    xytext=(6, -12 if below else 4))
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlim(1e-4, 300)
    ax.set_ylim(0.02, 1000)
    ax.set_xlabel(r"MAC ($\times 10^{9}$)")  # symbols only: the figure is shown in four languages
    ax.set_ylabel(r"$|\theta|$ ($\times 10^{6}$)")
    ax.minorticks_off()  # major ticks (powers of 10) are enough here
    ax.grid(True, alpha=0.3)
    fig.tight_layout()
    fig.savefig("architectures.svg")
