# Learning-rate schedules: the learning rate used at each epoch by three PyTorch schedulers.
import torch

torch.manual_seed(0)

epochs = 10


def rates(make_scheduler):
    w = torch.zeros(1, requires_grad=True)
    optimiser = torch.optim.SGD([w], lr=0.1)
    scheduler = make_scheduler(optimiser)
    out = []
    for epoch in range(epochs):
        out.append(optimiser.param_groups[0]["lr"])
        optimiser.step()  # (a real epoch of training goes here)
        scheduler.step()  # once per epoch, after the optimiser
    return out


# %%
# OneCycleLR also cycles the optimiser's momentum unless told not to (cycle_momentum=True by default):
# it would silently turn momentum on in this plain SGD optimiser. Here we compare learning rates only.
schedules = {
    "StepLR(3, 0.5)": rates(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5)),
    "Cosine(T=10)": rates(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=epochs)),
    "OneCycle(0.1)": rates(
        lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.1, total_steps=epochs, cycle_momentum=False)
    ),
}

print("epoch " + "".join(f"{name:>16}" for name in schedules))
for epoch in range(epochs):
    print(f"{epoch:5d} " + "".join(f"{lrs[epoch]:16.4f}" for lrs in schedules.values()))

# %%
# With its default cycle_momentum=True, OneCycleLR sets the momentum of an SGD optimiser created without any,
# moving it opposite to the learning rate, between 0.95 and 0.85.
optimiser = torch.optim.SGD([torch.zeros(1, requires_grad=True)], lr=0.1)  # momentum=0
scheduler = torch.optim.lr_scheduler.OneCycleLR(optimiser, max_lr=0.1, total_steps=epochs)
momenta = []
for epoch in range(epochs):
    momenta.append(optimiser.param_groups[0]["momentum"])
    optimiser.step()
    scheduler.step()
print("momentum of SGD(momentum=0) under OneCycleLR's defaults, epochs 0 to 9:")
print("   " + " ".join(f"{m:.3f}" for m in momenta))
