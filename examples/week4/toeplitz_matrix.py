# A 1-D convolution is a matrix product: the matrix is a Toeplitz matrix (constant along
# each diagonal) built from the kernel. Padding and stride change which rows and columns it has.
import torch
import torch.nn.functional as F

torch.manual_seed(0)


def conv_matrix(w, n, stride=1, padding=0):
    """The matrix A such that A @ x equals F.conv1d(x, w, stride=stride, padding=padding)."""
    k = len(w)
    n_padded = n + 2 * padding
    n_out = (n_padded - k) // stride + 1
    A = torch.zeros(n_out, n_padded, dtype=w.dtype)
    for i in range(n_out):  # output i reads the window that starts at input i * stride
        A[i, i * stride : i * stride + k] = w
    return A[:, padding : padding + n]  # padded inputs are zeros: their columns can go


def conv(x, w, stride=1, padding=0):  # conv1d wants (batch, channels, length) tensors
    return F.conv1d(x.view(1, 1, -1), w.view(1, 1, -1), stride=stride, padding=padding).view(-1)


w = torch.tensor([1.0, 3.0, -2.0])  # kernel of size k = 3 (not symmetric, on purpose)
n = 8
x = torch.randn(n)  # a random signal of length 8

A = conv_matrix(w, n, padding=1)
print(f"stride 1, padding 1: A is {tuple(A.shape)}")
for row in A.int().tolist():
    print("  " + " ".join(f"{v:2d}" for v in row))

# %%
# Toeplitz: every entry depends only on the diagonal j - i it sits on.
toeplitz = all(A[i, j] == A[i + 1, j + 1] for i in range(A.shape[0] - 1) for j in range(n - 1))
print("constant along every diagonal (Toeplitz):", toeplitz)

# The same check for several settings: the matrix product against conv1d.
print(f"{'stride':>6} {'padding':>7} {'A shape':>8} {'A @ x == conv1d':>16}")
for stride, padding in [(1, 0), (1, 1), (2, 0), (2, 1), (3, 2)]:
    A_sp = conv_matrix(w, n, stride, padding)
    same = torch.allclose(A_sp @ x, conv(x, w, stride, padding), atol=1e-6)
    print(f"{stride:6d} {padding:7d} {str(tuple(A_sp.shape)):>8} {str(same):>16}")

# %%
# A stride of 2 keeps every second row of the stride-1 matrix: it computes less, not differently.
print("stride 2 == every 2nd row of stride 1:", torch.equal(conv_matrix(w, n, 2, 1), A[::2]))

# Storage: the dense matrix has n_out * n entries; the convolution keeps only k of them.
print(f"entries of A: {A.numel()}, nonzero: {int((A != 0).sum())}, free parameters of the conv: {len(w)}")

# The transpose of A is also a convolution: conv_transpose1d. Autograd uses it for the gradient.
g = torch.randn(A.shape[0])  # some gradient arriving at the output
x_req = x.clone().requires_grad_(True)
(conv(x_req, w, padding=1) * g).sum().backward()  # d/dx of g . conv(x) is A^T g
by_transpose = F.conv_transpose1d(g.view(1, 1, -1), w.view(1, 1, -1), padding=1).view(-1)
print("A^T g == conv_transpose1d(g):", torch.allclose(A.T @ g, by_transpose, atol=1e-6),
      "  == x.grad:", torch.allclose(A.T @ g, x_req.grad, atol=1e-6))

# %%
# Circular padding wraps the signal around: the matrix becomes circulant, and a circulant
# matrix is diagonalised by the Fourier transform (the convolution theorem).
C = torch.zeros(n, n)
for i in range(n):  # output i reads inputs i - 1, i, i + 1, wrapping around the ends
    for j in range(3):
        C[i, (i - 1 + j) % n] = w[j]
circular = F.conv1d(F.pad(x.view(1, 1, n), (1, 1), mode="circular"), w.view(1, 1, 3)).view(n)
print("circulant C @ x == conv1d with circular padding:", torch.allclose(C @ x, circular, atol=1e-6))
# In the Fourier domain the product becomes elementwise. conv1d does not flip the kernel,
# hence the complex conjugate (row 0 of C is the kernel, wrapped around).
by_fft = torch.fft.ifft(torch.fft.fft(C[0]).conj() * torch.fft.fft(x)).real
print("C @ x == IFFT(conj(FFT(C[0])) * FFT(x)):", torch.allclose(by_fft, C @ x, atol=1e-5))

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    panels = [(conv_matrix(w, n), r"$s = 1,\ p = 0$"), (A, r"$s = 1,\ p = 1$"),
              (conv_matrix(w, n, 2, 1), r"$s = 2,\ p = 1$"), (C, r"$C$")]
    fig, axes = plt.subplots(1, 4, figsize=(9, 2.9))
    for ax, (M, title) in zip(axes, panels):
        ax.imshow(M.numpy(), cmap="bwr", vmin=-4, vmax=4)  # blue negative, red positive, white zero
        for (i, j), v in zip(torch.cartesian_prod(torch.arange(M.shape[0]), torch.arange(M.shape[1])).tolist(),
                             M.flatten().int().tolist()):
            if v:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=8)
        ax.set_title(title)
        ax.set_xticks([])
        ax.set_yticks([])
    fig.tight_layout()
    fig.savefig("toeplitz_matrix.svg")
