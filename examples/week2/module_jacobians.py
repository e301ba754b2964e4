# The two Jacobians of a module, with respect to its input and to its weights, and how backprop uses each.
import torch
from torch.autograd.functional import jacobian

torch.manual_seed(0)


def row(values):
    return "  ".join(f"{v + 0.0:+.3f}" for v in values)  # + 0.0 turns -0.0 into 0.0


def show(name, M):
    print(name)
    for r in M:
        print("  " + row(r))


def side_by_side(name, A, B):
    print(name)
    for a, b in zip(A, B):
        print("  " + row(a) + "   |   " + row(b))


# A linear module y = W x + b with 3 inputs and 2 outputs.
x = torch.randn(3)
W = torch.randn(2, 3)
b = torch.randn(2)

# Jacobian with respect to the input: dy_i/dx_j = W_ij, so it is W itself, shape (2, 3).
J_x = jacobian(lambda v: W @ v + b, x)
show("dy/dx, shape (2, 3):", J_x)
print(f"max |dy/dx - W| = {(J_x - W).abs().max():.1e}")

# %%
# Jacobian with respect to the weights: dy_i/dW_jk = x_k if i = j, else 0. Flatten W row
# by row into 6 numbers: each output sees x in its own block, the Kronecker product I (x) x^T.
J_W = jacobian(lambda M: M @ x + b, W).reshape(2, 6)
show("dy/dW (W flattened row by row), shape (2, 6):", J_W)
closed_form = torch.kron(torch.eye(2), x.unsqueeze(0))
print(f"max |dy/dW - kron(I, x^T)| = {(J_W - closed_form).abs().max():.1e}")

# An element-wise nonlinearity h = tanh(s) has an input Jacobian only (no weights), and it is diagonal.
s = torch.randn(4)
J_tanh = jacobian(torch.tanh, s)
off_diagonal = (J_tanh - torch.diag(torch.diagonal(J_tanh))).abs().max()
print("dh/ds diagonal:     ", "  ".join(f"{v:.3f}" for v in torch.diagonal(J_tanh)))
print("1 - tanh(s)^2:      ", "  ".join(f"{v:.3f}" for v in 1 - torch.tanh(s) ** 2))
print(f"largest entry off the diagonal: {off_diagonal:.1e}")

# %%
# Backprop through x -> Linear(W1) -> tanh -> Linear(W2) -> L = 1/2 |y_bar - y|^2, with the Jacobians
# as matrices. A row gradient g = dL/d(output) goes down through each module's INPUT Jacobian
# (g J_x), and each module turns it into its weight gradient with its WEIGHT Jacobian (g J_W).
W1 = torch.randn(4, 3, requires_grad=True)
W2 = torch.randn(2, 4, requires_grad=True)
target = torch.randn(2)
h = torch.tanh(W1 @ x)
y_bar = W2 @ h
L = 0.5 * ((y_bar - target) ** 2).sum()
L.backward()

with torch.no_grad():
    g = (y_bar - target).unsqueeze(0)  # dL/dy_bar, a row (1, 2)
    dW2 = g @ jacobian(lambda M: M @ h, W2.detach()).reshape(2, 8)  # (1, 2)(2, 8): weight Jacobian of layer 2
    g = g @ jacobian(lambda v: W2 @ v, h.detach())  # (1, 2)(2, 4): input Jacobian of layer 2 -> dL/dh
    g = g @ jacobian(torch.tanh, W1 @ x)  # (1, 4)(4, 4): input Jacobian of tanh -> dL/ds
    dW1 = g @ jacobian(lambda M: M @ x, W1.detach()).reshape(4, 12)  # (1, 4)(4, 12): weight Jacobian of layer 1
side_by_side("dL/dW1: from the Jacobians (reshaped to 4 x 3)   |   from autograd", dW1.reshape(4, 3), W1.grad)
side_by_side("dL/dW2: from the Jacobians (reshaped to 2 x 4)   |   from autograd", dW2.reshape(2, 4), W2.grad)

# %%
# Why autograd never builds the weight Jacobian: g J_W is simply the outer product g^T x^T.
print("Linear(n -> n):")
print(f"{'n':>6} {'entries of dy/dW':>17} {'non-zero':>11} {'entries of dL/dW':>17}")
for n in (3, 100, 1000):
    print(f"{n:6d} {n * n * n:17,d} {n * n:11,d} {n * n:17,d}")
