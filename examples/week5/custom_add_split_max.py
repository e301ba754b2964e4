# Custom modules: add, split and max with hand-written backward passes, checked by gradcheck.
import torch
from torch import nn
from torch.autograd import gradcheck

torch.manual_seed(0)


class AddFn(torch.autograd.Function):
    """z = a + b. Both partial derivatives are 1: each input receives g unchanged."""

    @staticmethod
    def forward(ctx, a, b):
        return a + b

    @staticmethod
    def backward(ctx, g):
        return g, g  # one gradient per input of forward


class SplitFn(torch.autograd.Function):
    """(y1, y2) = (x, x): one input used twice. Backward sums the two incoming gradients."""

    @staticmethod
    def forward(ctx, x):
        return x.clone(), x.clone()

    @staticmethod
    def backward(ctx, g1, g2):  # one incoming gradient per output
        return g1 + g2


class MaxFn(torch.autograd.Function):
    """m_i = max_j x_ij (one maximum per row). The gradient goes to the argmax only."""

    @staticmethod
    def forward(ctx, x):
        m, idx = x.max(dim=1)
        ctx.save_for_backward(idx)
        ctx.shape = x.shape
        return m

    @staticmethod
    def backward(ctx, g):
        (idx,) = ctx.saved_tensors
        grad = g.new_zeros(ctx.shape)  # same dtype as g
        grad.scatter_(1, idx.unsqueeze(1), g.unsqueeze(1))  # row i: g_i at column idx_i
        return grad


class WrongSplitFn(SplitFn):
    """Deliberately wrong: forgets the second branch."""

    @staticmethod
    def backward(ctx, g1, g2):
        return g1


# %%
# Each Function wrapped in a module, so it can sit in a network like nn.Linear does.
class Add(nn.Module):
    def forward(self, a, b):
        return AddFn.apply(a, b)


class Split(nn.Module):
    def forward(self, x):
        return SplitFn.apply(x)


class Max(nn.Module):
    def forward(self, x):
        return MaxFn.apply(x)


class WrongSplit(nn.Module):
    def forward(self, x):
        return WrongSplitFn.apply(x)


# %%
# gradcheck compares each backward with finite differences: float64 inputs.
a = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
b = torch.randn(2, 3, dtype=torch.float64, requires_grad=True)
x = torch.randn(2, 4, dtype=torch.float64, requires_grad=True)

# Max is not differentiable at a tie: gradcheck moves entries by 1e-6, so the
# largest entry of each row must lead the second largest by much more than that.
top2 = x.detach().topk(2, dim=1).values
print(f"smallest gap between the two largest entries of a row: {(top2[:, 0] - top2[:, 1]).min().item():.2f}")

print("gradcheck Add       :", gradcheck(Add(), (a, b)))
print("gradcheck Split     :", gradcheck(Split(), (x,)))
print("gradcheck Max       :", gradcheck(Max(), (x,)))
print("gradcheck WrongSplit:", gradcheck(WrongSplit(), (x,), raise_exception=False))

# What WrongSplit gets wrong: for L = sum(y1 + y2), dL/dx = 1 + 1 = 2 for every entry.
for module in (Split(), WrongSplit()):
    x.grad = None
    y1, y2 = module(x)
    (y1 + y2).sum().backward()
    print(f"dL/dx through {type(module).__name__:10}: min {x.grad.min().item():.1f}, max {x.grad.max().item():.1f}")

# %%
# The three modules together: L = sum_i max_j (x_ij + x_ij^2), compared with built-in operations.
x = torch.tensor([[0.5, -1.0, 1.5], [2.0, 0.3, -0.4]], requires_grad=True)
left, right = Split()(x)
L = Max()(Add()(left, right**2)).sum()
L.backward()

x_ref = x.detach().clone().requires_grad_()
(x_ref + x_ref**2).max(dim=1).values.sum().backward()
print(f"L = {L.item():.2f}")
print("gradient, our modules:", [[f"{v:.1f}" for v in row] for row in x.grad.tolist()])
print("gradient, built-in ops:", [[f"{v:.1f}" for v in row] for row in x_ref.grad.tolist()])
