# Batch, layer, instance and group normalisation by hand, checked against torch.nn; then BatchNorm train vs eval.
import torch
from torch import nn

torch.manual_seed(0)

# A small batch of feature maps: N=4 samples, C=6 channels, 3x3 pixels; each channel has its own offset and scale.
N, C, H, W = 4, 6, 3, 3
x = torch.randn(N, C, H, W) * torch.arange(1, C + 1).view(1, C, 1, 1) + 2 * torch.arange(C).view(1, C, 1, 1)
eps = 1e-5


def normalise(x, dims):
    """(x - mean) / sqrt(var + eps), statistics over the given axes, biased variance (divide by the count)."""
    mean = x.mean(dim=dims, keepdim=True)
    var = x.var(dim=dims, keepdim=True, correction=0)
    return (x - mean) / torch.sqrt(var + eps)


bn = normalise(x, (0, 2, 3))  # batch norm: one mean/var per channel, over N, H, W
ln = normalise(x, (1, 2, 3))  # layer norm: one mean/var per sample, over C, H, W
inorm = normalise(x, (2, 3))  # instance norm: one mean/var per sample and channel, over H, W
groups = 3  # group norm: split the 6 channels into 3 groups of 2, one mean/var per sample and group
gn = normalise(x.view(N, groups, C // groups, H, W), (2, 3, 4)).view(N, C, H, W)

# %%
# The torch.nn layers (weight 1 and bias 0 at initialisation, so they only normalise).
print("input shape (N, C, H, W):", tuple(x.shape))
print("BatchNorm2d    (stats over N,H,W):", torch.allclose(bn, nn.BatchNorm2d(C, eps=eps)(x), atol=1e-5))
print("LayerNorm      (stats over C,H,W):", torch.allclose(ln, nn.LayerNorm([C, H, W], eps=eps)(x), atol=1e-5))
print("InstanceNorm2d (stats over H,W)  :", torch.allclose(inorm, nn.InstanceNorm2d(C, eps=eps)(x), atol=1e-5))
print("GroupNorm, 3 groups (over C/3,H,W):", torch.allclose(gn, nn.GroupNorm(groups, C, eps=eps)(x), atol=1e-5))
print("number of (mean, var) pairs: BN", C, " LN", N, " IN", N * C, " GN", N * groups)

# %%
# BatchNorm in training mode: normalise with the batch statistics and update the running estimates.
layer = nn.BatchNorm2d(C)  # momentum=0.1, running_mean starts at 0 and running_var at 1
y_train = layer(x)  # training mode is the default
count = N * H * W  # values per channel
batch_mean = x.mean(dim=(0, 2, 3))
batch_var_unbiased = x.var(dim=(0, 2, 3), correction=1)  # divide by count - 1 for the running estimate
expected_mean = 0.9 * torch.zeros(C) + 0.1 * batch_mean
expected_var = 0.9 * torch.ones(C) + 0.1 * batch_var_unbiased
print("running_mean = 0.9 * 0 + 0.1 * batch mean:", torch.allclose(layer.running_mean, expected_mean, atol=1e-5))
print("running_var  = 0.9 * 1 + 0.1 * unbiased batch var:", torch.allclose(layer.running_var, expected_var, atol=1e-5))
print("batch means     :", " ".join(f"{v:6.2f}" for v in batch_mean.tolist()))
print("running_mean now:", " ".join(f"{v:6.2f}" for v in layer.running_mean.tolist()))

# %%
# Evaluation mode: the same input is normalised with the running statistics instead.
layer.eval()
y_eval = layer(x)
by_hand = (x - layer.running_mean.view(1, C, 1, 1)) / torch.sqrt(layer.running_var.view(1, C, 1, 1) + eps)
print("eval output uses running stats:", torch.allclose(y_eval, by_hand, atol=1e-5))
print(f"after 1 update:   max |train output - eval output| = {(y_train - y_eval).abs().max().item():.4f}")

# %%
# Many training-mode passes on the same batch: the running estimates converge to the batch statistics.
layer.train()
for _ in range(200):
    layer(x)
layer.eval()
y_eval = layer(x)
print(f"after 201 updates: max |train output - eval output| = {(y_train - y_eval).abs().max().item():.4f}")
ratio = ((count - 1) / count) ** 0.5  # biased std / unbiased std
print(f"eval output = train output * sqrt((n-1)/n) = {ratio:.4f} (n = {count}):",
      torch.allclose(y_eval, y_train * ratio, atol=1e-4))
