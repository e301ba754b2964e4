# Integer labels vs one-hot targets: regressing class numbers imposes an order; cross-entropy does not.
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

# Distances between classes as each encoding sees them, for 4 classes.
numbers = torch.arange(4.0)  # class k written as the number k
onehot = torch.eye(4)  # class k written as the k-th basis vector
print("squared distance between classes 0..3 as integers:")
print((numbers[:, None] - numbers[None, :]).pow(2).int().tolist())
print("squared distance between classes 0..3 as one-hot vectors:")
print(torch.cdist(onehot, onehot).pow(2).round().int().tolist())

# %%
# Four clusters of 20 points on a line, at x = 0, 1, 2, 3. The classes have no order:
# "ordered" numbers them from left to right, "shuffled" numbers the same clusters 0, 2, 3, 1.
centres = torch.arange(4.0)
x = (centres.repeat_interleave(20) + 0.1 * torch.randn(80)).unsqueeze(1)  # (80, 1)
cluster = torch.arange(4).repeat_interleave(20)  # which cluster each point is in
namings = {"ordered": torch.tensor([0, 1, 2, 3]), "shuffled": torch.tensor([0, 2, 3, 1])}


def train(model, loss_fn, target, steps=300, lr=0.05):
    """Full-batch Adam; the model and the loop are the same for both encodings."""
    optimiser = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(steps):
        loss = loss_fn(model(x), target)
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    return model


# %%
# Two models that are both linear in x: one number regressed with the squared error, or
# four scores (one per class) trained with cross-entropy.
print("\nnaming    cluster at x:        0     1     2     3   accuracy")
for name, naming in namings.items():
    c = naming[cluster]  # the class index of each point under this naming
    torch.manual_seed(1)
    regression = train(nn.Linear(1, 1), F.mse_loss, c.float().unsqueeze(1))
    classifier = train(nn.Linear(1, 4), F.cross_entropy, c)
    with torch.no_grad():
        out = regression(x).squeeze(1)
        guess_reg = out.round().clamp(0, 3).long()  # the nearest class number
        guess_ce = classifier(x).argmax(dim=1)
    mean_out = [f"{round(out[cluster == j].mean().item(), 2) + 0.0:5.2f}" for j in range(4)]  # + 0.0: no "-0.00"
    print(f"{name:<9} true class         {'  '.join(f'{k:4d}' for k in naming.tolist())}")
    print(f"{'':<9} regression output  {' '.join(mean_out)}   {(guess_reg == c).float().mean():.2f}")
    print(f"{'':<9} cross-entropy      {'  '.join(f'{guess_ce[cluster == j].mode().values:4d}' for j in range(4))}"
          f"   {(guess_ce == c).float().mean():.2f}")

# %%
# nn.CrossEntropyLoss takes class indices, but the loss it computes is the one written with one-hot targets.
logits = torch.randn(5, 4)
c = torch.tensor([3, 0, 1, 1, 2])
y = F.one_hot(c, num_classes=4).float()
from_indices = nn.CrossEntropyLoss()(logits, c)
from_onehot = -(y * F.log_softmax(logits, dim=1)).sum(dim=1).mean()  # -sum_k y_k log p_k, averaged
as_probabilities = nn.CrossEntropyLoss()(logits, y)  # a float target is read as class probabilities
print(f"\ncross-entropy from indices {from_indices:.4f}, from one-hot {from_onehot:.4f}, "
      f"one-hot given as target {as_probabilities:.4f}")
