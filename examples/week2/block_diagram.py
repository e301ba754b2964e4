# Block diagrams: the diagram x -> G(x, w) -> y_bar -> C(y, y_bar) written as an nn.Module.
import torch
from torch import nn

torch.manual_seed(0)

# The same ten training pairs as in examples/week2/parametrised_model.py.
P = 10
x = torch.linspace(-1, 1, P)
y = 2 * x + 1 + 0.1 * torch.randn(P)


class Line(nn.Module):
    """Box G(x, w): a deterministic function of the input x and the parameter w."""

    def __init__(self):
        super().__init__()
        self.w = nn.Parameter(torch.zeros(2))  # w[0] slope, w[1] intercept

    def forward(self, x):
        return self.w[0] * x + self.w[1]


class SquaredError(nn.Module):
    """Box C(y, y_bar): a deterministic function with no parameter, one number per sample."""

    def forward(self, y, y_bar):
        return (y - y_bar) ** 2


class Diagram(nn.Module):
    """One arrow of the diagram = one line of forward: each box is a sub-module."""

    def __init__(self, G, C):
        super().__init__()
        self.G = G
        self.C = C

    def forward(self, x, y):
        y_bar = self.G(x)  # x (observed) and w (inside G) go into G; y_bar comes out
        return self.C(y, y_bar)  # y (observed) and y_bar go into C; the cost comes out


model = Diagram(Line(), SquaredError())
print(model)
print("parameters:", [(name, tuple(p.shape)) for name, p in model.named_parameters()])

# %%
# Average the per-sample costs to get the loss L(w), for the two w of parametrised_model.py.
for w in ([0.0, 0.0], [2.0, 1.0]):
    with torch.no_grad():
        model.G.w.copy_(torch.tensor(w))
    cost = model(x, y)
    print(f"w = ({w[0]:.1f}, {w[1]:.1f}): cost shape {tuple(cost.shape)}, L(w) = {cost.mean():.4f}")

# %%
# The diagram says that C compares y^p with y_bar^p, sample by sample. A column of inputs,
# shape (10, 1), against targets of shape (10,) breaks that silently: broadcasting compares
# every y_bar with every y.
cost = model(x.unsqueeze(1), y)
print(f"x as a column: cost shape {tuple(cost.shape)}, mean {cost.mean():.4f} (pairs every y_bar with every y)")
cost = model(x.unsqueeze(1), y.unsqueeze(1))
print(f"x and y as columns: cost shape {tuple(cost.shape)}, mean {cost.mean():.4f}")

# %%
from importlib.util import find_spec

if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt
    from matplotlib.patches import Circle, FancyBboxPatch

    fig, ax = plt.subplots(figsize=(7, 2.6))

    def variable(x0, y0, label, observed):
        """A variable is a circle, shaded when it is observed (given by the data)."""
        ax.add_patch(Circle((x0, y0), 0.38, facecolor="0.8" if observed else "white", edgecolor="black"))
        ax.text(x0, y0, label, ha="center", va="center", fontsize=14)

    def function(x0, y0, label, colour="black"):
        """A deterministic function is a rounded box."""
        ax.add_patch(FancyBboxPatch((x0 - 0.75, y0 - 0.35), 1.5, 0.7, boxstyle="round,pad=0.08",
                                    facecolor="white", edgecolor=colour, linewidth=1.5))
        ax.text(x0, y0, label, ha="center", va="center", fontsize=13)

    def arrow(start, end):
        ax.annotate("", xy=end, xytext=start, arrowprops=dict(arrowstyle="->", linewidth=1.2))

    variable(0, 0, "$x$", observed=True)
    function(2.2, 0, "$G(x, w)$")
    ax.text(2.2, 1.25, "$w$", ha="center", va="center", fontsize=14)
    variable(4.4, 0, r"$\bar{y}$", observed=False)
    function(6.6, 0, r"$C(y, \bar{y})$", colour="C3")
    variable(6.6, -1.35, "$y$", observed=True)
    arrow((0.38, 0), (1.37, 0))
    arrow((2.2, 1.05), (2.2, 0.45))
    arrow((3.03, 0), (4.02, 0))
    arrow((4.78, 0), (5.77, 0))
    arrow((6.6, -0.97), (6.6, -0.45))
    arrow((7.43, 0), (8.4, 0))
    ax.set_xlim(-0.6, 8.6)
    ax.set_ylim(-1.9, 1.6)
    ax.set_aspect("equal")
    ax.axis("off")
    fig.tight_layout()
    fig.savefig("block_diagram.svg")
