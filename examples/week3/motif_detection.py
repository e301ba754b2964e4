# Finding a motif in a noisy signal by sliding a kernel along it (a matched filter).
import torch
import torch.nn.functional as F

torch.manual_seed(0)

motif = torch.tensor([1.0, 1.0, 1.0, -1.0, -1.0, 1.0, -1.0])  # up, up, up, down, down, up, down
k = len(motif)
n = 120
planted = [12, 47, 90]  # where the motif starts
decoy_at = 68  # the motif upside down

x = 0.25 * torch.randn(n)  # background noise
for p in planted:
    x[p : p + k] += motif
x[decoy_at : decoy_at + k] -= motif

# %%
# The kernel is the motif itself: the response at i is the dot product of the motif
# with the window x[i : i+k], large when the window looks like the motif.
w = motif
response = F.conv1d(x.view(1, 1, n), w.view(1, 1, k)).view(-1)  # n - k + 1 = 114 positions
print(f"signal length {n}, kernel length {k}, responses {len(response)}")
print(f"response to a clean motif: |w|^2 = {(w @ w).item():.1f}")

threshold = 0.5 * (w @ w)


def detect(r):
    """Positions above the threshold that are also the largest within +-3 positions."""
    local_max = F.max_pool1d(r.view(1, 1, -1), 7, stride=1, padding=3).view(-1)
    return torch.nonzero((r > threshold) & (r == local_max)).view(-1).tolist()


found = detect(response)
print("planted at:", planted, " detected at:", found, " match:", found == planted)
print("responses at the motifs:", " ".join(f"{response[p].item():.1f}" for p in planted))
near_decoy = response[decoy_at - 3 : decoy_at + 4]
print(f"around the upside-down motif: response from {near_decoy.min().item():.1f} "
      f"to {near_decoy.max().item():.1f} (threshold {threshold:.1f})")
away = torch.ones(len(response), dtype=torch.bool)
for p in planted + [decoy_at]:
    away[max(p - k, 0) : p + k] = False
print(f"largest response on pure noise: {response[away].max().item():.1f}")

# %%
# Shifting the input shifts the response by the same amount (equivariance).
shifted = torch.roll(x, 5)
r_shifted = F.conv1d(shifted.view(1, 1, n), w.view(1, 1, k)).view(-1)
print("detected after shifting the signal by 5:", detect(r_shifted))
print("response shifted by 5 (away from the ends):", torch.allclose(r_shifted[5:], response[:-5], atol=1e-5))

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    fig, (top, bottom) = plt.subplots(2, 1, figsize=(7, 4), sharex=True)
    top.plot(range(n), x.numpy(), color="0.3", linewidth=1)
    for p in planted:
        top.axvspan(p - 0.5, p + k - 0.5, color="tab:green", alpha=0.25)
    top.axvspan(decoy_at - 0.5, decoy_at + k - 0.5, color="tab:red", alpha=0.2)
    top.set_ylabel("$x$")
    bottom.plot(range(len(response)), response.numpy(), color="tab:blue", linewidth=1.2)
    bottom.axhline(threshold.item(), color="0.5", linestyle="--", linewidth=1)
    bottom.plot(found, response[found].numpy(), "v", color="tab:green", markersize=7)
    bottom.set_ylabel(r"$y_i = \sum_j w_j\, x_{i+j}$")
    bottom.set_xlabel("$i$")
    fig.tight_layout()
    fig.savefig("motif_detection.svg")
