# Gradient descent on f(w) = 2 w^2 (slope 4w) with four learning rates.
import torch

torch.manual_seed(0)

a = 4.0  # curvature f''(w): each step multiplies w by (1 - lr * a)
print("lr     factor   w after steps 1, 2, 3   w after 10")
for lr, verdict in [(0.05, "too small"), (0.25, "ideal, lr = 1/a"), (0.45, "oscillates"), (0.55, "diverges")]:
    w = torch.tensor(1.0)
    path = []
    for step in range(10):
        w = w - lr * a * w  # w <- w - lr * f'(w)
        path.append(w.item())
    print(f"{lr:.2f}   {1 - lr * a:+.2f}    {path[0]:+.3f} {path[1]:+.3f} {path[2]:+.3f}      {path[9]:+.3f}   {verdict}")
print(f"gradient descent converges when 0 < lr < 2/a = {2 / a:.2f}")
