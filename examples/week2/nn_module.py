# The same two-layer network written as an nn.Module subclass and as nn.Sequential.
import torch
from torch import nn

torch.manual_seed(0)


class TwoLayerNet(nn.Module):
    def __init__(self, n_in, n_hidden, n_out):
        super().__init__()  # always first: sets up parameter registration
        self.hidden = nn.Linear(n_in, n_hidden)  # layers stored as attributes are registered
        self.output = nn.Linear(n_hidden, n_out)

    def forward(self, x):
        # Called by net(x): describe how the input flows through the layers.
        h = torch.relu(self.hidden(x))
        return self.output(h)


net = TwoLayerNet(4, 8, 3)
seq = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))

# %%
# Both start from different random weights: copy net's weights into seq.
with torch.no_grad():
    seq[0].weight.copy_(net.hidden.weight)
    seq[0].bias.copy_(net.hidden.bias)
    seq[2].weight.copy_(net.output.weight)
    seq[2].bias.copy_(net.output.bias)

print(net)
print(seq)

x = torch.randn(5, 4)  # a batch of 5 inputs with 4 features each
print("output shape:", tuple(net(x).shape))
print("same output:", torch.allclose(net(x), seq(x)))

# %%
# Parameter count: a Linear(n_in, n_out) layer has n_in*n_out weights + n_out biases.
for name, p in net.named_parameters():
    print(f"  {name:14s} {str(tuple(p.shape)):8s} {p.numel():3d}")
by_formula = (4 * 8 + 8) + (8 * 3 + 3)
by_code = sum(p.numel() for p in net.parameters())
print(f"parameters: by formula {by_formula}, by code {by_code}")
