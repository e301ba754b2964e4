# ResNet: the residual block, the gradient it lets through compared with a plain stack of layers,
# and ResNet-18 stage by stage (full size on the "meta" device, run at a quarter width).
import torch
from torch import nn

torch.manual_seed(0)


class ResidualBlock(nn.Module):
    """y = relu(F(x) + shortcut(x)), F = conv-BN-ReLU-conv-BN. When the block halves the size
    or changes the channels, the shortcut is a strided 1x1 convolution, otherwise the identity."""

    def __init__(self, c_in, c_out, stride=1):
        super().__init__()
        self.residual = nn.Sequential(
            nn.Conv2d(c_in, c_out, 3, stride, padding=1, bias=False), nn.BatchNorm2d(c_out), nn.ReLU(),
            nn.Conv2d(c_out, c_out, 3, padding=1, bias=False), nn.BatchNorm2d(c_out))
        self.shortcut = nn.Identity()
        if stride != 1 or c_in != c_out:
            self.shortcut = nn.Sequential(nn.Conv2d(c_in, c_out, 1, stride, bias=False), nn.BatchNorm2d(c_out))

    def forward(self, x):
        return torch.relu(self.residual(x) + self.shortcut(x))


# %%
# 1. The derivative of x + F(x) is I + F'(x): the identity passes the gradient on unchanged.
branch = nn.Sequential(nn.Conv2d(2, 2, 3, padding=1), nn.Tanh(), nn.Conv2d(2, 2, 3, padding=1))
x = torch.randn(1, 2, 4, 4)
J_block = torch.autograd.functional.jacobian(lambda v: v + branch(v), x).reshape(32, 32)
J_branch = torch.autograd.functional.jacobian(branch, x).reshape(32, 32)
print("Jacobian of x + F(x) = I + Jacobian of F:", torch.allclose(J_block, torch.eye(32) + J_branch, atol=1e-6))

# %%
# 2. Gradient reaching the first layer of a deep stack, with and without residual connections.
# Same convolutions (PyTorch's default initialisation, no normalisation) in both stacks.
def first_to_last(depth, residual):
    torch.manual_seed(1)
    convs = nn.ModuleList(nn.Conv2d(8, 8, 3, padding=1) for _ in range(depth))
    h = torch.randn(4, 8, 8, 8)
    for i in range(0, depth, 2):  # one residual block = two convolutions
        out = convs[i + 1](torch.relu(convs[i](h)))
        h = h + out if residual else torch.relu(out)
    h.sum().backward()
    return (convs[0].weight.grad.norm() / convs[-1].weight.grad.norm()).item()


print("gradient norm of the first layer's weights / of the last layer's")
print(f"{'layers':>6} {'plain':>9} {'residual':>9}")
for depth in [2, 8, 16, 32]:
    print(f"{depth:>6} {first_to_last(depth, False):>9.1e} {first_to_last(depth, True):>9.1e}")

# %%
# 3. ResNet-18: a stem, four stages of two blocks each, global average pooling, one fully connected layer.
def resnet18(width=1.0):
    c = [int(n * width) for n in (64, 128, 256, 512)]
    return nn.ModuleDict({
        "stem": nn.Sequential(nn.Conv2d(3, c[0], 7, 2, 3, bias=False), nn.BatchNorm2d(c[0]), nn.ReLU(),
                              nn.MaxPool2d(3, 2, padding=1)),
        "stage 1": nn.Sequential(ResidualBlock(c[0], c[0]), ResidualBlock(c[0], c[0])),
        "stage 2": nn.Sequential(ResidualBlock(c[0], c[1], 2), ResidualBlock(c[1], c[1])),
        "stage 3": nn.Sequential(ResidualBlock(c[1], c[2], 2), ResidualBlock(c[2], c[2])),
        "stage 4": nn.Sequential(ResidualBlock(c[2], c[3], 2), ResidualBlock(c[3], c[3])),
        "head": nn.Sequential(nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(c[3], 1000)),
    })


def shape(t):
    return "x".join(str(n) for n in t.shape[1:])


with torch.device("meta"):
    full = resnet18()
small = resnet18(width=0.25).eval()  # eval(): batch normalisation uses its running statistics
x_full, x_small = torch.empty(1, 3, 224, 224, device="meta"), torch.randn(1, 3, 224, 224)
print(f"{'ResNet-18':<10} {'full output':>12} {'params':>10} {'small output':>13} {'params':>8}")
with torch.no_grad():
    for name in full:
        x_full, x_small = full[name](x_full), small[name](x_small)
        n_big, n_small = (sum(p.numel() for p in m[name].parameters()) for m in (full, small))
        print(f"{name:<10} {shape(x_full):>12} {n_big:>10,} {shape(x_small):>13} {n_small:>8,}")
for name, model in [("full", full), ("small", small)]:
    shortcuts = sum(isinstance(m, ResidualBlock) and not isinstance(m.shortcut, nn.Identity) for m in model.modules())
    print(f"{name:>5}: {sum(p.numel() for p in model.parameters()):,} parameters; "
          f"{shortcuts} of the 8 blocks need a 1x1 projection on the shortcut")
print("small network's scores:", tuple(x_small.shape), " finite:", bool(x_small.isfinite().all()))
