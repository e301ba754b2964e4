# Backpropagation by hand through linear -> tanh -> linear, checked against autograd.
import torch

torch.manual_seed(0)

# One training pair: input x (3 numbers) and target y (2 numbers), as column vectors.
x = torch.randn(3, 1)
y = torch.randn(2, 1)

# Parameters: W1 (4x3), b1 (4x1), W2 (2x4), b2 (2x1).
W1 = torch.randn(4, 3, requires_grad=True)
b1 = torch.randn(4, 1, requires_grad=True)
W2 = torch.randn(2, 4, requires_grad=True)
b2 = torch.randn(2, 1, requires_grad=True)

# %%
# Forward pass, keeping every intermediate value.
s1 = W1 @ x + b1  # pre-activation of the hidden layer
h = torch.tanh(s1)  # hidden activation
y_bar = W2 @ h + b2  # output
L = 0.5 * ((y_bar - y) ** 2).sum()  # loss: half the squared error
print(f"loss L = {L.item():.4f}")

# %%
# Backward pass by hand (no autograd): the chain rule, from the output back.
with torch.no_grad():
    delta2 = y_bar - y  # dL/dy_bar            (2x1)
    dW2 = delta2 @ h.T  # dL/dW2 = delta2 h^T   (2x4)
    db2 = delta2  # dL/db2 = delta2      (2x1)
    dh = W2.T @ delta2  # dL/dh = W2^T delta2  (4x1)
    delta1 = dh * (1 - h**2)  # dL/ds1, tanh'(s) = 1 - tanh(s)^2   (4x1)
    dW1 = delta1 @ x.T  # dL/dW1 = delta1 x^T  (4x3)
    db1 = delta1  # dL/db1 = delta1      (4x1)

# %%
# The same gradients from autograd.
L.backward()

for name, mine, param in [("W1", dW1, W1), ("b1", db1, b1), ("W2", dW2, W2), ("b2", db2, b2)]:
    same = torch.allclose(mine, param.grad, atol=1e-6)
    print(f"dL/d{name}  shape {tuple(mine.shape)}  by hand == autograd: {same}")

print("dL/dW2 by hand:")
for row in dW2:
    print("  " + "  ".join(f"{v:+.4f}" for v in row))
