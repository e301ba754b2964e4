# Log-softmax with large logits: the naive formula breaks, log-sum-exp does not.
import torch
from torch import nn

torch.manual_seed(0)


def show(label, t):
    print(f"{label:28s}", "  ".join(f"{v:10.4f}" for v in t))


x = torch.tensor([1000.0, 0.0, -1000.0])

# %%
# Naive: exp(1000) overflows to inf, inf/inf = nan, and log(0) = -inf.
naive = torch.log(torch.exp(x) / torch.exp(x).sum())
show("naive log(softmax(x))", naive)

# Log-sum-exp: log softmax(x)_i = x_i - m - log(sum_j exp(x_j - m)), with m = max(x).
# After subtracting m the largest exponent is exp(0) = 1: nothing overflows.
m = x.max()
stable = x - m - torch.log(torch.exp(x - m).sum())
show("log-sum-exp (subtract max)", stable)
show("torch.log_softmax", torch.log_softmax(x, dim=0))

# %%
# Which input do PyTorch's losses expect?  A batch of 4 samples, 3 classes.
logits = 5 * torch.randn(4, 3)  # raw scores straight from a final Linear layer
target = torch.tensor([0, 2, 1, 2])
ce = nn.CrossEntropyLoss()(logits, target)  # takes raw logits
nll = nn.NLLLoss()(torch.log_softmax(logits, dim=1), target)  # takes log-probabilities
print(f"CrossEntropyLoss(logits)          = {ce:.4f}")
print(f"NLLLoss(log_softmax(logits))      = {nll:.4f}")
print("the two agree:", torch.allclose(ce, nll))

# %%
# Two common mistakes: they run without error but compute something else.
wrong1 = nn.CrossEntropyLoss()(torch.softmax(logits, dim=1), target)
wrong2 = nn.NLLLoss()(logits, target)
print(f"mistake: CrossEntropyLoss(softmax) = {wrong1:.4f}")
print(f"mistake: NLLLoss(raw logits)       = {wrong2:.4f}")
