# Jacobian matrices of layers, how they chain, and backprop as row vector times Jacobians.
import torch
from torch.autograd.functional import jacobian

torch.manual_seed(0)

n, k, m = 3, 4, 2  # input size, hidden size, output size
x = torch.randn(n)
W1 = torch.randn(k, n)
W2 = torch.randn(m, k)

# %%
# 1. A linear layer y = W1 x: its Jacobian dy/dx is W1 itself, shape (output, input).
J1 = jacobian(lambda v: W1 @ v, x)
print("Jacobian of y = W1 x, shape:", tuple(J1.shape), " equals W1:", torch.allclose(J1, W1))

# 2. Two linear layers y = W2 (W1 x): the Jacobians multiply, (m x k)(k x n) -> (m x n).
J12 = jacobian(lambda v: W2 @ (W1 @ v), x)
same = torch.allclose(J12, W2 @ W1, atol=1e-6)
print("Jacobian of W2 W1 x, shape:", tuple(J12.shape), " equals W2 @ W1:", same)

# %%
# 3. Put a tanh in between: f(x) = W2 tanh(W1 x).  tanh acts element-wise, so its
#    Jacobian is diagonal: diag(1 - h^2).
h = torch.tanh(W1 @ x)
J_tanh = torch.diag(1 - h**2)  # (k x k)
J_chain = W2 @ J_tanh @ W1  # (m x k)(k x k)(k x n) -> (m x n)
J_auto = jacobian(lambda v: W2 @ torch.tanh(W1 @ v), x)
same = torch.allclose(J_chain, J_auto, atol=1e-6)
print("Jacobian of W2 tanh(W1 x), shape:", tuple(J_auto.shape), " product of 3 Jacobians:", same)

# %%
# 4. Backprop: a scalar loss L = sum(y^2)/2 gives the row vector g = dL/dy = y^T (1 x m).
#    Multiply it by the Jacobians from the output back to the input; never build J_chain.
y = W2 @ h
g = y.unsqueeze(0)  # (1 x m)
g = g @ W2  # (1 x m)(m x k) -> (1 x k) : dL/dh
print("dL/dh shape:", tuple(g.shape))
g = g * (1 - h**2)  # row times diag(1 - h^2): an element-wise product -> (1 x k)
g = g @ W1  # (1 x k)(k x n) -> (1 x n) : dL/dx
print("dL/dx shape:", tuple(g.shape))
same = torch.allclose(g, y.unsqueeze(0) @ J_chain, atol=1e-6)
print("same as (dL/dy) times the full Jacobian:", same)

x_auto = x.clone().requires_grad_()
L = 0.5 * (W2 @ torch.tanh(W1 @ x_auto)).pow(2).sum()
L.backward()
print("dL/dx by hand:    ", "  ".join(f"{v:+.4f}" for v in g.squeeze(0)))
print("dL/dx by autograd:", "  ".join(f"{v:+.4f}" for v in x_auto.grad))
