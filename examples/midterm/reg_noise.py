# Robustness to noise: fit a linear model on inputs with Gaussian noise added (many noisy copies of
# the training set), then test it on clean inputs and on noisy inputs.
import torch

torch.manual_seed(0)
f64 = torch.float64  # double precision for the least-squares fits

# 20 features that are almost copies of 2 hidden factors: strongly correlated inputs.
n_train, n_test, d = 30, 1000, 20
mix = torch.randn(2, d, dtype=f64)


def make(n):
    factors = torch.randn(n, 2, dtype=f64)
    x = factors @ mix + 0.05 * torch.randn(n, d, dtype=f64)
    y = factors[:, 0] - factors[:, 1] + 0.2 * torch.randn(n, dtype=f64)
    return x, y


x_train, y_train = make(n_train)
x_test, y_test = make(n_test)
x_test_noisy = x_test + 0.3 * torch.randn(n_test, d, dtype=f64)

print("training noise   ||w||   test MSE clean   test MSE noisy")
for sigma in [0.0, 0.1, 0.3]:
    copies = 50  # each training input seen 50 times, each time with fresh noise
    x = x_train.repeat(copies, 1) + sigma * torch.randn(copies * n_train, d, dtype=f64)
    y = y_train.repeat(copies)
    w = torch.linalg.lstsq(x, y.unsqueeze(1)).solution.squeeze(1)  # least-squares fit
    clean = ((x_test @ w - y_test) ** 2).mean()
    noisy = ((x_test_noisy @ w - y_test) ** 2).mean()
    print(f"    {sigma:.1f}         {w.norm():6.3f}      {clean:.4f}          {noisy:.4f}")
