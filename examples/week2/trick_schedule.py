# Constant learning rate versus StepLR and cosine annealing, on a noisy regression problem.
import torch
from torch import nn

torch.manual_seed(0)

# Linear data with a lot of label noise: single-sample gradients point in noisy directions.
P, d = 200, 10
X = torch.randn(P, d)
y = X @ torch.randn(d) + 1.0 * torch.randn(P)
A = torch.cat([X, torch.ones(P, 1)], dim=1)
best = ((A @ torch.linalg.lstsq(A, y.unsqueeze(1)).solution).squeeze(1) - y).pow(2).mean().item()

epochs, batch_size = 30, 8


def train(make_scheduler):
    torch.manual_seed(1)  # same initial weights and same batches for every schedule
    model = nn.Linear(d, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    sched = make_scheduler(opt)
    lrs = []
    for epoch in range(epochs):
        lrs.append(opt.param_groups[0]["lr"])  # learning rate used during this epoch
        for idx in torch.randperm(P).split(batch_size):
            loss = (model(X[idx]).squeeze(1) - y[idx]).pow(2).mean()
            opt.zero_grad()
            loss.backward()
            opt.step()
        if sched is not None:
            sched.step()  # once per epoch, after the epoch's updates
    with torch.no_grad():
        final = (model(X).squeeze(1) - y).pow(2).mean().item()
    return lrs, final


schedules = {
    "constant": lambda opt: None,
    "StepLR": lambda opt: torch.optim.lr_scheduler.StepLR(opt, step_size=10, gamma=0.1),
    "cosine": lambda opt: torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=epochs),
}
show = (0, 10, 20, 29)
print("schedule   lr at epoch " + "  ".join(f"{e:>7d}" for e in show) + "   final loss")
for name, make in schedules.items():
    lrs, final = train(make)
    print(f"{name:10s} {'':11s} " + "  ".join(f"{lrs[e]:7.4f}" for e in show) + f"   {final:10.4f}")
print(f"best possible loss (least squares): {best:.4f}")
