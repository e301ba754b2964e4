# Autograd graph: walk grad_fn and next_functions from the output back to the leaves.
import torch

torch.manual_seed(0)

# Two leaves that need gradients, and a constant that does not.
x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor(0.5, requires_grad=True)
c = torch.tensor(3.0)  # requires_grad=False: autograd does not track it

# y = sum(c * sin(w * x) + x^2): x is used twice, c is a constant.
y = (c * torch.sin(w * x) + x**2).sum()
print("x.grad_fn:", x.grad_fn, "| x.is_leaf:", x.is_leaf)
print("y.grad_fn:", type(y.grad_fn).__name__)

# %%
leaves = []  # every AccumulateGrad node met on the way


def walk(node, depth=0):
    """Print a backward node, then (indented) the nodes it passes gradients to."""
    pad = "    " * depth
    if node is None:  # an input that needs no gradient (the constant c)
        print(pad + "None (constant, no gradient)")
        return
    label = type(node).__name__
    if label == "AccumulateGrad":  # a leaf: backward stops here and adds into .grad
        leaves.append(node)
        label += " -> x.grad" if node.variable is x else " -> w.grad"
    print(pad + label)
    for child, _ in node.next_functions:  # pairs (node, which of its outputs)
        walk(child, depth + 1)


walk(y.grad_fn)

# %%
# x is used twice, but both paths end in one and the same AccumulateGrad node,
# which adds the two contributions into x.grad.
x_nodes = [node for node in leaves if node.variable is x]
print("paths that reach x:", len(x_nodes), "| same node:", x_nodes[0] is x_nodes[1])

y.backward()
with torch.no_grad():
    # dy/dx_i = c*w*cos(w*x_i) + 2*x_i  (two paths) ;  dy/dw = sum_i c*x_i*cos(w*x_i)
    gx = c * w * torch.cos(w * x) + 2 * x
    gw = (c * x * torch.cos(w * x)).sum()
print("x.grad  :", [f"{v:.4f}" for v in x.grad.tolist()])
print("by hand :", [f"{v:.4f}" for v in gx.tolist()])
print(f"w.grad  : {w.grad.item():.4f}, by hand {gw.item():.4f}")
