# Initialisation as an optimisation strategy: the spread of the activations through 20 ReLU layers.
import torch

torch.manual_seed(0)

width, depth = 256, 20
x = torch.randn(512, width)  # normalised inputs: mean 0, standard deviation 1

for name, std in [("N(0, 0.01^2)", 0.01), ("N(0, 1)", 1.0), ("Kaiming N(0, 2/n)", (2 / width) ** 0.5)]:
    torch.manual_seed(1)  # the same random matrices for the three scales
    h = x
    stds = []
    for layer in range(depth):
        weight = torch.randn(width, width) * std
        h = torch.relu(h @ weight.T)
        stds.append(h.std().item())
    print(f"{name:<18} activation std after layers 1, 5, 20: {stds[0]:.2e} {stds[4]:.2e} {stds[19]:.2e}")
