# Parameter sharing: one tensor used in several places. Its gradient is the sum over the places,
# and what it learns in one place is used in all of them.
import torch
from torch import nn

torch.manual_seed(0)

# 1. Weight tying: the output layer of a small language model reuses the embedding matrix.
vocab, dim = 50, 8
embed, unembed = nn.Embedding(vocab, dim), nn.Linear(dim, vocab, bias=False)
print(f"embedding weight {tuple(embed.weight.shape)}, output weight {tuple(unembed.weight.shape)}")
untied = sum(p.numel() for p in [*embed.parameters(), *unembed.parameters()])
model = nn.Sequential(embed, nn.Tanh(), unembed)
copy_a, copy_b = embed.weight.detach().clone(), embed.weight.detach().clone()  # for the check below
unembed.weight = embed.weight  # tie: both layers now hold the same Parameter object
tied = sum(p.numel() for p in model.parameters())  # parameters() lists a shared tensor once
print(f"parameters: untied {untied}, tied {tied}")

# %%
# The gradient of a tied weight is the sum of the gradients of its two uses.
tokens = torch.tensor([3, 14, 15, 9, 2])
targets = torch.tensor([14, 15, 9, 2, 6])
nn.functional.cross_entropy(model(tokens), targets).backward()
a, b = copy_a.requires_grad_(), copy_b.requires_grad_()  # two separate copies of the same values
logits = torch.tanh(a[tokens]) @ b.T
nn.functional.cross_entropy(logits, targets).backward()
print("tied gradient = gradient as embedding + gradient as output layer:",
      torch.allclose(embed.weight.grad, a.grad + b.grad, atol=1e-7))

# %%
# 2. A convolution is a locally connected layer whose rows are tied to one kernel.
n, k = 32, 3
n_out = n - k + 1
x = torch.randn(4, n)


def locally_connected(x, W):
    """Output i = W[i] . x[i:i+k]: the same windows as a convolution, but a kernel per position."""
    return (x.unfold(1, k, 1) * W).sum(-1)  # unfold gives (batch, n_out, k) windows


kernel = torch.randn(k, requires_grad=True)
W = kernel.detach().repeat(n_out, 1).requires_grad_()  # n_out untied copies of the kernel
conv = nn.functional.conv1d(x.unsqueeze(1), kernel.view(1, 1, k)).squeeze(1)
local = locally_connected(x, W)
print(f"conv kernel: {kernel.numel()} weights; locally connected layer: {W.numel()} weights; "
      f"same output: {torch.allclose(conv, local, atol=1e-6)}")
(conv**2).sum().backward()
(local**2).sum().backward()
print("kernel gradient = sum of the gradients of its", n_out, "copies:",
      torch.allclose(kernel.grad, W.grad.sum(0), atol=1e-4))

# %%
# 3. What sharing buys: learn a kernel from signals that only live on the left half, test on the right.
target = torch.tensor([1.0, -2.0, 1.0])  # the kernel to discover (a second difference)


def signals(count, half):
    s = torch.randn(count, n)
    if half == "left":
        s[:, n // 2:] = 0
    else:
        s[:, : n // 2] = 0
    return s


x_train, x_test = signals(64, "left"), signals(64, "right")
y_train = nn.functional.conv1d(x_train.unsqueeze(1), target.view(1, 1, k)).squeeze(1)
y_test = nn.functional.conv1d(x_test.unsqueeze(1), target.view(1, 1, k)).squeeze(1)

shared = (0.5 * torch.randn(k)).requires_grad_()
separate = (0.5 * torch.randn(n_out, k)).requires_grad_()
start = separate.detach().clone()
models = {
    "convolution": (shared, lambda x: nn.functional.conv1d(x.unsqueeze(1), shared.view(1, 1, k)).squeeze(1)),
    "locally connected": (separate, lambda x: locally_connected(x, separate)),
}
print(f"{'model':<18} {'weights':>7} {'train MSE':>10} {'test MSE':>9}")
for name, (weights, f) in models.items():
    optimiser = torch.optim.Adam([weights], lr=0.05)
    for _ in range(300):
        optimiser.zero_grad()
        loss = ((f(x_train) - y_train) ** 2).mean()
        loss.backward()
        optimiser.step()
    with torch.no_grad():
        train, test = ((f(x_train) - y_train) ** 2).mean(), ((f(x_test) - y_test) ** 2).mean()
    print(f"{name:<18} {weights.numel():>7} {train:>10.3f} {test:>9.3f}")
print("learned kernel:", " ".join(f"{v:.3f}" for v in shared.tolist()))
print(f"locally connected weights never updated: {(separate == start).sum().item()} of {separate.numel()}")
