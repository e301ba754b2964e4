# Batch norm's noise: one example's output changes with its batch-mates in training mode, not in evaluation mode.
import torch
from torch import nn

torch.manual_seed(0)

# A data set of 10000 examples with 4 features, and one example x0 whose output we follow.
data = torch.randn(10000, 4) * torch.tensor([1.0, 2.0, 0.5, 3.0]) + torch.tensor([0.0, 5.0, -1.0, 2.0])
x0 = data[0]
z0 = (x0 - data.mean(0)) / data.std(0)  # x0 standardised with the statistics of the whole data set
print("x0 standardised with the data-set statistics:", " ".join(f"{v:.2f}" for v in z0.tolist()))

bn = nn.BatchNorm1d(4)  # a fresh layer: scale 1, shift 0, so its output is just the normalised input
draws = 500  # random batches per batch size


def outputs_of_x0(batch_size):
    """BatchNorm output for x0 in `draws` batches, each x0 plus batch_size - 1 random other examples."""
    outs = []
    for _ in range(draws):
        mates = data[torch.randint(1, len(data), (batch_size - 1,))]
        outs.append(bn(torch.cat([x0[None], mates]))[0])
    return torch.stack(outs)  # (draws, 4)


# %%
# Training mode: the mean and variance come from the batch, so x0's output depends on its batch-mates.
print("\ntraining mode: spread (std over batches) of x0's output, mean over the 4 features")
print(f"{'batch size':>10} {'std':>7} {'std * sqrt(B)':>14} {'first-order prediction':>23}")
with torch.no_grad():
    for batch_size in [4, 16, 64]:
        spread = outputs_of_x0(batch_size).std(0)
        # Batch mean off by about sigma/sqrt(B), batch std by about sigma/sqrt(2B): var of output ~ (1 + z^2/2)/B.
        predicted = ((1 + z0**2 / 2) / batch_size).sqrt()
        print(f"{batch_size:10d} {spread.mean().item():7.3f} {spread.mean().item() * batch_size**0.5:14.2f}"
              f" {predicted.mean().item():23.3f}")

# %%
# Evaluation mode: the layer uses its running statistics, the same for every batch.
bn.eval()
with torch.no_grad():
    spread = outputs_of_x0(16).std(0)
print(f"\nevaluation mode, batch size 16: std over batches {spread.mean().item():.3f}")
