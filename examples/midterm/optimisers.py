# SGD, SGD with momentum, RMSprop and Adam on the same ill-conditioned problem.
import torch

torch.manual_seed(0)

# f(w) = (w1^2 + 50 w2^2) / 2: 50 times steeper along w2 than along w1. Minimum 0 at (0, 0).
scales = torch.tensor([1.0, 50.0])


def f(w):
    return 0.5 * (scales * w**2).sum()


settings = {
    "SGD          lr=0.035": lambda p: torch.optim.SGD(p, lr=0.035),
    "SGD+momentum lr=0.035": lambda p: torch.optim.SGD(p, lr=0.035, momentum=0.9),
    "RMSprop      lr=0.05": lambda p: torch.optim.RMSprop(p, lr=0.05),
    "Adam         lr=0.3": lambda p: torch.optim.Adam(p, lr=0.3),
}

print(f"{'optimiser':<22} {'step 10':>9} {'step 50':>9} {'step 100':>9}   final w")
for name, make in settings.items():
    w = torch.tensor([-4.0, 1.0], requires_grad=True)  # same start for everybody
    optimiser = make([w])
    losses = {}
    for step in range(1, 101):
        optimiser.zero_grad()
        loss = f(w)
        loss.backward()
        optimiser.step()
        losses[step] = f(w).item()
    w1, w2 = w.tolist()
    print(f"{name:<22} {losses[10]:9.4f} {losses[50]:9.4f} {losses[100]:9.4f}   ({w1:.3f}, {w2:.3f})")
