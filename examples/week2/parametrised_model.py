# A parametrised model G(x, w), a per-sample cost C(y, y_bar) and the average loss L(w).
import torch

torch.manual_seed(0)

# Training set of P = 10 pairs (x^p, y^p): points near the line y = 2x + 1.
P = 10
x = torch.linspace(-1, 1, P)
y = 2 * x + 1 + 0.1 * torch.randn(P)


def G(x, w):
    """The model: a straight line, w[0] is the slope and w[1] the intercept."""
    return w[0] * x + w[1]


def C(y, y_bar):
    """The per-sample cost: squared error between target and prediction."""
    return (y - y_bar) ** 2


def L(w):
    """The loss: the cost averaged over the whole training set."""
    return C(y, G(x, w)).mean()


for w in (torch.tensor([0.0, 0.0]), torch.tensor([2.0, 1.0])):
    print(f"w = ({w[0]:.1f}, {w[1]:.1f})")
    for p in range(3):  # the first three samples
        y_bar = G(x[p], w)
        cost = C(y[p], y_bar)
        print(f"  sample {p}: x = {x[p]:+.3f}  y = {y[p]:+.3f}  y_bar = {y_bar:+.3f}  C = {cost:.4f}")
    print(f"  average loss over {P} samples: L(w) = {L(w):.4f}")
