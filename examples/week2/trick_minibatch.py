# Mini-batch SGD on data sorted by class: without shuffling versus with shuffling.
import torch
from torch import nn

torch.manual_seed(0)

# Two classes of 2-D points, 200 each, stored sorted: all of class 0, then all of class 1.
n = 200
X = torch.cat([torch.randn(n, 2) + 0.5, torch.randn(n, 2) - 0.5])  # two overlapping clouds
y = torch.cat([torch.zeros(n), torch.ones(n)])
batch_size = 20
loss_fn = nn.BCEWithLogitsLoss()


def train(shuffle):
    torch.manual_seed(1)  # same initial weights and same shuffles for a fair comparison
    model = nn.Linear(2, 1)
    opt = torch.optim.SGD(model.parameters(), lr=1.0)
    for epoch in range(5):
        order = torch.randperm(2 * n) if shuffle else torch.arange(2 * n)
        for start in range(0, 2 * n, batch_size):
            idx = order[start : start + batch_size]
            loss = loss_fn(model(X[idx]).squeeze(1), y[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
    with torch.no_grad():
        logits = model(X).squeeze(1)
        full_loss = loss_fn(logits, y).item()
        right0 = int((logits[:n] < 0).sum())  # class 0 points predicted as class 0
        right1 = int((logits[n:] > 0).sum())  # class 1 points predicted as class 1
    return full_loss, right0, right1


for shuffle in (False, True):
    loss, right0, right1 = train(shuffle)
    label = "with shuffling   " if shuffle else "without shuffling"
    print(f"{label}: final loss {loss:.4f}, correct: class 0 {right0}/{n}, class 1 {right1}/{n}")
