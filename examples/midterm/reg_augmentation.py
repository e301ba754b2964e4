# Data augmentation: 5x5 images of a vertical bar (class 0) or a horizontal bar (class 1).
# Train a linear classifier on one centred image per class, with and without shifted copies.
import torch
import torch.nn.functional as F

torch.manual_seed(0)


def bar(kind, position):
    img = torch.zeros(5, 5)
    if kind == 0:
        img[:, position] = 1.0  # vertical bar in column `position`
    else:
        img[position, :] = 1.0  # horizontal bar in row `position`
    return img


def show(*imgs):
    for r in range(5):
        print("   ".join("".join("#" if v > 0 else "." for v in img[r]) for img in imgs))


v = bar(0, 1)
print("vertical bar | flipped left-right | shifted right | transposed (now a horizontal bar!)")
show(v, v.flip(1), v.roll(1, dims=1), v.T)

# %%
# Training set: the two centred bars. Test set: noisy bars at all 5 positions (4 noisy copies each).
x_small = torch.stack([bar(0, 2), bar(1, 2)])
y_small = torch.tensor([0, 1])
x_test = torch.stack([bar(k, p) for k in (0, 1) for p in range(5) for copy in range(4)])
x_test = x_test + 0.2 * torch.randn(x_test.shape)
y_test = torch.tensor([k for k in (0, 1) for p in range(5) for copy in range(4)])

# %%
# Augmented set: every shift of the two training images (a shift keeps the label).
x_aug = torch.stack([img.roll(s, dims=d) for img, d in zip(x_small, (1, 0)) for s in range(-2, 3)])
y_aug = y_small.repeat_interleave(5)


def train_and_test(x, y):
    torch.manual_seed(1)  # same initial network in both runs
    model = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(25, 16), torch.nn.ReLU(), torch.nn.Linear(16, 2))
    optimiser = torch.optim.Adam(model.parameters(), lr=0.01)
    for step in range(300):
        optimiser.zero_grad()
        F.cross_entropy(model(x), y).backward()
        optimiser.step()
    accuracy = (model(x_test).argmax(1) == y_test).float().mean()
    return len(y), accuracy.item()


for name, (x, y) in [("no augmentation", (x_small, y_small)), ("with shifts", (x_aug, y_aug))]:
    size, acc = train_and_test(x, y)
    print(f"{name:<16} training images {size:2d}   test accuracy {acc:.2f}")
