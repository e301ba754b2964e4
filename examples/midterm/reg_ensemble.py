# Ensembles: five small models that differ only by their random seed, and the average of their predictions.
import torch

torch.manual_seed(0)
f64 = torch.float64  # double precision for the least-squares solves

# A noisy 1D regression with only 20 training points.
x_train = torch.linspace(-3, 3, 20, dtype=f64).unsqueeze(1)
y_train = torch.sin(x_train) + 0.3 * torch.randn(20, 1, dtype=f64)
x_test = torch.linspace(-3, 3, 200, dtype=f64).unsqueeze(1)
y_test = torch.sin(x_test)  # the noise-free function we want


def train(seed):
    """A network with one hidden layer of 10 tanh units: the hidden layer is random (set by the seed),
    the output layer is fitted by least squares on the training points (plus a tiny L2 term for stability)."""
    g = torch.Generator().manual_seed(100 + seed)  # its own random stream
    w, b = 2 * torch.randn(1, 10, generator=g, dtype=f64), 2 * torch.randn(10, generator=g, dtype=f64)
    features = lambda x: torch.tanh(x @ w + b)
    f = features(x_train)
    v = torch.linalg.solve(f.T @ f + 1e-3 * torch.eye(10, dtype=f64), f.T @ y_train)
    return lambda x: features(x) @ v


predictions = torch.stack([train(seed)(x_test) for seed in range(5)])  # (5 models, 200 points, 1)
errors = ((predictions - y_test) ** 2).mean(dim=(1, 2))
for seed, error in enumerate(errors):
    print(f"model {seed}: test MSE {error:.4f}")

average = predictions.mean(dim=0)
ensemble_error = ((average - y_test) ** 2).mean()
spread = ((predictions - average) ** 2).mean()  # how much the models disagree
print(f"mean test MSE of the 5 models:     {errors.mean():.4f}")
print(f"test MSE of their average:         {ensemble_error:.4f}")
print(f"disagreement between the models:   {spread:.4f}")
print("ensemble MSE = mean MSE - disagreement:", torch.allclose(ensemble_error, errors.mean() - spread))
