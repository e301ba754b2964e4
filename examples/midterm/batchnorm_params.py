# Exercise: the learnable parameters and the running buffers of nn.BatchNorm1d(16).
import torch
from torch import nn

torch.manual_seed(0)

bn = nn.BatchNorm1d(16)
for name, p in bn.named_parameters():
    print(f"parameter {name:<20} shape {tuple(p.shape)}   learned by the optimiser")
for name, b in bn.named_buffers():
    print(f"buffer    {name:<20} shape {tuple(b.shape)}   updated in training mode, not learned")
print("learnable parameters:", sum(p.numel() for p in bn.parameters()))

# %%
# Training mode: normalise with the statistics of the batch, then update the running averages.
x = 3 + 2 * torch.randn(64, 16)  # 64 examples, 16 features, mean about 3, std about 2
y = bn(x)
mean_zero = torch.allclose(y.mean(dim=0), torch.zeros(16), atol=1e-5)
std_one = torch.allclose(y.std(dim=0, correction=0), torch.ones(16), atol=1e-3)
print(f"train mode: every feature has mean 0: {mean_zero}, std 1: {std_one}")
print(f"running_mean[0] = 0.9 * 0 + 0.1 * {x[:, 0].mean():.4f} = {bn.running_mean[0]:.4f}")

# %%
# Evaluation mode: use the running averages, so each example's output no longer depends on the batch.
bn.eval()
one = bn(x[:1])
print("eval mode, one example alone, same as formula:",
      torch.allclose(one, (x[:1] - bn.running_mean) / torch.sqrt(bn.running_var + bn.eps)))
