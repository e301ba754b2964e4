# MRI measures k-space, the 2-D Fourier transform of the image. Skipping lines of k-space is faster but aliases.
import torch

torch.manual_seed(0)

# A 64x64 synthetic "head" phantom on the square [-1, 1]^2, built from ellipses and a rectangle.
N = 64
coords = torch.linspace(-1, 1, N)
yy, xx = torch.meshgrid(coords, coords, indexing="ij")  # rows = y (vertical), columns = x


def ellipse(cx, cy, ax, ay):
    return (((xx - cx) / ax) ** 2 + ((yy - cy) / ay) ** 2 <= 1).float()


image = 1.0 * ellipse(0, 0, 0.7, 0.45)  # head: it fills only the middle half of the field of view vertically
image -= 0.6 * ellipse(0, 0, 0.62, 0.38)  # darker interior
image += 0.5 * ellipse(-0.3, -0.05, 0.15, 0.2) + 0.3 * ellipse(0.3, 0.1, 0.2, 0.1)
image[26:30, 40:46] += 0.4  # a small bright rectangle


def to_kspace(img):  # centred 2-D FFT: the zero frequency sits in the middle of the array
    return torch.fft.fftshift(torch.fft.fft2(img))


def zero_filled(kspace, mask):  # put zeros where nothing was measured and transform back
    return torch.fft.ifft2(torch.fft.ifftshift(kspace * mask)).abs()


kspace = to_kspace(image)
print("image:", tuple(image.shape), " k-space:", tuple(kspace.shape), kspace.dtype)
print("full k-space gives back the image:", torch.allclose(zero_filled(kspace, torch.ones(N, N)), image, atol=1e-5))

# %%
# Masks over phase-encoding lines (rows of k-space); a measured row is all ones.
rows = torch.arange(N)
centre = (rows >= N // 2 - 6) & (rows < N // 2 + 6)  # the 12 lines nearest the zero frequency
others = rows[~centre]
centre_random = centre.clone()
centre_random[others[torch.randperm(len(others))[:20]]] = True  # plus 20 lines chosen at random
masks = {
    "every 2nd line (R=2)": rows % 2 == 0,
    "every 4th line (R=4)": rows % 4 == 0,
    "centre 12 + random 20": centre_random,
    "centre 32 lines only": (rows >= N // 4) & (rows < 3 * N // 4),
}
print(f"{'mask':>22} {'lines':>5} {'fraction kept':>13} {'relative error':>14}")
recons = {}
for name, rows_kept in masks.items():
    mask = rows_kept.float()[:, None].expand(N, N)
    recons[name] = zero_filled(kspace, mask)
    err = ((recons[name] - image).norm() / image.norm()).item()
    print(f"{name:>22} {int(rows_kept.sum()):5d} {mask.mean().item():13.3f} {err:14.3f}")

# %%
# Regular undersampling by R = 2: the zero-filled image is the average of the image and a copy shifted by N/2.
ghosted = 0.5 * (image + torch.roll(image, shifts=N // 2, dims=0))
print("R=2 zero-filled == (image + image shifted by N/2 rows) / 2:", torch.allclose(recons["every 2nd line (R=2)"], ghosted, atol=1e-5))

from importlib.util import find_spec

if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 3, figsize=(7, 5))
    panels = [
        (image, r"$x$"),
        (masks["every 2nd line (R=2)"].float()[:, None].expand(N, N), r"$M,\ R = 2$"),
        (recons["every 2nd line (R=2)"], r"$\hat{x},\ R = 2$"),
        (torch.log1p(kspace.abs()), r"$\log(1 + |k|)$"),
        (masks["centre 12 + random 20"].float()[:, None].expand(N, N), r"$M,\ 12 + 20$"),
        (recons["centre 12 + random 20"], r"$\hat{x},\ 12 + 20$"),
    ]
    for ax, (data, title) in zip(axes.flat, panels):
        ax.imshow(data.numpy(), cmap="gray")  # matplotlib takes NumPy arrays
        ax.set_title(title)
        ax.set_xticks([])
        ax.set_yticks([])
    fig.tight_layout()
    fig.savefig("mri_kspace.svg")
