# Forward pass, the graph autograd records, and the backward pass by the chain rule,
# for one neuron with a squared-error loss: L = (sigmoid(w * x + b) - y) ** 2.
import torch

torch.manual_seed(0)

x, y = torch.tensor(2.0), torch.tensor(1.0)  # one input and its target
w = torch.tensor(0.5, requires_grad=True)
b = torch.tensor(-0.5, requires_grad=True)

# %%
# Forward pass: compute and keep every intermediate value.
z = w * x + b
a = torch.sigmoid(z)
loss = (a - y) ** 2
print(f"forward:  z = {z.item():.4f}   a = {a.item():.4f}   L = {loss.item():.4f}")

# The graph, read from the loss back to w: one backward function per operation.
node, names = loss.grad_fn, []
while node is not None:
    names.append(type(node).__name__)
    node = node.next_functions[0][0] if node.next_functions else None
print("graph:   ", " <- ".join(names))

# %%
# Backward pass by hand: multiply the local derivatives along the path (chain rule).
dL_da = 2 * (a - y)  # derivative of (a - y)^2
da_dz = a * (1 - a)  # sigmoid' = sigmoid (1 - sigmoid)
dz_dw, dz_db = x, 1.0
print(f"local:    dL/da = {dL_da.item():.4f}   da/dz = {da_dz.item():.4f}   dz/dw = {dz_dw.item():.4f}   dz/db = {dz_db:.4f}")
print(f"by hand:  dL/dw = {(dL_da * da_dz * dz_dw).item():.4f}   dL/db = {(dL_da * da_dz * dz_db).item():.4f}")

loss.backward()  # autograd walks the same graph backwards
print(f"autograd: dL/dw = {w.grad.item():.4f}   dL/db = {b.grad.item():.4f}")
