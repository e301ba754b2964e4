# Iterate averaging (Polyak-Ruppert): with a constant step, the mean of the SGD iterates beats the last one.
import torch

torch.manual_seed(0)

# Linear regression with noisy labels; SGD takes one random example per step (b = 1).
n, d = 200, 5
X = torch.randn(n, d, dtype=torch.float64)
y = X @ torch.randn(d, dtype=torch.float64) + 0.5 * torch.randn(n, dtype=torch.float64)
w_star = torch.linalg.lstsq(X, y[:, None]).solution[:, 0]


def excess(w):  # f(w) - f(w*) = 1/(2n) |X (w - w*)|^2, for many w at once
    return 0.5 * (((w - w_star) @ X.T) ** 2).mean(-1)


# %%
# SGD with the constant step 0.05 from w0 = 0, 100 runs at once. Keep the running sum of the iterates:
# the average of w_1..w_T is sum_T / T, and the average of the second half is (sum_T - sum_{T/2}) / (T/2).
gamma, steps, runs = 0.05, 8000, 100
w = torch.zeros(runs, d, dtype=torch.float64)
total = torch.zeros(runs, d, dtype=torch.float64)
sums = {}
for t in range(1, steps + 1):
    i = torch.randint(n, (runs,))
    w = w - gamma * ((w * X[i]).sum(-1) - y[i])[:, None] * X[i]
    total = total + w
    if t in (500, 1000, 2000, 4000, 8000):
        sums[t] = (w, total)

# %%
print(f"SGD, constant step {gamma}, b = 1; means over {runs} runs")
print(f"{'T':>5} {'|w_T - w*|':>11} {'|mean of all - w*|':>19} {'|mean of 2nd half - w*|':>24}"
      f" {'f(w_T) - f*':>12} {'f(mean of all) - f*':>20}")
for T in (1000, 2000, 4000, 8000):
    last, total_T = sums[T]
    polyak = total_T / T
    tail = (total_T - sums[T // 2][1]) / (T // 2)
    dist = [(v - w_star).norm(dim=1).mean().item() for v in (last, polyak, tail)]
    print(f"{T:5d} {dist[0]:11.3f} {dist[1]:19.4f} {dist[2]:24.4f}"
          f" {excess(last).mean().item():12.2e} {excess(polyak).mean().item():20.2e}")
