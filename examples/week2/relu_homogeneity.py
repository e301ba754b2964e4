# ReLU's scale equivariance: relu(a x) = a relu(x) for a >= 0, so bias-free ReLU networks are positively homogeneous.
import torch
from torch import nn

torch.manual_seed(0)

# float64, so that "equal" shows as 0.000000 and not as float32 rounding noise.
x = torch.randn(1000, dtype=torch.float64)


def rel_error(a, b):
    """Relative difference |a - b| / |b| (norms), printed with 6 decimals."""
    return ((a - b).norm() / b.norm()).item()


print("relu(a x) against a relu(x), relative difference")
for a in [3.0, 0.5, 0.0, -1.0, -2.0]:
    left, right = torch.relu(a * x), a * torch.relu(x)
    # For a = 0 both sides are 0: compare the absolute difference instead.
    diff = (left - right).norm().item() if a == 0 else rel_error(left, right)
    print(f"  a = {a:+.1f}: {diff:.6f}")

# %%
# Two ReLU networks with the same weights, 4 -> 32 -> 32 -> 2, one without biases.
def make_net(bias):
    torch.manual_seed(1)  # the same weights in both networks
    return nn.Sequential(
        nn.Linear(4, 32, bias=bias), nn.ReLU(), nn.Linear(32, 32, bias=bias), nn.ReLU(), nn.Linear(32, 2, bias=bias)
    ).double()


X = torch.randn(200, 4, dtype=torch.float64)  # 200 inputs
with torch.no_grad():
    for bias in (False, True):
        net = make_net(bias)
        print(f"network {'with' if bias else 'without'} biases: f(a x) against a f(x), relative difference")
        for a in [0.1, 2.0, 10.0, -1.0]:
            print(f"  a = {a:+.1f}: {rel_error(net(a * X), a * net(X)):.6f}")

# %%
# Consequence: scale weights, not only inputs. Multiplying the first layer by c > 0 and the
# second by 1/c leaves a bias-free ReLU network unchanged: its weights are not unique.
net = make_net(False)
with torch.no_grad():
    before = net(X)
    net[0].weight *= 5.0
    net[2].weight /= 5.0
    print(f"layer 1 times 5, layer 2 divided by 5: relative change of f(X) {rel_error(net(X), before):.6f}")
