# A convolutional and a fully connected network on small images of shapes, then on the same
# images with their pixels permuted by one fixed permutation.
import torch
from torch import nn

torch.manual_seed(0)

SIZE = 8  # images are 8x8
shapes = torch.zeros(4, 3, 3)  # four 3x3 shapes of 5 pixels each: only their arrangement differs
shapes[0, 1, :] = shapes[0, :, 1] = 1  # plus
shapes[1] = torch.eye(3) + torch.eye(3).flip(1)  # cross (the centre is counted once)
shapes[1, 1, 1] = 1
shapes[2, :, 0] = shapes[2, 2, :] = 1  # L
shapes[3, 0, :] = shapes[3, :, 1] = 1  # T
assert (shapes.sum((1, 2)) == 5).all()


def make_images(count):
    """Each image: one shape at a random position, plus Gaussian noise."""
    labels = torch.randint(0, 4, (count,))
    rows, cols = torch.randint(0, SIZE - 2, (count,)), torch.randint(0, SIZE - 2, (count,))
    images = 0.3 * torch.randn(count, 1, SIZE, SIZE)
    for i in range(count):
        images[i, 0, rows[i] : rows[i] + 3, cols[i] : cols[i] + 3] += shapes[labels[i]]
    return images, labels


x_train, y_train = make_images(1024)
x_test, y_test = make_images(2000)
perm = torch.randperm(SIZE * SIZE)  # one fixed permutation of the 64 pixel positions


def permute(images):
    return images.flatten(1)[:, perm].view_as(images)


def convnet():
    return nn.Sequential(nn.Conv2d(1, 16, 3), nn.ReLU(), nn.AdaptiveMaxPool2d(1), nn.Flatten(), nn.Linear(16, 4))


def fully_connected():
    return nn.Sequential(nn.Flatten(), nn.Linear(SIZE * SIZE, 64), nn.ReLU(), nn.Linear(64, 4))


def accuracy(model, x, y):
    with torch.no_grad():
        return (model(x).argmax(1) == y).float().mean().item()


def train(model, x, y, steps=60):
    optimiser = torch.optim.Adam(model.parameters(), lr=0.02)
    for _ in range(steps):  # full batch: the same data in the same order on every machine
        optimiser.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        optimiser.step()
    return model


print(f"{len(x_train)} training and {len(x_test)} test images of {SIZE}x{SIZE} pixels, 4 classes")
print(f"{'model':<16} {'parameters':>10} {'pixels':>9} {'train acc':>9} {'test acc':>8}")
results = {}
for name, build in [("convolutional", convnet), ("fully connected", fully_connected)]:
    for pixels in ["original", "permuted"]:
        torch.manual_seed(1)  # the same starting weights for both versions of the data
        model = build()
        if name == "fully connected" and pixels == "permuted":
            with torch.no_grad():  # move each input weight along with its pixel
                model[1].weight.copy_(model[1].weight[:, perm])
        x_tr, x_te = (x_train, x_test) if pixels == "original" else (permute(x_train), permute(x_test))
        train(model, x_tr, y_train)
        results[name, pixels] = accuracy(model, x_te, y_test)
        n_params = sum(p.numel() for p in model.parameters())
        print(f"{name:<16} {n_params:>10} {pixels:>9} {accuracy(model, x_tr, y_train):>9.2f} "
              f"{results[name, pixels]:>8.2f}")

loss = results["convolutional", "original"] - results["convolutional", "permuted"]
change = abs(results["fully connected", "original"] - results["fully connected", "permuted"])
print(f"permuting the pixels costs the convolutional network {loss:.2f} of test accuracy")
print(f"fully connected network: test accuracy unchanged (within 0.01): {change <= 0.01}")

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    first = [int((y_test == c).nonzero()[0]) for c in range(4)]  # one test image of each class
    fig, axes = plt.subplots(2, 4, figsize=(6, 3.3))
    for col, i in enumerate(first):
        for row, image in enumerate([x_test[i, 0], permute(x_test)[i, 0]]):
            axes[row, col].imshow(image.numpy(), cmap="gray_r", vmin=-0.8, vmax=1.8, interpolation="nearest")
            axes[row, col].set_xticks([])
            axes[row, col].set_yticks([])
        axes[0, col].set_title(f"$y = {col}$")
    axes[0, 0].set_ylabel("$x$")
    axes[1, 0].set_ylabel(r"$x_{\pi}$")
    fig.tight_layout()
    fig.savefig("permuted_pixels.svg")
