# Exercise: f = w3 * ReLU(w1 * x1 + w1 * x2 + b). Forward values and every gradient, by hand and by autograd.
import torch

torch.manual_seed(0)


def check(x1, x2, w1, w3, b):
    leaves = [torch.tensor(v, requires_grad=True) for v in (x1, x2, w1, w3, b)]
    tx1, tx2, tw1, tw3, tb = leaves
    z = tw1 * tx1 + tw1 * tx2 + tb  # w1 is used twice
    h = torch.relu(z)
    f = tw3 * h
    f.backward()
    print(f"  forward: z = {z.item():.2f}   h = ReLU(z) = {h.item():.2f}   f = {f.item():.2f}")

    # By hand: df/dh = w3, dh/dz = 1[z > 0], then dz/d(each input).
    g = w3 * (1.0 if z.item() > 0 else 0.0)  # df/dz
    hand = {"w1": g * (x1 + x2), "w3": h.item(), "b": g, "x1": g * w1, "x2": g * w1}
    auto = {"w1": tw1.grad, "w3": tw3.grad, "b": tb.grad, "x1": tx1.grad, "x2": tx2.grad}
    for name in hand:
        print(f"  df/d{name:<2}  by hand {hand[name]:5.2f}   autograd {auto[name].item():5.2f}")


print("ReLU active: x1=1, x2=2, w1=0.5, w3=2, b=-0.5")
check(1.0, 2.0, 0.5, 2.0, -0.5)
print("ReLU inactive: same, but b=-2")
check(1.0, 2.0, 0.5, 2.0, -2.0)

# %%
# Sharing w1: give each use its own copy; the gradient of w1 is the sum of both.
w1a = torch.tensor(0.5, requires_grad=True)
w1b = torch.tensor(0.5, requires_grad=True)
f = 2.0 * torch.relu(w1a * 1.0 + w1b * 2.0 - 0.5)
f.backward()
print(f"two copies of w1: grads {w1a.grad.item():.2f} + {w1b.grad.item():.2f} = {(w1a.grad + w1b.grad).item():.2f}")
