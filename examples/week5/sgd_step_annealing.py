# Annealing the step size: SGD with a constant step stalls at a noise floor; a decaying step goes below it.
import torch

torch.manual_seed(0)

# Linear regression with noisy labels; SGD takes one random example per step (b = 1).
n, d = 200, 5
X = torch.randn(n, d, dtype=torch.float64)
y = X @ torch.randn(d, dtype=torch.float64) + 0.5 * torch.randn(n, dtype=torch.float64)
w_star = torch.linalg.lstsq(X, y[:, None]).solution[:, 0]


def excess(w):  # f(w) - f(w*) = 1/(2n) |X (w - w*)|^2, for many w at once
    return 0.5 * (((w - w_star) @ X.T) ** 2).mean(-1)


sigma2 = ((X * (X @ w_star - y)[:, None]) ** 2).sum(1).mean().item()  # one example's gradient noise at w*
gamma0, steps, runs = 0.05, 2000, 100
print(f"noise of one example's gradient at w*: sigma*^2 = {sigma2:.2f}")
print(f"predicted floor gamma sigma*^2 / 4 for gamma = {gamma0}: {gamma0 * sigma2 / 4:.2e}, "
      f"for gamma = {gamma0 / 10}: {gamma0 / 10 * sigma2 / 4:.2e}")

# %%
# Four schedules gamma_t, all starting from the same w0 = 0 and seeing the same examples.
schedules = {
    "constant gamma0": lambda t: gamma0,
    "constant gamma0/10": lambda t: gamma0 / 10,
    "step decay": lambda t: gamma0 * 0.1 ** ((t >= steps // 2) + (t >= 3 * steps // 4)),  # /10 at 1000 and 1500
    "gamma0 / (1 + t/100)": lambda t: gamma0 / (1 + t / 100),
}
gammas = torch.tensor([[schedule(t) for schedule in schedules.values()] for t in range(steps)], dtype=torch.float64)
w = torch.zeros(len(schedules), runs, d, dtype=torch.float64)  # one w per schedule and run
curves = {}  # t -> mean over the runs of f(w_t) - f*, every 10 steps
for t in range(1, steps + 1):
    i = torch.randint(n, (runs,))  # one example per run, shared by the four schedules
    residual = (w * X[i]).sum(-1) - y[i]
    w = w - gammas[t - 1, :, None, None] * residual[..., None] * X[i]
    if t % 10 == 0:
        curves[t] = excess(w).mean(-1)

# %%
checkpoints = [250, 500, 1000, 1500, 2000]
print(f"mean f(w_t) - f* over {runs} runs")
print(f"{'schedule':>21}" + "".join(f"{f't = {t}':>11}" for t in checkpoints))
for k, name in enumerate(schedules):
    print(f"{name:>21}" + "".join(f"{curves[t][k].item():11.2e}" for t in checkpoints))

# %%
from importlib.util import find_spec

if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    labels = [r"$\gamma_0$", r"$\gamma_0/10$", r"$\gamma_0 \to \gamma_0/10 \to \gamma_0/100$", r"$\gamma_0/(1+t/100)$"]
    fig, ax = plt.subplots(figsize=(6, 3.6))
    for k, label in enumerate(labels):
        ax.semilogy(list(curves), [c[k].item() for c in curves.values()], label=label, linewidth=1.2)
    ax.set_xlabel("$t$")
    ax.set_ylabel(r"$f(w_t) - f^\ast$")
    ax.legend()
    fig.tight_layout()
    fig.savefig("sgd_step_annealing.svg")
