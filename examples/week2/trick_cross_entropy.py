# Gradient with respect to the logit: squared error on a sigmoid versus cross-entropy.
import torch
import torch.nn.functional as F

torch.manual_seed(0)

# One sample whose true label is 1.  A very negative logit z means "confidently wrong".
y = torch.tensor(1.0)
print("   z   sigmoid(z)   dMSE/dz   dCE/dz")
for value in (-8.0, -4.0, 0.0, 4.0):
    z = torch.tensor(value, requires_grad=True)
    p = torch.sigmoid(z)
    (g_mse,) = torch.autograd.grad((p - y) ** 2, z)  # squared error on the probability
    (g_ce,) = torch.autograd.grad(F.binary_cross_entropy_with_logits(z, y), z)  # -log p
    print(f"{value:+5.0f}   {p.item():10.4f}   {g_mse.item():+7.4f}   {g_ce.item():+6.4f}")

# %%
# The same with a softmax over 3 classes: the true class 0 gets a much lower logit.
logits = torch.tensor([[-4.0, 2.0, 0.0]], requires_grad=True)
target = torch.tensor([0])
probs = torch.softmax(logits, dim=1)
(g_mse,) = torch.autograd.grad((probs - F.one_hot(target, 3)).pow(2).sum(), logits)
(g_ce,) = torch.autograd.grad(F.cross_entropy(logits, target), logits)
print("softmax, true class 0, logits (-4, 2, 0):")
print("  gradient of squared error:", "  ".join(f"{v:+.4f}" for v in g_mse[0]))
print("  gradient of cross-entropy:", "  ".join(f"{v:+.4f}" for v in g_ce[0]))
