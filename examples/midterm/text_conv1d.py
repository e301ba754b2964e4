# Seven words in, five "words" out: a 1-D convolution over word embeddings.
import torch
import torch.nn as nn

torch.manual_seed(0)

sentence = "the cat sat on the red mat".split()  # 7 words
vocab = {word: i for i, word in enumerate(sorted(set(sentence)))}
ids = torch.tensor([[vocab[word] for word in sentence]])  # (batch, 7) word indices

emb_dim = 4
embed = nn.Embedding(len(vocab), emb_dim)  # one learned vector per vocabulary word
conv = nn.Conv1d(in_channels=emb_dim, out_channels=6, kernel_size=3)  # 6 filters, 3 words wide

with torch.no_grad():
    e = embed(ids)  # (batch, 7, emb_dim): one row per word
    x = e.transpose(1, 2)  # (batch, emb_dim, 7): embedding dimensions become channels
    y = conv(x)
print("word indices:", tuple(ids.shape), "-> embeddings:", tuple(e.shape), "-> transposed:", tuple(x.shape))
print("Conv1d(4, 6, kernel_size=3) output:", tuple(y.shape), " (batch, out_channels, 7 - 3 + 1)")
print("weight:", tuple(conv.weight.shape), "parameters:", sum(p.numel() for p in conv.parameters()))

# %%
# Each output position reads a window of 3 consecutive words (a trigram).
for t in range(y.shape[2]):
    print(f"  output {t + 1} <- {' '.join(sentence[t:t + 3])}")

# Output 1 by hand: the filter times the 4x3 window, summed, plus the bias.
by_hand = (conv.weight * x[0, :, 0:3]).sum(dim=(1, 2)) + conv.bias
print("output 1 by hand equals conv output:", torch.allclose(by_hand, y[0, :, 0], atol=1e-6))

# Which (kernel size k, padding p) give 5 outputs from 7 words?  7 + 2p - k + 1 = 5.
for k in range(1, 10):
    if (k - 3) % 2 or k < 3:
        print(f"k={k}: 2p = {k - 3} has no whole-number solution p >= 0")
        continue
    p = (k - 3) // 2
    length = nn.Conv1d(emb_dim, 6, kernel_size=k, padding=p)(x).shape[2]
    print(f"k={k}, p={p}: 7 + {2 * p} - {k} + 1 = {length} outputs")

from importlib.util import find_spec

# %%
if find_spec("matplotlib"):  # the figure needs matplotlib; the numbers above do not
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyBboxPatch

    fig, ax = plt.subplots(figsize=(6.5, 3))
    xs_in = list(range(7))
    xs_out = [t + 1 for t in range(5)]  # each output sits above the middle of its window
    for t, xo in enumerate(xs_out):
        colour, layer = ("tab:orange", 2) if t == 0 else ("lightgrey", 1)  # window of h_1 on top
        for xi in range(t, t + 3):
            ax.plot([xo, xi], [2.6, 0.4], color=colour, zorder=layer)
    for xi in xs_in:
        ax.add_patch(FancyBboxPatch((xi - 0.35, 0), 0.7, 0.4, boxstyle="round,pad=0.02", color="tab:blue"))
        ax.text(xi, 0.2, f"$x_{xi + 1}$", ha="center", va="center", color="white", fontsize=12)
    for t, xo in enumerate(xs_out):
        ax.add_patch(FancyBboxPatch((xo - 0.35, 2.6), 0.7, 0.4, boxstyle="round,pad=0.02", color="tab:green"))
        ax.text(xo, 2.8, f"$h_{t + 1}$", ha="center", va="center", color="white", fontsize=12)
    ax.set_xlim(-0.6, 6.6)
    ax.set_ylim(-0.2, 3.2)
    ax.axis("off")
    fig.tight_layout()
    fig.savefig("text_conv1d.svg")
