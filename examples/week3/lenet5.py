# LeNet-5 in PyTorch: the shape of the data after each layer and where the parameters are.
import torch
from torch import nn

torch.manual_seed(0)

# 32x32 grey images (28x28 digits with 2 pixels of border). Tanh and average pooling, as in
# the original; C3 sees all 6 maps of S2 (the 1998 paper connected it through a sparse table).
lenet = nn.Sequential(
    nn.Conv2d(1, 6, kernel_size=5),  # C1
    nn.Tanh(),
    nn.AvgPool2d(2),  # S2
    nn.Conv2d(6, 16, kernel_size=5),  # C3
    nn.Tanh(),
    nn.AvgPool2d(2),  # S4
    nn.Flatten(),
    nn.Linear(16 * 5 * 5, 120),  # C5: a 5x5 convolution on a 5x5 map is a fully connected layer
    nn.Tanh(),
    nn.Linear(120, 84),  # F6
    nn.Tanh(),
    nn.Linear(84, 10),  # one score per digit
)
names = ["C1", "", "S2", "C3", "", "S4", "", "C5", "", "F6", "", "output"]


def describe(layer):
    """A short name for a layer: kind, channels or features, kernel size."""
    if isinstance(layer, nn.Conv2d):
        k = layer.kernel_size[0]
        return f"Conv2d {layer.in_channels}->{layer.out_channels}, {k}x{k}"
    if isinstance(layer, nn.Linear):
        return f"Linear {layer.in_features}->{layer.out_features}"
    if isinstance(layer, nn.AvgPool2d):
        return f"AvgPool2d {layer.kernel_size}x{layer.kernel_size}, stride {layer.stride}"
    return type(layer).__name__


def formula(layer):
    """Parameter count written out, to compare with what PyTorch allocated."""
    if isinstance(layer, nn.Conv2d):
        k = layer.kernel_size[0]
        return f"{layer.out_channels}*({layer.in_channels}*{k}*{k}+1)"
    if isinstance(layer, nn.Linear):
        return f"{layer.out_features}*({layer.in_features}+1)"
    return ""


x = torch.randn(8, 1, 32, 32)  # a batch of 8 images
print(f"{'':<7}{'layer':<28} {'output shape':<16} {'parameters':>10}  formula")
print(f"{'':<7}{'input':<28} {str(tuple(x.shape))}")
total = 0
with torch.no_grad():
    for name, layer in zip(names, lenet):
        x = layer(x)
        count = sum(p.numel() for p in layer.parameters())
        total += count
        print(f"{name:<7}{describe(layer):<28} {str(tuple(x.shape)):<16} {count:>10,}  {formula(layer)}".rstrip())
print(f"total parameters: {total:,} (PyTorch counts {sum(p.numel() for p in lenet.parameters()):,})")

conv = sum(p.numel() for m in lenet if isinstance(m, nn.Conv2d) for p in m.parameters())
print(f"in the two convolution layers: {conv:,} ({conv / total:.1%}); in the fully connected layers: {total - conv:,}")

# %%
# The sparse C3 of the paper: 6 maps see 3 inputs, 9 see 4, 1 sees all 6.
sparse_c3 = 6 * (3 * 25 + 1) + 9 * (4 * 25 + 1) + 1 * (6 * 25 + 1)
print(f"C3 with the paper's connection table: {sparse_c3:,} parameters instead of {16 * (6 * 25 + 1):,}")

scores = lenet(torch.randn(8, 1, 32, 32))
print("scores for 8 images:", tuple(scores.shape), "-> predicted classes:", tuple(scores.argmax(1).shape))
