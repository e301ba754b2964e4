# Fit a straight line y = w x + b to noisy points with gradient descent.
import torch

torch.manual_seed(0)

# 20 points on the line y = 2x + 1, with a little noise.
x = torch.linspace(-1, 1, 20)
y = 2 * x + 1 + 0.1 * torch.randn(20)

# The two parameters of the model, tracked by autograd.
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

learning_rate = 0.5
for step in range(51):
    loss = ((w * x + b - y) ** 2).mean()  # mean squared error
    loss.backward()  # fills w.grad and b.grad
    with torch.no_grad():
        w -= learning_rate * w.grad
        b -= learning_rate * b.grad
    w.grad.zero_()
    b.grad.zero_()
    if step % 10 == 0:
        print(f"step {step:2d}  loss {loss.item():.4f}")

print(f"w = {w.item():.3f}, b = {b.item():.3f}")
