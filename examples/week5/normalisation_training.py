# Why normalisation helps: the same small MLP trained with and without BatchNorm on badly scaled inputs.
import torch
from torch import nn

torch.manual_seed(0)

# Two classes in an XOR pattern (label 1 when z1 and z2 have the same sign), then badly scaled:
# large offsets and very different scales, as raw measurements often are.
n = 256
z = torch.randn(n, 4)
labels = (z[:, 0] * z[:, 1] > 0).long()
x = z * torch.tensor([50.0, 50.0, 1.0, 1.0]) + 100.0


def make_mlp(batch_norm):
    layers, width = [], 4
    for hidden in [16, 16]:
        layers.append(nn.Linear(width, hidden))
        if batch_norm:
            layers.append(nn.BatchNorm1d(hidden))  # normalise each hidden unit over the batch
        layers.append(nn.ReLU())
        width = hidden
    layers.append(nn.Linear(width, 2))
    return nn.Sequential(*layers)


# %%
# At initialisation the first layer's outputs are far from the O(1) range the rest of the network expects.
torch.manual_seed(1)
first = make_mlp(False)[0]
print(f"inputs: mean {x.mean().item():.1f}, std {x.std().item():.1f}")
print(f"first-layer pre-activations at initialisation: std {first(x).std().item():.1f}")

print(f"{'lr':>5} {'BatchNorm':>9} {'final loss':>10} {'training accuracy':>17} {'dead units (layer 1)':>20}")
for lr in [0.01, 0.1]:
    for batch_norm in [False, True]:
        torch.manual_seed(1)  # the same initial weights for every run
        model = make_mlp(batch_norm)
        opt = torch.optim.SGD(model.parameters(), lr=lr)
        for step in range(100):  # full-batch steps
            loss = nn.functional.cross_entropy(model(x), labels)
            opt.zero_grad()
            loss.backward()
            opt.step()
        model.eval()  # BatchNorm now uses its running statistics
        with torch.no_grad():
            logits = model(x)
            loss = nn.functional.cross_entropy(logits, labels).item()
            accuracy = (logits.argmax(1) == labels).float().mean().item()  # on the training data
            hidden = model[: 3 if batch_norm else 2](x)  # output of the first ReLU
            dead = (hidden.amax(0) == 0).sum().item()  # units that are zero for every sample
        print(f"{lr:5.2f} {str(batch_norm):>9} {loss:10.4f} {accuracy:17.3f} {dead:>17d}/16")
