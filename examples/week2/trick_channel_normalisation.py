# Per-channel input normalisation for RGB images: statistics over (N, H, W), broadcast over (N, C, H, W).
import torch

torch.manual_seed(0)

# A synthetic data set of 200 RGB images of 16x16 pixels with values in [0, 1], shape (N, C, H, W).
# Each channel has its own typical level and contrast, and each image its own brightness.
N, C, H, W = 200, 3, 16, 16
level = torch.tensor([0.55, 0.45, 0.30]).view(1, C, 1, 1)
contrast = torch.tensor([0.25, 0.20, 0.15]).view(1, C, 1, 1)
brightness = 0.1 * torch.randn(N, 1, 1, 1)  # the same shift for the 3 channels of an image
images = (level + brightness + contrast * torch.randn(N, C, H, W)).clamp(0, 1)
train, test = images[:150], images[150:]


def show(label, mean, std):
    print(f"{label:24s} mean " + " ".join(f"{v:+.3f}" for v in mean) + "   std " + " ".join(f"{v:.3f}" for v in std))


def stats(x):
    """Mean and standard deviation of each channel, over images and pixels (axes 0, 2, 3)."""
    return x.mean(dim=(0, 2, 3)), x.std(dim=(0, 2, 3))


# %%
# One mean and one standard deviation per channel, from the training images only.
mean, std = stats(train)  # two vectors of shape (3,)


def normalise(x):
    # Reshaped to (1, C, 1, 1), the statistics broadcast over N, H and W.
    return (x - mean.view(1, C, 1, 1)) / std.view(1, C, 1, 1)


print("channels R, G, B")
show("train, raw", *stats(train))
show("train, normalised", *stats(normalise(train)))
show("test, raw", *stats(test))
show("test, train statistics", *stats(normalise(test)))

# %%
# A data set too large for memory: accumulate per-channel sums of x and x^2 batch by batch.
count, total, total_sq = 0, torch.zeros(C), torch.zeros(C)
for batch in train.split(50):
    count += batch.numel() // C
    total += batch.sum(dim=(0, 2, 3))
    total_sq += (batch**2).sum(dim=(0, 2, 3))
stream_mean = total / count
stream_std = ((total_sq - count * stream_mean**2) / (count - 1)).sqrt()  # unbiased, like .std()
show("train, streamed", stream_mean, stream_std)

# %%
# A common slip: averaging the standard deviations of the single images. They miss the
# differences between images (here the brightness), so the result is too small.
show("mean over single images", train.mean(dim=(2, 3)).mean(dim=0), train.std(dim=(2, 3)).mean(dim=0))

# Without the reshape, a (3,) vector is matched with the last axis (W = 16): an error here,
# and a silent mistake for images whose width happens to be 3.
try:
    train - mean
except RuntimeError:
    print("train - mean with mean of shape (3,): RuntimeError, the shapes do not broadcast")
