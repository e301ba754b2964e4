# How the activation function changes the gradient that reaches the first layer of a deep network.
import torch
from torch import nn

torch.manual_seed(0)

depth, width = 10, 64
x = torch.randn(128, width)

# %%
# Each network gets the initialisation suited to its activation (gain 1 for sigmoid/tanh, 2 for ReLU).
for name, activation, gain in [("sigmoid", nn.Sigmoid, 1.0), ("tanh", nn.Tanh, 1.0), ("relu", nn.ReLU, 2.0)]:
    torch.manual_seed(1)  # the same weights for the three networks
    linears = []
    for _ in range(depth):
        linear = nn.Linear(width, width)
        nn.init.normal_(linear.weight, std=(gain / width) ** 0.5)
        nn.init.zeros_(linear.bias)
        linears.append(linear)
    h, pre_activations = x, []
    for linear in linears:
        z = linear(h)
        z.retain_grad()  # keep dL/dz, the gradient that flows backward through this layer
        pre_activations.append(z)
        h = activation()(z)
    h.pow(2).mean().backward()
    first, last = linears[0].weight.grad.norm().item(), linears[-1].weight.grad.norm().item()
    print(f"{name:<8} gradient norm: first layer / last layer = {first / last:.1e}")
    if name == "sigmoid":
        sigmoid_z, sigmoid_linears = pre_activations, linears

# %%
# Backward through layer l+1 -> l, the gradient dL/dz is multiplied by W_{l+1}^T and then by sigmoid'(z_l).
# sigmoid' <= 1/4, and W^T stretches a vector by at most ||W||_2 (its largest singular value), so each
# layer shrinks the gradient by at most 0.25 * ||W||_2: the slopes alone are not a bound.
shrink = sigmoid_z[0].grad.norm().item() / sigmoid_z[-1].grad.norm().item()
norms = [torch.linalg.matrix_norm(linear.weight.detach(), ord=2).item() for linear in sigmoid_linears[1:]]
bound = 0.25 ** 9 * torch.tensor(norms).prod().item()
print(f"sigmoid, dL/dz at layer 1 / layer 10:       {shrink:.1e}")
print(f"slopes alone, 0.25 ** 9:                     {0.25 ** 9:.1e}")
print(f"largest singular value of W_2 ... W_10:      {min(norms):.2f} to {max(norms):.2f}")
print(f"bound with the weights, 0.25 ** 9 * product: {bound:.1e}")
print("measured shrink within the bound:", shrink <= bound)
