# Where batch norm goes: the same MLP with BatchNorm before or after ReLU, each at its best learning rate.
import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(0)

# A 3-class task in 8 dimensions: labels come from a small random "teacher" network.
d, k = 8, 3
teacher = nn.Sequential(nn.Linear(d, 64), nn.Tanh(), nn.Linear(64, k)).double()


def make_data(n):
    x = torch.randn(n, d, dtype=torch.float64)
    with torch.no_grad():
        return x, teacher(x).argmax(1)


x_train, y_train = make_data(512)
x_val, y_val = make_data(512)  # to choose the learning rate
x_test, y_test = make_data(2048)  # to report the result
print(f"examples: train {len(x_train)}, validation {len(x_val)}, test {len(x_test)}; "
      f"class counts (train) {y_train.bincount().tolist()}")


def make_mlp(order, seed):
    """Two hidden layers of 32 units; BatchNorm before ReLU (Linear-BN-ReLU) or after it (Linear-ReLU-BN)."""
    torch.manual_seed(seed)
    layers, width = [], d
    for _ in range(2):
        layers.append(nn.Linear(width, 32))
        if order == "Linear-BN-ReLU":
            layers += [nn.BatchNorm1d(32), nn.ReLU()]
        else:
            layers += [nn.ReLU(), nn.BatchNorm1d(32)]
        width = 32
    layers.append(nn.Linear(width, k))
    return nn.Sequential(*layers).double()  # float64: the comparison should not depend on rounding


# %%
steps, batch = 30, 64  # the same budget for every run


def train(order, lr, seed):
    """SGD with momentum, learning rate decayed linearly to 0; returns the model in evaluation mode."""
    model = make_mlp(order, seed)
    opt = torch.optim.SGD(model.parameters(), lr=lr, momentum=0.9)
    batches = torch.Generator().manual_seed(100 + seed)  # the same batches for both placements
    for step in range(steps):
        opt.param_groups[0]["lr"] = lr * (1 - step / steps)
        idx = torch.randint(len(x_train), (batch,), generator=batches)
        loss = F.cross_entropy(model(x_train[idx]), y_train[idx])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model.eval()  # BatchNorm uses its running statistics from now on


orders, lrs, seeds = ["Linear-BN-ReLU", "Linear-ReLU-BN"], [0.03, 0.1, 0.3], [0, 1, 2]
models = {(o, lr, s): train(o, lr, s) for o in orders for lr in lrs for s in seeds}

# %%
with torch.no_grad():
    print("\nvalidation loss, mean over 3 seeds")
    print(f"{'':15s}" + "".join(f"{f'lr {lr:g}':>9s}" for lr in lrs))
    best = {}
    for o in orders:
        val = {lr: sum(F.cross_entropy(models[o, lr, s](x_val), y_val).item() for s in seeds) / len(seeds) for lr in lrs}
        print(f"{o:15s}" + "".join(f"{v:9.3f}" for v in val.values()))
        best[o] = min(val, key=val.get)

    print("\ntest set, each placement at its best learning rate")
    for o in orders:
        losses = [F.cross_entropy(models[o, best[o], s](x_test), y_test).item() for s in seeds]
        accs = [(models[o, best[o], s](x_test).argmax(1) == y_test).double().mean().item() for s in seeds]
        print(f"{o} (lr {best[o]:g}): loss per seed " + " ".join(f"{v:.3f}" for v in losses)
              + f", mean {sum(losses) / len(seeds):.3f}; accuracy mean {sum(accs) / len(seeds):.3f}")
