# Two loss functions on tiny tensors, by hand and with torch: mean squared error and cross-entropy.
import torch
import torch.nn.functional as F

torch.manual_seed(0)

# Regression: mean over the elements of (prediction - target)^2.
pred = torch.tensor([2.5, 0.0, 2.0])
target = torch.tensor([3.0, -0.5, 2.0])
mse_hand = ((pred - target) ** 2).sum() / 3
print(f"MSE  by hand {mse_hand:.4f}   torch {F.mse_loss(pred, target):.4f}")

# %%
# Classification: 2 examples, 3 classes. The network outputs raw scores (logits).
logits = torch.tensor([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], requires_grad=True)
labels = torch.tensor([0, 2])  # correct class of each example

probs = torch.exp(logits) / torch.exp(logits).sum(dim=1, keepdim=True)  # softmax, row by row
print("softmax:", [[round(p, 4) for p in row] for row in probs.tolist()])
ce_hand = -(torch.log(probs[0, 0]) + torch.log(probs[1, 2])) / 2  # -log p(correct class), averaged
ce_torch = F.cross_entropy(logits, labels)  # takes logits, applies log-softmax itself
print(f"cross-entropy  by hand {ce_hand:.4f}   torch {ce_torch:.4f}")

# %%
# Its gradient with respect to the logits is (softmax - one-hot) / batch size.
ce_torch.backward()
expected = (probs - F.one_hot(labels, 3)) / 2
print("gradient = (softmax - one-hot) / 2:", torch.allclose(logits.grad, expected.detach(), atol=1e-6))
print("gradient row 0:", [round(g, 4) for g in logits.grad[0].tolist()])
