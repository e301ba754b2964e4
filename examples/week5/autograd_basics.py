# Autograd: gradients of a small graph by hand and by backward(),
# then what y.backward(v) computes when y is a vector.
import torch
from torch.autograd.functional import jacobian

torch.manual_seed(0)


def fmt(t):
    """A tensor as a short list with 1 decimal (every value here is exact)."""
    return str([round(v, 1) for v in t.tolist()])


# %%
# --- 1. A scalar output: L = (x*y + y^2)^2 at x = 2, y = 3 ---
x = torch.tensor(2.0, requires_grad=True)
y = torch.tensor(3.0, requires_grad=True)
q = x * y  # 6
r = q + y**2  # 15
L = r**2  # 225
L.backward()  # fills x.grad and y.grad with dL/dx and dL/dy

# %%
# Chain rule by hand, with plain numbers: dL/dr = 2r, dr/dx = y, dr/dy = x + 2y.
xv, yv = 2.0, 3.0
rv = xv * yv + yv**2
print(f"L = {L.item():.0f}")
print(f"dL/dx: by hand 2r*y = {2 * rv * yv:.0f}, autograd {x.grad.item():.0f}")
print(f"dL/dy: by hand 2r*(x+2y) = {2 * rv * (xv + 2 * yv):.0f}, autograd {y.grad.item():.0f}")


# %%
# --- 2. A vector output: y = f(x) with x in R^3, y in R^2 ---
def f(x):
    return torch.stack([x[0] ** 2 * x[1], 3 * x[1] - x[2] ** 2])


x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
J = jacobian(f, x)  # J[i, j] = dy_i / dx_j, shape (2, 3)
print("J row 0:", fmt(J[0]))
print("J row 1:", fmt(J[1]))

y = f(x)
try:
    y.backward()  # no v: autograd only starts from a scalar
except RuntimeError as error:
    print("y.backward() on a vector:", type(error).__name__)

v = torch.tensor([1.0, 2.0])  # same shape as y
y.backward(v, retain_graph=True)  # keep the graph for the call below
print("v          :", fmt(v))
print("v^T J      :", fmt(v @ J))
print("x.grad     :", fmt(x.grad), "(shape of x, not of y)")
print("J^T v      :", fmt(J.T @ v), "(the same vector)")
print("J v        : undefined, J is", tuple(J.shape), "and v is", tuple(v.shape))

# %%
# The same numbers: the gradient of the scalar v . y
x.grad = None
(v * f(x)).sum().backward()
print("grad of v.y:", fmt(x.grad))

# The first call kept the graph (retain_graph=True): a second backward pass, from v = e_0,
# gives row 0 of J. (Clear x.grad first: backward adds into it.)
x.grad = None
y.backward(torch.tensor([1.0, 0.0]))
print("from e_0   :", fmt(x.grad), "(row 0 of J)")
