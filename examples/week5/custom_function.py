# A custom autograd operation: we write forward AND backward ourselves,
# then let torch.autograd.gradcheck compare backward with finite differences.
import torch
from torch.autograd import gradcheck

torch.manual_seed(0)


class MyExp(torch.autograd.Function):
    """y = exp(x). Since dy/dx = exp(x) = y, backward reuses the saved output."""

    @staticmethod
    def forward(ctx, x):
        y = torch.exp(x)
        ctx.save_for_backward(y)  # keep what backward will need
        return y

    @staticmethod
    def backward(ctx, grad_output):
        # grad_output is dL/dy; return dL/dx = dL/dy * dy/dx, one gradient per input.
        (y,) = ctx.saved_tensors
        return grad_output * y


class WrongExp(torch.autograd.Function):
    """Same forward, deliberately wrong backward (uses x instead of exp(x))."""

    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return torch.exp(x)

    @staticmethod
    def backward(ctx, grad_output):
        (x,) = ctx.saved_tensors
        return grad_output * x  # wrong: the derivative of exp is not x


# %%
# gradcheck needs double precision: finite differences in float32 are too noisy.
x64 = torch.randn(5, dtype=torch.float64, requires_grad=True)
print("gradcheck MyExp:", gradcheck(MyExp.apply, (x64,)))
try:
    gradcheck(WrongExp.apply, (x64,))
    print("gradcheck WrongExp: passed (unexpected)")
except RuntimeError as error:  # gradcheck raises when the two Jacobians differ
    print("gradcheck WrongExp: failed with", type(error).__name__)

# %%
# Use MyExp inside a small computation: L = sum(exp(w * x)) / n.
x = torch.tensor([0.5, -1.0, 2.0])
w = torch.tensor(0.3, requires_grad=True)
L = MyExp.apply(w * x).mean()
L.backward()
print(f"L = {L.item():.4f}")
print(f"dL/dw with MyExp     : {w.grad.item():.4f}")

w_ref = torch.tensor(0.3, requires_grad=True)
torch.exp(w_ref * x).mean().backward()
print(f"dL/dw with torch.exp : {w_ref.grad.item():.4f}")

# The formula, by hand: dL/dw = mean(x * exp(w * x)).
print(f"dL/dw by hand        : {(x * torch.exp(0.3 * x)).mean().item():.4f}")
print("node that L.backward() went through:", type(L.grad_fn.next_functions[0][0]).__name__)
