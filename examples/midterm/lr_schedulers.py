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


schedules = {
    "StepLR(3, 0.5)": rates(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=3, gamma=0.5)),
    "Cosine(T=10)": rates(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=epochs)),
    "OneCycle(0.1)": rates(lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.1, total_steps=epochs)),
}

print("epoch " + "".join(f"{name:>16}" for name in schedules))
for epoch in range(epochs):
    print(f"{epoch:5d} " + "".join(f"{lrs[epoch]:16.4f}" for lrs in schedules.values()))
