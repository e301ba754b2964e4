# How the activation function changes the gradient that reaches the first layer of a deep network.
import torch
from torch import nn

torch.manual_seed(0)

depth, width = 10, 64
x = torch.randn(128, width)

# Each network gets the initialisation suited to its activation (gain 1 for sigmoid/tanh, 2 for ReLU).
for name, activation, gain in [("sigmoid", nn.Sigmoid, 1.0), ("tanh", nn.Tanh, 1.0), ("relu", nn.ReLU, 2.0)]:
    torch.manual_seed(1)  # the same weights for the three networks
    layers = []
    for _ in range(depth):
        linear = nn.Linear(width, width)
        nn.init.normal_(linear.weight, std=(gain / width) ** 0.5)
        nn.init.zeros_(linear.bias)
        layers += [linear, activation()]
    model = nn.Sequential(*layers)
    model(x).pow(2).mean().backward()
    first = model[0].weight.grad.norm().item()
    last = model[-2].weight.grad.norm().item()
    print(f"{name:<8} gradient norm: first layer / last layer = {first / last:.1e}")

# A sigmoid never has a slope above 1/4: through 10 sigmoids the factor is at most
print(f"0.25 ** 10 = {0.25 ** 10:.1e}")
