# A tiny U-Net for MRI reconstruction: encoder, decoder and skip connections, shapes checked stage by stage.
import torch
from torch import nn

torch.manual_seed(0)

# The network's input: a zero-filled reconstruction (every 2nd k-space line kept) of a 32x32 phantom.
N = 32
coords = torch.linspace(-1, 1, N)
yy, xx = torch.meshgrid(coords, coords, indexing="ij")
image = ((xx / 0.7) ** 2 + (yy / 0.45) ** 2 <= 1).float() - 0.5 * ((xx / 0.3) ** 2 + (yy / 0.2) ** 2 <= 1).float()
mask = (torch.arange(N) % 2 == 0).float()[:, None]  # measured rows of k-space
zero_filled = torch.fft.ifft2(torch.fft.fft2(image) * mask).abs()
x = zero_filled[None, None]  # (batch, channels, height, width) = (1, 1, 32, 32)


def conv_block(c_in, c_out):
    """Two 3x3 convolutions, each followed by instance normalisation and ReLU; padding 1 keeps the size."""
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, 3, padding=1), nn.InstanceNorm2d(c_out), nn.ReLU(),
        nn.Conv2d(c_out, c_out, 3, padding=1), nn.InstanceNorm2d(c_out), nn.ReLU(),
    )


# %%
class TinyUNet(nn.Module):
    """Two downsampling levels: 32x32 -> 16x16 -> 8x8 and back, with concatenated skip connections."""

    def __init__(self, c=8):
        super().__init__()
        self.enc1 = conv_block(1, c)  # level 1, 32x32
        self.enc2 = conv_block(c, 2 * c)  # level 2, 16x16
        self.bottom = conv_block(2 * c, 4 * c)  # 8x8
        self.pool = nn.MaxPool2d(2)  # halves height and width
        self.up2 = nn.ConvTranspose2d(4 * c, 2 * c, kernel_size=2, stride=2)  # doubles them
        self.dec2 = conv_block(4 * c, 2 * c)  # input: upsampled (2c) + skip from enc2 (2c)
        self.up1 = nn.ConvTranspose2d(2 * c, c, kernel_size=2, stride=2)
        self.dec1 = conv_block(2 * c, c)  # input: upsampled (c) + skip from enc1 (c)
        self.head = nn.Conv2d(c, 1, kernel_size=1)  # back to one channel: the image

    def forward(self, x, trace=None):
        def show(name, t):
            if trace is not None:
                trace.append((name, tuple(t.shape)))
            return t

        show("input", x)
        e1 = show("encoder level 1", self.enc1(x))
        e2 = show("encoder level 2", self.enc2(show("max-pool", self.pool(e1))))
        b = show("bottleneck", self.bottom(show("max-pool", self.pool(e2))))
        u2 = show("up-convolution", self.up2(b))
        d2 = show("decoder level 2", self.dec2(show("concatenate skip", torch.cat([u2, e2], dim=1))))
        u1 = show("up-convolution", self.up1(d2))
        d1 = show("decoder level 1", self.dec1(show("concatenate skip", torch.cat([u1, e1], dim=1))))
        return show("output", self.head(d1))


# %%
model = TinyUNet()
trace = []
with torch.no_grad():
    y = model(x, trace)
print(f"{'stage':>18}  shape (N, C, H, W)")
for name, shape in trace:
    print(f"{name:>18}  {shape}")
print("output shape equals input shape:", y.shape == x.shape)

print("\nparameters per part")
for name, part in model.named_children():
    count = sum(p.numel() for p in part.parameters())
    if count:
        print(f"{name:>8} {count:6d}")
print(f"{'total':>8} {sum(p.numel() for p in model.parameters()):6d}")
