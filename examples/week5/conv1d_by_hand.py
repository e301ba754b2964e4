# A 1-D convolution is a matrix multiplication with a banded matrix:
# stack copies of the kernel, each shifted one step to the right.
import torch
import torch.nn.functional as F

torch.manual_seed(0)

x = torch.tensor([1.0, 2.0, 0.0, -1.0, 3.0, 1.0, 2.0])  # signal, length n = 7
w = torch.tensor([1.0, 2.0, -1.0])  # kernel, length k = 3 (not symmetric on purpose)
n, k = len(x), len(w)
n_out = n - k + 1  # no padding, stride 1

# %%
# Row i holds the kernel starting at column i: "stacking and shifting".
A = torch.zeros(n_out, n)
for i in range(n_out):
    A[i, i : i + k] = w

print(f"banded matrix A ({n_out} x {n}):")
for row in A.int().tolist():
    print("  " + " ".join(f"{v:2d}" for v in row))

by_matrix = A @ x
# conv1d wants (batch, channels, length) for the input and
# (out_channels, in_channels, k) for the weight.
by_torch = F.conv1d(x.view(1, 1, n), w.view(1, 1, k)).view(n_out)
print("A @ x        :", by_matrix.int().tolist())
print("F.conv1d(x,w):", by_torch.int().tolist())
print("equal:", torch.equal(by_matrix, by_torch))

# %%
# Output i is the dot product of w with the window x[i : i+k]:
# y_i = sum_j w_j x_{i+j}. The kernel is NOT flipped (cross-correlation).
print("y_0 = 1*1 + 2*2 + (-1)*0 =", int(w @ x[0:3]))

# The textbook convolution flips the kernel first; that gives another answer.
flipped = F.conv1d(x.view(1, 1, n), w.flip(0).view(1, 1, k)).view(n_out)
print("with flipped kernel:", flipped.int().tolist())
