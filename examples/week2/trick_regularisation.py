# No penalty, L2 (weight_decay) and L1 (added to the loss) with many irrelevant features.
import torch
from torch import nn

torch.manual_seed(0)

# 50 features, but only the first 5 matter; fewer training samples (40) than features.
P, d = 40, 50
w_true = torch.zeros(d)
w_true[:5] = torch.tensor([2.0, -1.5, 1.0, -0.5, 1.5])
X_train, X_test = torch.randn(P, d), torch.randn(1000, d)
y_train = X_train @ w_true + 0.3 * torch.randn(P)
y_test = X_test @ w_true + 0.3 * torch.randn(1000)


def train(weight_decay=0.0, l1=0.0, steps=500):
    torch.manual_seed(1)  # same initial weights for every run
    model = nn.Linear(d, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.05, weight_decay=weight_decay)
    for _ in range(steps):
        loss = (model(X_train).squeeze(1) - y_train).pow(2).mean()
        if l1 > 0:
            loss = loss + l1 * model.weight.abs().sum()  # L1 penalty on the weights (not the bias)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        w = model.weight.squeeze(0)
        test = (model(X_test).squeeze(1) - y_test).pow(2).mean().item()
    return w, test


print("penalty          |w|_2   near zero (|w|<0.01)   relevant w (first 5)           test loss")
runs = [("none", {}), ("L2 (wd=0.1)", {"weight_decay": 0.1}), ("L1 (0.1)", {"l1": 0.1})]
for name, kwargs in runs:
    w, test = train(**kwargs)
    near_zero = int((w.abs() < 0.01).sum())
    first = " ".join(f"{v:+.2f}" for v in w[:5])
    print(f"{name:12s}  {w.norm():7.3f}   {near_zero:5d} of {d}            {first}   {test:.4f}")
first = " ".join(f"{v:+.2f}" for v in w_true[:5])
print(f"true w        {w_true.norm():7.3f}   {d - 5:5d} of {d}            {first}")
