# Sparse representations: an L1 penalty on the hidden activations of an autoencoder drives many of them to 0.
import torch
from torch import nn

torch.manual_seed(0)

# 10-dimensional data that really lives in 3 dimensions.
x = torch.randn(256, 3) @ torch.randn(3, 10)

print("   lambda   reconstruction MSE   zero activations   mean |h|")
for lam in [0.0, 0.01, 0.1]:
    torch.manual_seed(1)  # the same starting network for each lambda
    encoder, decoder = nn.Linear(10, 32), nn.Linear(32, 10)
    optimiser = torch.optim.Adam([*encoder.parameters(), *decoder.parameters()], lr=0.01)
    for step in range(300):
        h = torch.relu(encoder(x))  # hidden representation, 32 numbers per example
        mse = ((decoder(h) - x) ** 2).mean()
        loss = mse + lam * h.abs().sum(dim=1).mean()  # L1 penalty on the activations, not on the weights
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    h = torch.relu(encoder(x))
    zeros = (h == 0).float().mean()
    print(f"   {lam:<6}   {mse.item():18.4f}   {zeros:16.2f}   {h.abs().mean():8.4f}")
