# Solution: three stacked 3x3 convolutions versus one 7x7 convolution (the VGG argument).
import torch
import torch.nn as nn

torch.manual_seed(0)

C = 256  # channels in and out of every layer
stack = nn.Sequential(*[nn.Conv2d(C, C, 3, padding=1, bias=False) for _ in range(3)])
single = nn.Conv2d(C, C, 7, padding=3, bias=False)
p_stack = sum(p.numel() for p in stack.parameters())
p_single = sum(p.numel() for p in single.parameters())
print(f"(a) three 3x3 layers: 3 x 9 x C^2 = {p_stack:,} weights")
print(f"    one 7x7 layer:        49 x C^2 = {p_single:,} weights  (ratio {p_stack / p_single:.2f})")
# Same ratio for multiplications: both keep the spatial size, so each weight is used H x W times.
m_stack, m_single = 56 * 56 * p_stack, 56 * 56 * p_single
print(f"(b) multiplications on a 56x56 map: {m_stack / 1e9:.2f} G versus {m_single / 1e9:.2f} G")

# %%
# (c) Receptive field: which input pixels can change the centre output pixel?
# Use 1 channel and all-ones weights so that no gradient is zero by accident.
small = nn.Sequential(*[nn.Conv2d(1, 1, 3, padding=1, bias=False) for _ in range(3)])
for conv in small:
    nn.init.ones_(conv.weight)
x = torch.zeros(1, 1, 15, 15, requires_grad=True)
small(x)[0, 0, 7, 7].backward()  # gradient of the centre output with respect to every input pixel
seen = x.grad[0, 0] != 0
rows, cols = seen.any(dim=1).sum().item(), seen.any(dim=0).sum().item()
print(f"(c) receptive field of three 3x3 layers: {rows}x{cols} input pixels")
