# Semi-supervised learning: 2 labelled points, 200 unlabelled points in 2 clusters.
# Self-training (the classifier labels the points it is sure of) against label propagation (labels go to neighbours).
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


def fit(x, y):
    """Logistic regression (a linear classifier) trained on (x, y); returns the function that gives its scores."""
    w = torch.zeros(2, 2, requires_grad=True)
    b = torch.zeros(2, requires_grad=True)
    optimiser = torch.optim.SGD([w, b], lr=0.1)
    for _ in range(300):
        optimiser.zero_grad()
        F.cross_entropy(x @ w + b, y).backward()
        optimiser.step()
    return lambda x: (x @ w + b).detach()


def test_accuracy(model):
    return (model(x_test).argmax(dim=1) == y_test).float().mean().item()


model = fit(x_lab, y_lab)
print(f"2 labelled points only:   test accuracy {test_accuracy(model):.2f}")

# %%
# 1. Self-training: the classifier gives a pseudo-label to each unlabelled point it is confident about
# (probability above 0.99), is trained again on the labelled and pseudo-labelled points, and so on.
for _ in range(5):
    confidence, pseudo = F.softmax(model(x_unlab), dim=1).max(dim=1)
    sure = confidence > 0.99
    model = fit(torch.cat([x_lab, x_unlab[sure]]), torch.cat([y_lab, pseudo[sure]]))
correct = (pseudo[sure] == y_hidden[sure]).float().mean()
print(f"self-training:            pseudo-labels correct {correct:.2f}   test accuracy {test_accuracy(model):.2f}")

# %%
# 2. Label propagation: repeatedly give the unlabelled point closest to an already labelled point
# that point's label, so that labels spread from neighbour to neighbour through the dense regions.
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
model = fit(torch.cat([x_lab, x_unlab]), torch.cat([y_lab, pseudo]))
correct = (pseudo == y_hidden).float().mean()
print(f"label propagation:        pseudo-labels correct {correct:.2f}   test accuracy {test_accuracy(model):.2f}")
