# Group norm's group count: G = 1 is layer norm, G = C is instance norm, and G = 32 sits in between.
import torch
from torch import nn

torch.manual_seed(0)

# A batch of 2 feature maps with C = 64 channels of 8 x 8, channels with different offsets and scales.
N, C, H, W = 2, 64, 8, 8
x = torch.randn(N, C, H, W) * (0.5 + 3 * torch.rand(1, C, 1, 1)) + torch.randn(1, C, 1, 1)


def max_diff(a, b):
    return (a - b).abs().max().item()


# At initialisation every layer's learned scale is 1 and shift is 0, so only the normalisation is compared.
# (LayerNorm learns one scale per value of C x H x W, GroupNorm one per channel: they differ after training.)
gn1 = nn.GroupNorm(1, C)(x)
ln = nn.LayerNorm([C, H, W])(x)
gnc = nn.GroupNorm(C, C)(x)
inorm = nn.InstanceNorm2d(C)(x)
gn32 = nn.GroupNorm(32, C)(x)
print(f"GroupNorm(1, {C})  vs LayerNorm([C, H, W]): max |difference| below 1e-4: {max_diff(gn1, ln) < 1e-4}")
print(f"GroupNorm({C}, {C}) vs InstanceNorm2d(C):    max |difference| below 1e-4: {max_diff(gnc, inorm) < 1e-4}")
print(f"GroupNorm(32, {C}) vs LayerNorm:      max |difference| {max_diff(gn32, ln):.2f}")
print(f"GroupNorm(32, {C}) vs InstanceNorm2d: max |difference| {max_diff(gn32, inorm):.2f}")

# %%
# How many values share one (mean, variance) pair, per sample, for C = 64 channels of 8 x 8.
print("\ngroups G  channels per group  values per (mean, variance)")
for groups in [1, 8, 32, C]:
    print(f"{groups:8d}  {C // groups:18d}  {C // groups * H * W:27d}")

# %%
# Group norm treats each sample on its own: the output for sample 0 does not change with the batch.
gn = nn.GroupNorm(32, C)
alone = gn(x[:1])
with_other = gn(x)[:1]
print(f"\nGroupNorm(32, {C}): sample 0 alone vs in a batch of {N}, max |difference| below 1e-4: "
      f"{max_diff(alone, with_other) < 1e-4}")
bn = nn.BatchNorm2d(C)
print(f"BatchNorm2d({C}) in training mode: sample 0 in a batch of {N} vs batch of 3, max |difference| "
      f"{max_diff(bn(x)[:1], bn(torch.cat([x, 2 * x[1:]]))[:1]):.2f}")
