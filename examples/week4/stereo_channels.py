# Channels: a mono signal has one, a stereo signal has two. conv1d takes (batch, channels, time),
# reads every input channel, and its weight has shape (out_channels, in_channels, kernel_size).
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)

sr = 8000
t = torch.arange(800) / sr  # 0.1 s: 44 periods of 440 Hz and 66 of 660 Hz, a whole number of each


def amplitude(signal, freq):  # amplitude of one frequency in a signal (projection on sin and cos)
    sin, cos = torch.sin(2 * math.pi * freq * t), torch.cos(2 * math.pi * freq * t)
    return 2 * math.hypot((signal * sin).mean().item(), (signal * cos).mean().item())


# %%
# 1. Mono to stereo: a kernel of size 1 with 1 input channel and 2 output channels (panning).
mono = 0.5 * torch.sin(2 * math.pi * 440 * t).view(1, 1, -1)  # (batch, channels, time)
angle = math.radians(60)  # 0 is hard left, 90 is hard right
pan = torch.tensor([math.cos(angle), math.sin(angle)]).view(2, 1, 1)  # (out_channels, in_channels, kernel_size)
stereo = F.conv1d(mono, pan)
print(f"mono {tuple(mono.shape)} * weight {tuple(pan.shape)} -> stereo {tuple(stereo.shape)}")
print(f"  amplitude left {amplitude(stereo[0, 0], 440):.3f}, right {amplitude(stereo[0, 1], 440):.3f}; "
      f"power kept (cos^2 + sin^2 = 1): {torch.allclose(stereo.pow(2).sum(1), mono.pow(2).sum(1), atol=1e-7)}")

# %%
# 2. A stereo recording: a 440 Hz "voice" in the centre (both channels) and a 660 Hz "guitar" on the left only.
voice = 0.5 * torch.sin(2 * math.pi * 440 * t)
guitar = 0.2 * torch.sin(2 * math.pi * 660 * t)
x = torch.stack([voice + guitar, voice]).unsqueeze(0)  # (batch=1, channels=2, time=800)
print("stereo input:", tuple(x.shape))

# A kernel that mixes the two channels: mid = (L + R) / 2 and side = (L - R) / 2.
mid_side = torch.tensor([[0.5, 0.5], [0.5, -0.5]]).view(2, 2, 1)  # (out=2, in=2, k=1)
y = F.conv1d(x, mid_side)
print(f"mid/side weight {tuple(mid_side.shape)} -> {tuple(y.shape)}")
print(f"{'channel':>8} {'440 Hz':>7} {'660 Hz':>7}")
channels = {"left": x[0, 0], "right": x[0, 1], "mid": y[0, 0], "side": y[0, 1]}
for name, signal in channels.items():
    print(f"{name:>8} {amplitude(signal, 440):7.3f} {amplitude(signal, 660):7.3f}")

# %%
# 3. A general layer: 2 input channels, 3 output channels, kernel size 5.
conv = nn.Conv1d(in_channels=2, out_channels=3, kernel_size=5)
params = sum(p.numel() for p in conv.parameters())
print(f"Conv1d(2, 3, 5): weight {tuple(conv.weight.shape)}, bias {tuple(conv.bias.shape)}, "
      f"{params} parameters = 3 * 2 * 5 + 3")
with torch.no_grad():
    out = conv(x)
    # Output channel o = sum over input channels c of (1-D convolution of channel c with w[o, c]) + b[o].
    by_hand = torch.stack([
        sum(F.conv1d(x[:, c : c + 1], conv.weight[o : o + 1, c : c + 1]) for c in range(2)).squeeze(1) + conv.bias[o]
        for o in range(3)
    ], dim=1)
print(f"output {tuple(out.shape)} = (batch, out_channels, 800 - 5 + 1); "
      f"sum over input channels by hand: {torch.allclose(out, by_hand, atol=1e-6)}")

# %%
# 4. groups=2: each channel gets its own kernels and the channels never mix.
separate = nn.Conv1d(2, 2, kernel_size=5, groups=2)
with torch.no_grad():
    louder_right = x.clone()
    louder_right[:, 1] *= 3  # change the right channel only
    unchanged = torch.equal(separate(x)[:, 0], separate(louder_right)[:, 0])
print(f"groups=2: weight {tuple(separate.weight.shape)}; left output ignores the right channel: {unchanged}")

# %%
# 5. Audio files often come as (time, channels): conv1d would read 800 channels of length 2.
as_loaded = x[0].T  # (800, 2)
try:
    conv(as_loaded.unsqueeze(0))
except RuntimeError as error:
    print(f"input {tuple(as_loaded.unsqueeze(0).shape)}: {type(error).__name__}")
print("fixed with .T:", tuple(as_loaded.T.unsqueeze(0).shape), "->", tuple(conv(as_loaded.T.unsqueeze(0)).shape))
