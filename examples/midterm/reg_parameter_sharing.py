# Parameter sharing: a layer used twice, tied encoder/decoder weights, and convolution as shared weights.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

# 1. The same Linear layer applied twice: half the parameters of two separate layers.
shared = nn.Linear(4, 4)
x = torch.randn(3, 4)
out = shared(torch.relu(shared(x)))
count = sum(p.numel() for p in shared.parameters())
print(f"1. layer used twice: {count} parameters (two separate layers: {2 * count})")

# %%
# Its gradient is the sum of the gradients of the two uses: compare with two untied copies.
out.sum().backward()
first, second = nn.Linear(4, 4), nn.Linear(4, 4)
first.load_state_dict(shared.state_dict())
second.load_state_dict(shared.state_dict())
second(torch.relu(first(x))).sum().backward()
print("   shared gradient = gradient of use 1 + gradient of use 2:",
      torch.allclose(shared.weight.grad, first.weight.grad + second.weight.grad, atol=1e-6))

# %%
# 2. Tied autoencoder: the decoder uses the transpose of the encoder's weight matrix.
W = torch.randn(3, 8, requires_grad=True)  # encoder 8 -> 3
z = torch.relu(torch.randn(5, 8) @ W.T)  # 5 inputs of size 8 -> 5 codes of size 3
reconstruction = z @ W  # decoder 3 -> 8, with the same W
print(f"2. tied autoencoder 8-3-8: {W.numel()} weights instead of {2 * W.numel()};",
      f"codes {tuple(z.shape)}, reconstructions {tuple(reconstruction.shape)}")

# %%
# 3. A 1D convolution is a dense layer whose matrix repeats the same 3 weights along its diagonals.
conv = nn.Conv1d(1, 1, kernel_size=3, bias=False)
signal = torch.randn(1, 1, 10)
k = conv.weight.view(3)
matrix = torch.zeros(8, 10)
for i in range(8):
    matrix[i, i : i + 3] = k  # row i sees inputs i, i+1, i+2
print(f"3. conv kernel 3 on length 10: {conv.weight.numel()} weights; the same map as a dense layer: {matrix.numel()} entries")
print("   conv output = banded matrix @ input:", torch.allclose(conv(signal).view(8), matrix @ signal.view(10), atol=1e-6))
print("   matrix rows 0 and 1:", [round(v, 2) for v in matrix[0, :5].tolist()], [round(v, 2) for v in matrix[1, :5].tolist()])
