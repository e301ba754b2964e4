# Gradient size reaching each layer of a 20-layer stack: sigmoid versus ReLU.
import torch
from torch import nn

torch.manual_seed(0)

depth, width = 20, 64
x = torch.randn(128, width)  # a batch of random inputs


def first_and_last_grad(activation):
    torch.manual_seed(1)  # the same weights for both activations
    layers = []
    for _ in range(depth):
        linear = nn.Linear(width, width)
        nn.init.normal_(linear.weight, std=(2 / width) ** 0.5)  # He init, see "Weight initialisation"
        nn.init.zeros_(linear.bias)
        layers += [linear, activation()]
    net = nn.Sequential(*layers)
    net(x).pow(2).mean().backward()
    norms = [m.weight.grad.norm().item() for m in net if isinstance(m, nn.Linear)]
    return norms


for name, act in [("sigmoid", nn.Sigmoid), ("ReLU", nn.ReLU)]:
    norms = first_and_last_grad(act)
    print(f"{name}: gradient norm of the weights, layer 1 to layer {depth}")
    print("  layers 1, 5, 10, 15, 20:", "  ".join(f"{norms[i]:.1e}" for i in (0, 4, 9, 14, 19)))
    print(f"  first / last = {norms[0] / norms[-1]:.1e}")
