# A fully connected network 784-128-64-10: the shape after each layer, and its parameter count.
import torch
from torch import nn

torch.manual_seed(0)

sizes = [784, 128, 64, 10]  # input, two hidden layers, 10 class scores
model = nn.Sequential(
    nn.Linear(784, 128),
    nn.ReLU(),
    nn.Linear(128, 64),
    nn.ReLU(),
    nn.Linear(64, 10),
)

x = torch.randn(32, 784)  # a mini-batch of 32 flattened 28x28 images
print(f"input         {tuple(x.shape)}")
h = x
for layer in model:
    h = layer(h)
    name = layer.__class__.__name__
    extra = f"   weight {tuple(layer.weight.shape)}" if isinstance(layer, nn.Linear) else ""
    print(f"{name:<7} ->   {tuple(h.shape)}{extra}")

# %%
# By hand: Linear(n_in, n_out) has n_in * n_out weights and n_out biases.
total = 0
for n_in, n_out in zip(sizes[:-1], sizes[1:]):
    count = n_in * n_out + n_out
    total += count
    print(f"Linear({n_in}, {n_out}): {n_in}*{n_out} + {n_out} = {count}")
print(f"parameters by hand: {total}")
print(f"parameters by code: {sum(p.numel() for p in model.parameters())}")
