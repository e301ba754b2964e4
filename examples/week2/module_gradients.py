# The backward rule of five basic modules, each checked against autograd.
import torch

torch.manual_seed(0)

# For each module we pick a random upstream gradient g = dL/d(output) and use
# L = sum(g * output), so that autograd starts from exactly this g.


def report(module, rule, ok):
    print(f"{module:10s} {rule:40s} matches autograd: {ok}")


# Linear: y = W x + b  ->  dL/dx = W^T g,  dL/dW = g x^T,  dL/db = g
x = torch.randn(3, requires_grad=True)
W = torch.randn(2, 3, requires_grad=True)
b = torch.randn(2, requires_grad=True)
g = torch.randn(2)
(g * (W @ x + b)).sum().backward()
ok = (
    torch.allclose(x.grad, W.T @ g)
    and torch.allclose(W.grad, torch.outer(g, x))
    and torch.allclose(b.grad, g)
)
report("Linear", "dL/dx = W^T g, dL/dW = g x^T, dL/db = g", ok)

# %%
# ReLU: y = max(x, 0) element-wise  ->  dL/dx = g where x > 0, and 0 elsewhere
x = torch.randn(5, requires_grad=True)
g = torch.randn(5)
(g * torch.relu(x)).sum().backward()
report("ReLU", "dL/dx = g * [x > 0]", torch.allclose(x.grad, g * (x > 0)))

# Duplicate (a branch): x is sent to two operations, sin(x) and x^2, as if through y1 = x and y2 = x.
# g1 = dL/dy1 comes back through sin, g2 = dL/dy2 through the square; autograd adds them at the fork.
x = torch.randn(4, requires_grad=True)
u1, u2 = torch.randn(4), torch.randn(4)  # upstream gradients of sin(x) and of x^2
((u1 * torch.sin(x)).sum() + (u2 * x**2).sum()).backward()
g1 = u1 * torch.cos(x)  # back through sin, whose derivative is cos
g2 = u2 * 2 * x  # back through the square, whose derivative is 2x
report("Duplicate", "dL/dx = g1 + g2", torch.allclose(x.grad, g1 + g2))
print("  g1     =", "  ".join(f"{v:+.3f}" for v in g1))
print("  g2     =", "  ".join(f"{v:+.3f}" for v in g2))
print("  dL/dx  =", "  ".join(f"{v:+.3f}" for v in x.grad))

# %%
# Add: y = x1 + x2  ->  dL/dx1 = g and dL/dx2 = g (the gradient is copied)
x1 = torch.randn(4, requires_grad=True)
x2 = torch.randn(4, requires_grad=True)
g = torch.randn(4)
(g * (x1 + x2)).sum().backward()
ok = torch.allclose(x1.grad, g) and torch.allclose(x2.grad, g)
report("Add", "dL/dx1 = dL/dx2 = g", ok)

# %%
# Max: y = max_i x_i  ->  dL/dx_i = g for the arg-max i, 0 for all others
x = torch.randn(5, requires_grad=True)
g = torch.randn(())
(g * x.max()).backward()
expected = torch.zeros(5)
expected[x.argmax()] = g
report("Max", "dL/dx = g at the arg-max, 0 elsewhere", torch.allclose(x.grad, expected))
print("  x      =", "  ".join(f"{v:+.3f}" for v in x.detach()))
print("  dL/dx  =", "  ".join(f"{v:+.3f}" for v in x.grad))
