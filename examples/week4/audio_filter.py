# Listening to a convolution: a synthetic sound (two tones and a chirp), its spectrogram,
# and a kernel designed by hand (a windowed-sinc low-pass filter) that removes one tone.
import math

import torch
import torch.nn.functional as F

torch.manual_seed(0)

sr = 8000  # sampling rate: 8000 samples per second, so frequencies up to sr / 2 = 4000 Hz
duration = 2.0
# Double precision throughout, so that the filter's deep attenuation is measured exactly.
t = torch.arange(int(sr * duration), dtype=torch.float64) / sr  # sample times in seconds


def tone(freq, amp):
    return amp * torch.sin(2 * math.pi * freq * t)


def chirp(f0, f1, amp):  # the frequency rises linearly from f0 to f1 over the whole signal
    return amp * torch.sin(2 * math.pi * (f0 * t + (f1 - f0) * t**2 / (2 * duration)))


parts = {  # name: (samples, the frequency at which we read the filter's response)
    "tone 440 Hz": (tone(440, 0.5), 440),
    "chirp 625->1875 Hz": (chirp(625, 1875, 0.4), 1250),  # the chirp's middle frequency
    "tone 3000 Hz": (tone(3000, 0.3), 3000),  # the whistle we want to remove
}
x = sum(p for p, _ in parts.values())
print(f"signal: {len(x)} samples at {sr} Hz = {duration:.1f} s; highest representable frequency {sr // 2} Hz")

# %%
# Spectrogram: Fourier transforms of short overlapping windows (short-time Fourier transform).
n_fft, hop = 256, 100


def spectrogram(signal):
    S = torch.stft(signal, n_fft=n_fft, hop_length=hop, window=torch.hann_window(n_fft, dtype=torch.float64), return_complex=True)
    return S.abs()  # magnitude: (frequency bins, frames)


S_x = spectrogram(x)
freqs = torch.arange(n_fft // 2 + 1) * sr / n_fft
print(f"spectrogram: {tuple(S_x.shape)} = (frequency bins, frames); "
      f"bins every {sr / n_fft:.2f} Hz, frames every {1000 * hop / sr:.1f} ms")
bands = [(0, 600), (600, 2000), (2000, 4000)]
for seconds in (0.5, 1.0, 1.5):
    frame = S_x[:, int(seconds * sr / hop)]  # the frame centred at this time
    peaks = []
    for lo, hi in bands:  # the strongest frequency in each band
        in_band = (freqs >= lo) & (freqs < hi)
        peaks.append(freqs[in_band][frame[in_band].argmax()].item())
    print(f"  t = {seconds:.1f} s: strongest frequency per band " + ", ".join(f"{f:.1f}" for f in peaks) + " Hz")

# %%
# A low-pass kernel designed by hand: the ideal filter's impulse response (a sinc), cut to
# K taps and tapered by a Hamming window so that cutting it does not leak.
K, cutoff = 101, 2200  # taps, cutoff frequency in Hz
n = torch.arange(K, dtype=torch.float64) - (K - 1) / 2
h = 2 * cutoff / sr * torch.sinc(2 * cutoff / sr * n) * torch.hamming_window(K, periodic=False, dtype=torch.float64)
h = h / h.sum()  # gain exactly 1 at 0 Hz
print(f"kernel: {K} taps, symmetric: {torch.allclose(h, h.flip(0))}, sum of taps {h.sum().item():.3f}")


def apply(signal):  # conv1d with "same" padding: the output has as many samples as the input
    return F.conv1d(signal.view(1, 1, -1), h.view(1, 1, -1), padding=K // 2).view(-1)


y = apply(x)
# Convolution is linear: filtering the sum is the sum of the filtered parts,
# so we can measure what the filter does to each part separately.
print("filter(sum of parts) == sum of filter(part):", torch.allclose(y, sum(apply(p) for p, _ in parts.values())))


inner = slice(K, -K)  # away from both ends, where the kernel overlaps the zero padding


def db(signal):  # mean power in decibels, measured away from the ends
    return 10 * torch.log10(signal[inner].pow(2).mean()).item()


def show(value):  # one decimal, and never "-0.0"
    return round(value, 1) + 0.0


def response_db(freq):  # the kernel's frequency response |H(f)| in decibels
    H = (h * torch.exp(-2j * math.pi * freq * torch.arange(K) / sr)).sum()
    return 20 * torch.log10(H.abs()).item()


print(f"{'part':>20} {'before (dB)':>12} {'after (dB)':>11} {'change (dB)':>12} {'|H(f)| (dB)':>12}")
for name, (part, freq) in parts.items():
    before, after = db(part), db(apply(part))
    print(f"{name:>20} {show(before):12.1f} {show(after):11.1f} {show(after - before):12.1f} {show(response_db(freq)):12.1f}")

S_y = spectrogram(y)
whistle = freqs == 3000
print(f"spectrogram at 3000 Hz, averaged over frames: {20 * torch.log10(S_x[whistle].mean()).item():.1f} dB before, "
      f"{20 * torch.log10(S_y[whistle].mean()).item():.1f} dB after")

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(2, 2, figsize=(8, 6))
    axes[0, 0].stem(n.numpy(), h.numpy(), markerfmt=".", basefmt="k-")
    axes[0, 0].set_xlabel("$n$")
    axes[0, 0].set_ylabel("$h_n$")
    f_grid = torch.linspace(0, sr / 2, 401, dtype=torch.float64)
    axes[0, 1].plot(f_grid.numpy(), [max(response_db(f), -120.0) for f in f_grid.tolist()])
    for freq, colour in [(440, "C2"), (1250, "C1"), (3000, "C3")]:
        axes[0, 1].axvline(freq, color=colour, linestyle="--", linewidth=1)
    axes[0, 1].set_ylim(-120, 5)
    axes[0, 1].set_xlabel("$f$ (Hz)")
    axes[0, 1].set_ylabel(r"$20 \log_{10} |H(f)|$ (dB)")
    for ax, S, title in [(axes[1, 0], S_x, "$x$"), (axes[1, 1], S_y, "$h * x$")]:
        image = ax.imshow((20 * torch.log10(S + 1e-6)).numpy(), origin="lower", aspect="auto", cmap="magma", interpolation="none",
                          vmin=-60, vmax=40, extent=[0, duration, 0, sr / 2])
        ax.set_title(title)
        ax.set_xlabel("$t$ (s)")
        ax.set_ylabel("$f$ (Hz)")
    fig.subplots_adjust(left=0.1, right=0.86, bottom=0.08, top=0.95, hspace=0.35, wspace=0.3)
    fig.colorbar(image, cax=fig.add_axes([0.88, 0.08, 0.02, 0.37]), label="dB")
    fig.savefig("audio_filter.svg")
