# L2 weight penalty: minimise MSE + lam * ||w||^2 on a small regression with almost as many weights as examples.
import torch

torch.manual_seed(0)

n_train, n_test, d = 20, 500, 15
true_w = 0.3 * torch.randn(d, dtype=torch.float64)
x_train = torch.randn(n_train, d, dtype=torch.float64)
x_test = torch.randn(n_test, d, dtype=torch.float64)
y_train = x_train @ true_w + 0.5 * torch.randn(n_train, dtype=torch.float64)
y_test = x_test @ true_w + 0.5 * torch.randn(n_test, dtype=torch.float64)

print("   lam   ||w||   train MSE   test MSE")
for lam in [0.0, 0.1, 1.0, 10.0, 100.0]:
    # Setting the gradient of  mean((Xw - y)^2) + lam ||w||^2  to zero gives (X^T X + n lam I) w = X^T y.
    w = torch.linalg.solve(x_train.T @ x_train + n_train * lam * torch.eye(d, dtype=torch.float64), x_train.T @ y_train)
    train = ((x_train @ w - y_train) ** 2).mean()
    test = ((x_test @ w - y_test) ** 2).mean()
    print(f"{lam:6.1f}  {w.norm():6.3f}   {train:9.4f}  {test:9.4f}")

# %%
# With SGD, the penalty (lam/2) ||w||^2 is the optimiser's weight_decay=lam: w <- w - lr * (grad + lam * w).
w1 = torch.ones(d, dtype=torch.float64, requires_grad=True)
w2 = torch.ones(d, dtype=torch.float64, requires_grad=True)
opt1 = torch.optim.SGD([w1], lr=0.1, weight_decay=0.5)
opt2 = torch.optim.SGD([w2], lr=0.1)
((x_train @ w1 - y_train) ** 2).mean().backward()
(((x_train @ w2 - y_train) ** 2).mean() + 0.5 / 2 * (w2**2).sum()).backward()
opt1.step()
opt2.step()
print("weight_decay=0.5 gives the same step as the penalty 0.25 ||w||^2:", torch.allclose(w1, w2))
