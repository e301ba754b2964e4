# Sparse representations: an L1 penalty on the hidden activations of an autoencoder makes each example use few units.
import torch
from torch import nn

torch.manual_seed(0)

# 10-dimensional data that really lives in 3 dimensions.
x = torch.randn(256, 3) @ torch.randn(3, 10)


def unit_columns(decoder):
    """Rescale each column of the decoder's weight (what one hidden unit writes) to norm 1, as in sparse coding.
    Without this the penalty can be dodged: halve h and double the decoder's weights, same output, half the penalty."""
    with torch.no_grad():
        decoder.weight /= decoder.weight.norm(dim=0, keepdim=True)


print("   lambda   reconstruction MSE   dead units   active units per example")
for lam in [0.0, 0.01, 0.1]:
    torch.manual_seed(1)  # the same starting network for each lambda
    encoder, decoder = nn.Linear(10, 32), nn.Linear(32, 10)
    unit_columns(decoder)
    optimiser = torch.optim.Adam([*encoder.parameters(), *decoder.parameters()], lr=0.01)
    for step in range(300):
        h = torch.relu(encoder(x))  # hidden representation, 32 numbers per example
        mse = ((decoder(h) - x) ** 2).mean()
        loss = mse + lam * h.abs().sum(dim=1).mean()  # L1 penalty on the activations, not on the weights
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
        unit_columns(decoder)  # after every step
    with torch.no_grad():
        h = torch.relu(encoder(x))
        mse = ((decoder(h) - x) ** 2).mean()
    active = h > 0  # (256 examples, 32 units)
    dead = (~active.any(dim=0)).sum()  # units that are 0 for every example: unused, not sparse
    per_example = active.sum(dim=1).float().mean()  # how many units describe one example, on average
    print(f"   {lam:<6}   {mse.item():18.1e}   {dead:5d} of 32   {per_example:24.1f}")
