# Reshuffling every epoch versus one fixed order (sorted by class, or random): a fair comparison over seeds.
import torch
import torch.nn.functional as F
from torch import nn

torch.manual_seed(0)

# Three overlapping 2-D classes; the training set is stored sorted by class, as files often are.
K, per_class = 3, 100
centres = torch.tensor([[0.0, 1.5], [-1.3, -0.75], [1.3, -0.75]])


def make_data(n):
    X = torch.cat([centres[k] + torch.randn(n, 2) for k in range(K)])
    return X, torch.arange(K).repeat_interleave(n)


X, y = make_data(per_class)  # 300 training points: class 0, then 1, then 2
X_test, y_test = make_data(1000)  # 3000 test points
P, batch_size, epochs = len(X), 20, 10  # 15 steps per epoch, 150 steps in all
rates, seeds = [0.03, 0.1, 0.3, 1.0], 10
copies = len(rates) * seeds  # one network per (rate, seed), all trained side by side

# %%
# The same network (2 -> 16 -> 3, ReLU) in every copy. Each parameter gets a leading axis of
# size `copies`; each copy sees only its own batches, its own loss and its own learning rate.


def init_params():
    nets = []
    for _ in rates:
        for seed in range(seeds):
            torch.manual_seed(seed)  # seed s: the same initial weights for every ordering and rate
            nets.append(nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, K)))
    # Stack each parameter over the copies, along a new first axis: W1, b1, W2, b2.
    return [torch.stack(p).detach().requires_grad_() for p in zip(*(net.parameters() for net in nets))]


def logits(params, x):  # x: (copies, points, 2)
    W1, b1, W2, b2 = params
    h = torch.relu(x @ W1.transpose(1, 2) + b1.unsqueeze(1))
    return h @ W2.transpose(1, 2) + b2.unsqueeze(1)


def train(ordering):
    params = init_params()
    lr = torch.tensor(rates).repeat_interleave(seeds)  # the learning rate of each copy
    torch.manual_seed(100)  # the same random orders in every run: seed s gets the same orders at every rate
    shuffle = lambda: torch.stack([torch.randperm(P) for _ in range(seeds)]).repeat(len(rates), 1)
    fixed = shuffle()  # one random order per seed, kept for all epochs by "random, fixed"
    for epoch in range(epochs):
        if ordering == "sorted, fixed":
            order = torch.arange(P).repeat(copies, 1)
        elif ordering == "random, fixed":
            order = fixed
        else:  # "reshuffled": a new order every epoch
            order = shuffle()
        for start in range(0, P, batch_size):
            idx = order[:, start : start + batch_size]  # (copies, batch)
            out = logits(params, X[idx])
            # The sum over copies of each copy's mean loss: each copy gets its own gradient.
            loss = F.cross_entropy(out.reshape(-1, K), y[idx].reshape(-1)) * copies
            grads = torch.autograd.grad(loss, params)
            with torch.no_grad():
                for p, g in zip(params, grads):
                    p -= lr.view(-1, *[1] * (p.dim() - 1)) * g  # plain SGD
    with torch.no_grad():
        train_out = logits(params, X.expand(copies, -1, -1))
        train_loss = torch.stack([F.cross_entropy(o, y) for o in train_out])
        test_acc = (logits(params, X_test.expand(copies, -1, -1)).argmax(-1) == y_test).float().mean(1)
    # Rows: rates; columns: seeds.
    return train_loss.view(len(rates), seeds), 100 * test_acc.view(len(rates), seeds)


# %%
# Each ordering at its best learning rate from the same grid (best = lowest mean training loss).
print(f"{seeds} seeds, {epochs} epochs, batches of {batch_size}; mean ± std over seeds")
for ordering in ["sorted, fixed", "random, fixed", "reshuffled"]:
    loss, acc = train(ordering)
    mean_loss = loss.mean(1)
    print(f"{ordering}: final training loss by rate", "  ".join(f"{r}: {m:.3f}" for r, m in zip(rates, mean_loss)))
    best = int(mean_loss.argmin())
    print(
        f"  best rate {rates[best]}: loss {loss[best].mean():.3f} ± {loss[best].std():.3f},"
        f" test accuracy {acc[best].mean():.1f} ± {acc[best].std():.1f} %"
    )
