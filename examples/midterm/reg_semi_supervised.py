# Semi-supervised learning by self-training: 2 labelled points, 200 unlabelled points in 2 clusters.
import torch
import torch.nn.functional as F

torch.manual_seed(0)


def sample(n):
    """Two tall clusters centred at x = -2 (class 0) and x = +2 (class 1), spread along y."""
    labels = torch.arange(n) % 2
    points = torch.randn(n, 2) * torch.tensor([0.5, 3.0])
    points[:, 0] += 4 * labels - 2
    return points, labels


x_unlab, y_hidden = sample(200)  # the learner never sees y_hidden; we use it only to score
x_test, y_test = sample(1000)
x_lab = torch.tensor([[-2.0, 4.0], [2.0, -4.0]])  # one labelled point per class, far apart along y
y_lab = torch.tensor([0, 1])


def fit_and_score(x, y):
    """Logistic regression (a linear classifier) trained on (x, y); returns its test accuracy."""
    w = torch.zeros(2, 2, requires_grad=True)
    b = torch.zeros(2, requires_grad=True)
    optimiser = torch.optim.SGD([w, b], lr=0.1)
    for _ in range(300):
        optimiser.zero_grad()
        F.cross_entropy(x @ w + b, y).backward()
        optimiser.step()
    return ((x_test @ w + b).argmax(1) == y_test).float().mean().item()


print(f"2 labelled points only:         test accuracy {fit_and_score(x_lab, y_lab):.3f}")

# Self-training: repeatedly give a pseudo-label to the unlabelled point we are most sure of,
# here the one closest to an already labelled point, which takes that point's label.
pseudo = torch.full((200,), -1)  # -1: not labelled yet
for step in range(200):
    done = pseudo >= 0
    x_known = torch.cat([x_lab, x_unlab[done]])
    y_known = torch.cat([y_lab, pseudo[done]])
    dist = torch.cdist(x_unlab, x_known)  # distance of each unlabelled point to each known point
    dist[done] = float("inf")  # already labelled: skip
    closest, which = dist.min(dim=1)
    i = closest.argmin()
    pseudo[i] = y_known[which[i]]

print(f"pseudo-labels that are correct: {(pseudo == y_hidden).float().mean():.3f}")
x_all, y_all = torch.cat([x_lab, x_unlab]), torch.cat([y_lab, pseudo])
print(f"2 labels + 200 pseudo-labels:   test accuracy {fit_and_score(x_all, y_all):.3f}")
